/**
 * The read-only web dashboard ({@code hyperlab dashboard}): a Jetty server bound to one host and port that serves
 * one offline application (HTML, CSS and our own SVG-drawing JavaScript, all class-path resources under
 * {@code org/hyperlab/dashboard/app}) and a JSON API over a study store ({@link org.hyperlab.sweep.storage.StudyStorage},
 * read only through that interface) and a runs directory. Entry point: {@link org.hyperlab.dashboard.Dashboard#start}.
 * Routing lives in {@link org.hyperlab.dashboard.DashboardHandler}, the files-under-the-runs-directory rule in
 * {@link org.hyperlab.dashboard.RunFiles}, the reading of the store in {@link org.hyperlab.dashboard.StudySnapshots},
 * the study documents in {@link org.hyperlab.dashboard.StudyViews}, the training-run documents in
 * {@link org.hyperlab.dashboard.RunCatalog}, the live-update loop in {@code app/app.js} (polling once a second).
 * {@link org.hyperlab.dashboard.DashboardWorkload} is the big-study benchmark.
 */
package org.hyperlab.dashboard;
