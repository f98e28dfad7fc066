package org.hyperlab.core.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each initializer describes itself with its setting; a gain must be strictly positive (zero is refused). */
class InitializerSettingsTest {
    @Test
    void descriptions() {
        assertEquals("he(gain=2.0)", new He(2.0).describe());
        assertEquals("xavier-normal(gain=1.0)", new XavierNormal().describe());
        assertEquals("xavier-uniform(gain=0.5)", new XavierUniform(0.5).describe());
        assertEquals("constant(0.25)", new Constant(0.25).describe());
        assertEquals("zeros", new Zeros().describe());
    }

    @Test
    void aZeroGainIsRefused() {
        assertEquals("he: gain must be a positive finite number, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new He(0.0)).getMessage());
        assertEquals("xavier-normal: gain must be a positive finite number, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new XavierNormal(0.0)).getMessage());
    }

    @Test
    void standardDeviationsFromTheFans() {
        assertEquals(0.5, new He(2.0).std(16));                       // 2/√16
        assertEquals(0.5, new XavierNormal(1.0).std(3, 5));           // √(2/8)
    }
}
