/**
 * Reports as pure data (sections, paragraphs, lists, tables, figures, code) and their renderers: self-contained
 * HTML and CommonMark Markdown.
 *
 * <p>Entry points: {@link org.hyperlab.report.doc.Report} and {@link org.hyperlab.report.doc.ReportWriter}, which writes
 * a report's figures, data and both renderings into a directory.
 */
package org.hyperlab.report.doc;
