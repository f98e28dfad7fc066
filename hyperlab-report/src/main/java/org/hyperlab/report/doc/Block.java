package org.hyperlab.report.doc;

/** One piece of a report: a section (with its own heading and blocks), paragraph, list, table, figure or code. */
public sealed interface Block permits Section, Paragraph, BulletList, Table, Figure, CodeBlock {
}
