/**
 * {@code hyperlab dashboard}: the command ({@link org.hyperlab.cli.dashboard.DashboardCommand}) that serves the
 * read-only web dashboard of the {@code hyperlab-dashboard} module ({@code org.hyperlab.dashboard.Dashboard}) over a
 * study store and the runs directory until interrupted.
 */
package org.hyperlab.cli.dashboard;
