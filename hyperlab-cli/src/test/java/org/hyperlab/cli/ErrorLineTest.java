package org.hyperlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every failure is one readable line, however long or multi-line the message it reports. */
class ErrorLineTest {
    @Test
    void foldsLineBreaksAndKeepsShortMessagesWhole() {
        assertEquals("hyperlab sweep: bad key at line 3 column 1", ErrorLine.of("hyperlab sweep", "bad key\n at line 3\r\ncolumn 1"));
    }

    @Test
    void cutsAHugeMessageInTheMiddleSayingHowMuchWasLeftOut() {
        String line = ErrorLine.of("hyperlab objective", "start " + "x".repeat(1_000_000) + " end");
        assertTrue(line.length() < ErrorLine.MAX_LENGTH + 100, "length " + line.length());
        assertTrue(line.startsWith("hyperlab objective: start "));
        assertTrue(line.endsWith(" end"));
        assertTrue(line.contains("characters left out"));
        assertFalse(line.contains("\n"));
    }

    @Test
    void namesWhatHappenedForErrorsOfTheVirtualMachine() {
        assertTrue(ErrorLine.ofVirtualMachineError("hyperlab train", new OutOfMemoryError("Java heap space"))
                .startsWith("hyperlab train: out of memory"));
        assertTrue(ErrorLine.ofVirtualMachineError("hyperlab theory", new StackOverflowError())
                .contains("nested too deeply"));
    }
}
