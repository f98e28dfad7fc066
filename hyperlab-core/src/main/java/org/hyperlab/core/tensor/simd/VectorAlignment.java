package org.hyperlab.core.tensor.simd;

import java.lang.management.ManagementFactory;

/**
 * Where a float array's elements lie on 64-byte (cache-line, 16-lane vector) boundaries. A 16-lane load or store
 * that crosses a cache line costs about twice as much; the JVM places arrays at multiples of its object alignment
 * (8 bytes by default), so by default a vector at element 0 is aligned in only one process out of eight, and which
 * one depends on where the array happened to land (the narrow products' per-non-zero cost varied by a factor of
 * two between processes of the same code). When the JVM runs with
 * {@code -XX:ObjectAlignmentInBytes=64} (the launcher sets it for training commands), every array starts on a
 * 64-byte boundary and element {@link #FLOAT_OFFSET} of every float array is 64-byte aligned; otherwise the offset is
 * 0 and alignment is left to chance, as before.
 */
public final class VectorAlignment {
    /** Elements to skip at the start of a scratch float array so that vectors at multiples of 16 from there are aligned. */
    public static final int FLOAT_OFFSET = floatOffset(objectAlignment(), sun.misc.Unsafe.ARRAY_FLOAT_BASE_OFFSET);

    private VectorAlignment() {
    }

    /** The offset (in floats) that moves {@code base} bytes of array header to a 64-byte boundary, 0 unless objects are 64-byte aligned. */
    static int floatOffset(int objectAlignment, int base) {
        if (objectAlignment < 64 || objectAlignment % 64 != 0 || base % Float.BYTES != 0) {
            return 0;
        }
        return (64 - base % 64) % 64 / Float.BYTES;
    }

    private static int objectAlignment() {
        try {
            return Integer.parseInt(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("ObjectAlignmentInBytes").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 8;
        }
    }
}
