/**
 * Search spaces: the distributions a hyperparameter may take (float, int, categorical), the conditions under which a
 * conditional parameter is active ({@link org.hyperlab.sweep.space.Condition}), the objective's metric and
 * direction. Entry points: {@link org.hyperlab.sweep.space.SearchSpace} and
 * {@link org.hyperlab.sweep.space.SearchSpaceParser}, which builds one from the plain maps of a sweep file.
 */
package org.hyperlab.sweep.space;
