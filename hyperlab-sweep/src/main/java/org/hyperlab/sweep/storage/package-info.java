/**
 * Study storage: studies, trials, parameters, intermediate values and attributes, in memory or in a SQL database
 * (SQLite or PostgreSQL). The SQL stores share one versioned schema: {@link org.hyperlab.sweep.storage.Schema} checks
 * the version, {@code SchemaMigrations} holds the version-1 tables and every step from one version to the next, the
 * only path by which new and old stores reach the current version; a newer version is refused.
 *
 * <p>Entry points: the {@link org.hyperlab.sweep.storage.StudyStorage} contract and
 * {@link org.hyperlab.sweep.storage.StudyStorages}, which opens one from a URL ({@code memory:}, {@code jdbc:sqlite:},
 * {@code jdbc:postgresql:}).
 */
package org.hyperlab.sweep.storage;
