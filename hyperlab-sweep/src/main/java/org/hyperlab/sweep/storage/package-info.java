/**
 * Study storage: studies, trials, parameters, intermediate values and attributes, in memory or in a SQL database
 * (SQLite or PostgreSQL, one versioned schema in {@link org.hyperlab.sweep.storage.Schema}; a store of another
 * version is refused).
 *
 * <p>Entry points: the {@link org.hyperlab.sweep.storage.StudyStorage} contract and
 * {@link org.hyperlab.sweep.storage.StudyStorages}, which opens one from a URL.
 */
package org.hyperlab.sweep.storage;
