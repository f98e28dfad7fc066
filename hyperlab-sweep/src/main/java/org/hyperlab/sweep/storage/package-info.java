/**
 * Study stores: the contract {@link org.hyperlab.sweep.storage.StudyStorage}, opened from a URL by
 * {@link org.hyperlab.sweep.storage.StudyStorages} ({@code memory:}, SQLite or PostgreSQL). The SQL stores share one
 * schema ({@code Schema}: the version check; {@code SchemaMigrations}: the version-1 tables and every step from one
 * version to the next, the only path by which new and old stores reach the current version).
 */
package org.hyperlab.sweep.storage;
