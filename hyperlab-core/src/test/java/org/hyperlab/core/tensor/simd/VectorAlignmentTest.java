package org.hyperlab.core.tensor.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link VectorAlignment#floatOffset}: the floats that move an array header to the next 64-byte boundary. */
class VectorAlignmentTest {
    @Test
    void offsetMovesTheHeaderToA64ByteBoundaryOnlyWhenObjectsAre64ByteAligned() {
        // a 16-byte header: elements 12.. start at byte 16 + 48 = 64
        assertEquals(12, VectorAlignment.floatOffset(64, 16));
        assertEquals(12, VectorAlignment.floatOffset(128, 16));
        // a 24-byte header: 24 + 40 = 64, 10 floats
        assertEquals(10, VectorAlignment.floatOffset(64, 24));
        // a header already on the boundary needs none
        assertEquals(0, VectorAlignment.floatOffset(64, 64));
        // objects on 8, 16 or 32 bytes: where an array lands is chance, so no offset
        assertEquals(0, VectorAlignment.floatOffset(8, 16));
        assertEquals(0, VectorAlignment.floatOffset(32, 16));
    }

    @Test
    void theTestJvmAlignsObjectsTo64BytesSoTheKernelsUseTheOffset() {
        // the build runs the core tests with -XX:ObjectAlignmentInBytes=64 (pom.xml), as the launcher runs training
        assertEquals(VectorAlignment.floatOffset(64, sun.misc.Unsafe.ARRAY_FLOAT_BASE_OFFSET), VectorAlignment.FLOAT_OFFSET);
        assertEquals(0, (sun.misc.Unsafe.ARRAY_FLOAT_BASE_OFFSET + 4 * VectorAlignment.FLOAT_OFFSET) % 64);
    }
}
