/**
 * Files and text formats the core reads and writes: {@link org.hyperlab.core.io.AtomicFiles} (write-then-rename),
 * {@link org.hyperlab.core.io.RunDirectories} (a run's output directory) and {@link org.hyperlab.core.io.JsonText}
 * (bounded, strict JSON through Jackson, used for model-file headers).
 */
package org.hyperlab.core.io;
