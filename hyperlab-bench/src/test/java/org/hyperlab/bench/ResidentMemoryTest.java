package org.hyperlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {
    @Test
    void readsThePeakResidentSetInMegabytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  614400 kB", "VmRSS:\t  512000 kB");
        assertEquals(600, ResidentMemory.parsePeakMb(status));
    }

    @Test
    void unknownWithoutTheLine() {
        assertEquals(-1, ResidentMemory.parsePeakMb(List.of("Name:\tjava", "VmRSS:\t 1024 kB")));
        assertEquals(-1, ResidentMemory.peakMb(Path.of("/nonexistent/status")));
    }

    @Test
    void thisProcessHoldsAtLeastWhatItJustTouched() {
        if (!Files.exists(Path.of("/proc/self/status"))) {
            assertEquals(-1, ResidentMemory.peakMb());
            return;
        }
        byte[] block = new byte[64 << 20];
        for (int i = 0; i < block.length; i += 4096) {
            block[i] = 1;
        }
        long peak = ResidentMemory.peakMb();
        assertTrue(peak >= 64, "peak " + peak + " MB after touching a 64 MB array");
        assertEquals(1, block[block.length - 4096]);
    }
}
