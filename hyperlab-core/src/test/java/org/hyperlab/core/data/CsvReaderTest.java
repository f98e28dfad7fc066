package org.hyperlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperlab.core.tensor.storage.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files with 3 pixels per image keep the cases readable; MNIST's 784 works the same way. */
class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), text);
    }

    private Dataset read(Path f) {
        return CsvReader.read(f, 3, 10, Precision.FLOAT32);
    }

    @Test
    void readsRowsWithoutHeader() throws IOException {
        Dataset d = read(write("5,0,128,255\n0,1,2,3\n"));
        assertEquals(2, d.size());
        assertArrayEquals(new int[] {5, 0}, d.labels());
        assertArrayEquals(new double[][] {{0, 128, 255}, {1, 2, 3}}, d.features().toArray());
    }

    @Test
    void skipsHeaderBlankLinesAndHandlesCrlfQuotesAndDecimals() throws IOException {
        Dataset d = read(write("\uFEFFlabel,pixel0,pixel1,pixel2\r\n\r\n\"9\", 0.5 ,-1e1,7\r\n\n"));
        assertArrayEquals(new int[] {9}, d.labels());
        assertArrayEquals(new double[][] {{0.5, -10, 7}}, d.features().toArray());
    }

    @Test
    void headerAfterLeadingBlankLinesAndErrorsCountEveryLine() throws IOException {
        Dataset d = read(write("\n  \nlabel,a,b,c\n3,1,2,3"));
        assertArrayEquals(new int[] {3}, d.labels());
        assertFails(write("\n\nlabel,a,b,c\n3,1,2,3\n\t\n4,1,2\n"), "line 6: expected 4 columns");
    }

    @Test
    void readsIntoFloat64() throws IOException {
        Dataset d = CsvReader.read(write("1,0.1,2,3\n"), 3, 10, Precision.FLOAT64);
        assertEquals(Precision.FLOAT64, d.features().precision());
        assertEquals((double) 0.1f, d.features().get(0, 0));
    }

    @Test
    void growsBeyondTheInitialCapacity() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(i % 10).append(',').append(i).append(",0,").append(i % 256).append('\n');
        }
        Dataset d = read(write(sb.toString()));
        assertEquals(3000, d.size());
        assertEquals(2999.0, d.features().get(2999, 0));
        assertEquals(9, d.labels()[2999]);
    }

    private void assertFails(Path f, String... fragments) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        for (String s : fragments) {
            assertTrue(e.getMessage().contains(s), e.getMessage());
        }
    }

    @Test
    void missingFile() {
        assertFails(dir.resolve("absent.csv"), "file not found");
    }

    @Test
    void emptyFileOrHeaderOnly() throws IOException {
        assertFails(write(""), "no data rows");
        assertFails(write("label,a,b,c\n"), "no data rows");
    }

    @Test
    void wrongColumnCountNamesTheLine() throws IOException {
        assertFails(write("1,0,0,0\n2,0,0\n"), "line 2: expected 4 columns (label + 3 pixels), found 3");
        assertFails(write("1,0,0,0\n\n2,0,0,0,0\n"), "line 3: expected 4 columns", "found 5");
        assertFails(write("label,a,b\n1,0,0,0\n"), "line 1: expected 4 columns", "found 3");
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws IOException {
        assertFails(write("1,0,0,0\n2,0,x,0\n"), "line 2: column 3: 'x' is not a number");
        assertFails(write("1,0,,0\n"), "line 1: column 3: '' is not a number");
        assertFails(write("1,0,NaN,0\n"), "line 1: column 3: 'NaN' is not a number");
        assertFails(write("1,0,1e60,0\n"), "line 1: column 3: '1e60' is not a finite");
        assertFails(write("1,0,1-2,0\n"), "line 1: column 3: '1-2' is not a number");
    }

    @Test
    void firstRowMixingTextAndNumbersIsNotAHeader() throws IOException {
        assertFails(write("label,0,0,0\n1,0,0,0\n"), "line 1: column 1: 'label' is not a number");
    }

    @Test
    void labelOutsideRangeOrNotAnInteger() throws IOException {
        assertFails(write("1,0,0,0\n10,0,0,0\n"), "line 2: label 10 is outside 0-9");
        assertFails(write("-1,0,0,0\n"), "line 1: label -1 is outside 0-9");
        assertFails(write("2.5,0,0,0\n"), "line 1: label 2.5 is not an integer");
    }
}
