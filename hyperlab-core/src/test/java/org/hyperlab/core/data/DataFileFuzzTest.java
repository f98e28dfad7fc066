package org.hyperlab.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.ParserFuzz;

/**
 * The data-file parsers on any bytes ({@link ParserFuzz}): IDX images and labels, plain and gzipped, and CSV end in
 * a data set or a one-line {@link DataFormatException}, quickly and without allocating what a header claims.
 */
class DataFileFuzzTest {
    private static Path dir;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("hyperlab-fuzz-data");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        ParserFuzz.deleteScratch(dir);
    }

    @Provide
    Arbitrary<byte[]> idxImages() {
        return ParserFuzz.around(256, IdxReaderTest.threeImages());
    }

    @Provide
    Arbitrary<byte[]> idxLabels() {
        return ParserFuzz.around(64, IdxReaderTest.threeLabels());
    }

    @Provide
    Arbitrary<byte[]> csv() {
        return ParserFuzz.aroundText(512, "label,a,b,c\n5,0,128,255\n0,1,2,3\n",
                "\uFEFFlabel,pixel0,pixel1,pixel2\r\n\r\n\"9\", 0.5 ,-1e1,7\r\n\n");
    }

    @Property(tries = 300)
    void idxImagesEndInImagesOrOneLine(@ForAll("idxImages") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "images.idx", bytes);
        ParserFuzz.check(DataFormatException.class, () -> IdxReader.readImages(file));
    }

    @Property(tries = 200)
    void gzippedIdxImagesEndInImagesOrOneLine(@ForAll("idxImages") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "images.idx.gz", gzip(bytes));
        ParserFuzz.check(DataFormatException.class, () -> IdxReader.readImages(file));
    }

    @Property(tries = 200)
    void idxLabelsEndInLabelsOrOneLine(@ForAll("idxLabels") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "labels.idx", bytes);
        ParserFuzz.check(DataFormatException.class, () -> IdxReader.readLabels(file, 10));
    }

    @Property(tries = 300)
    void csvEndsInRowsOrOneLine(@ForAll("csv") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "data.csv", bytes);
        ParserFuzz.check(DataFormatException.class, () -> CsvReader.read(file, 3, 10, Precision.FLOAT32));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
