package org.hyperlab.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hyperlab.cli.train.TrainCommand;
import org.hyperlab.core.testing.ParserFuzz;
import picocli.CommandLine;

/**
 * {@code --config} files on any bytes around valid YAML and JSON configurations ({@link ParserFuzz}): the values
 * for {@code train}'s options or a one-line usage error ({@link CommandLine.ParameterException}); alias bombs,
 * deep nesting and huge numbers included.
 */
class ConfigFileFuzzTest {
    private static Path dir;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("hyperlab-fuzz-config");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        ParserFuzz.deleteScratch(dir);
    }

    @Provide
    Arbitrary<byte[]> configs() {
        return ParserFuzz.aroundText(1024,
                "optimizer: adam\nlr: 0.001\nepochs: 5\nhidden: [256, 128]\nno-zscore: true\nseed: 7\n",
                "{\"optimizer\": \"sgd\", \"momentum\": 0.9, \"batch-size\": 64, \"hidden\": [512], \"schedule\": null}",
                "a: &a [x, x]\nb: &b [*a, *a]\nepochs: 3\n");
    }

    @Property(tries = 500)
    void yamlEndsInValuesOrOneLine(@ForAll("configs") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "config.yaml", bytes);
        ParserFuzz.check(CommandLine.ParameterException.class,
                () -> ConfigFile.load(file, new CommandLine(new TrainCommand())));
    }

    @Property(tries = 500)
    void jsonEndsInValuesOrOneLine(@ForAll("configs") byte[] bytes) {
        Path file = ParserFuzz.write(dir, "config.json", bytes);
        ParserFuzz.check(CommandLine.ParameterException.class,
                () -> ConfigFile.load(file, new CommandLine(new TrainCommand())));
    }
}
