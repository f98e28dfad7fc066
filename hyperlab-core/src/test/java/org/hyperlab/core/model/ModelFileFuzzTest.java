package org.hyperlab.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hyperlab.core.data.DataFormatException;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.testing.ParserFuzz;
import org.hyperlab.core.testing.RandomMatrices;

/**
 * {@link ModelFile#load} on any bytes around a valid model file ({@link ParserFuzz}): a model or a one-line
 * {@link DataFormatException}; a header that claims a huge architecture is refused before anything is built.
 */
class ModelFileFuzzTest {
    private static Path dir;
    private static byte[] valid;

    @BeforeContainer
    static void saveAValidModel() throws IOException {
        dir = Files.createTempDirectory("hyperlab-fuzz-model");
        Path file = dir.resolve("valid.safetensors");
        ModelFile.save(file, ModelSpec.of(3, 2).withHidden(List.of(2)).build(0)
                .fitInput(RandomMatrices.uniform(Precision.FLOAT32, new SplittableRandom(1), 4, 3, 0, 255)));
        valid = Files.readAllBytes(file);
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        ParserFuzz.deleteScratch(dir);
    }

    @Provide
    Arbitrary<byte[]> modelFiles() {
        return ParserFuzz.around(1024, valid);
    }

    @Property(tries = 1000)
    void anyBytesEndInAModelOrOneLine(@ForAll("modelFiles") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "m.safetensors", bytes);
        ParserFuzz.check(DataFormatException.class, () -> ModelFile.load(file));
    }
}
