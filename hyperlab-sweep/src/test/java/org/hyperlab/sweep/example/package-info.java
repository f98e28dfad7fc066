/**
 * The define-by-run example of the README ({@link org.hyperlab.sweep.example.DefineByRunExample}), kept among the
 * test sources so that the tests compile it, run it and check that the README shows it verbatim.
 */
package org.hyperlab.sweep.example;
