/**
 * {@code hyperlab sweep} and its subcommands: {@code run}, {@code list}, {@code show}, {@code best} and
 * {@code export}, with the storage and study options they share, the JSON documents, tables and CSV of stored
 * studies ({@code SweepDocuments}) and a study's figures ({@code SweepFigures}).
 *
 * <p>Entry point: {@link org.hyperlab.cli.sweep.SweepCommand}. Sweep files, objectives and storage belong to the
 * sweep module ({@code org.hyperlab.sweep}); these classes only parse, run and print.
 */
package org.hyperlab.cli.sweep;
