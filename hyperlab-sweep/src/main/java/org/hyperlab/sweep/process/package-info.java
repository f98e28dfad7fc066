/**
 * Trial programs: any executable a sweep file names in {@code objective.command}, run in its own process group
 * ({@link org.hyperlab.sweep.process.ProcessGroup}), fed its parameters as arguments, environment variables and a
 * JSON file ({@link org.hyperlab.sweep.process.ProgramSpec}), and read through the stdout protocol of
 * {@link org.hyperlab.sweep.process.ReportProtocol}. {@link org.hyperlab.sweep.process.ProgramRun} runs one program to
 * its end; the objective that turns a run into a trial is {@link org.hyperlab.sweep.objective.ProgramObjective}.
 */
package org.hyperlab.sweep.process;
