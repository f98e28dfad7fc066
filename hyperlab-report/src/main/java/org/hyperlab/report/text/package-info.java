/**
 * How numbers are written in figures and report sentences. Entry point: {@link org.hyperlab.report.text.Numbers}.
 */
package org.hyperlab.report.text;
