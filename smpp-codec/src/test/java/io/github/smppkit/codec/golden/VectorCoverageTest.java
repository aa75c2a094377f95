package io.github.smppkit.codec.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.CommandId;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every command has a golden vector, and there are at least 40 of them (issue 3). */
class VectorCoverageTest {

    private static Path root() throws URISyntaxException {
        return Path.of(VectorCoverageTest.class.getResource("/vectors").toURI());
    }

    @Test
    void everyCommandHasAVector() throws IOException, URISyntaxException {
        Path root = root();
        for (CommandId c : CommandId.values()) {
            Path dir = root.resolve(c.name().toLowerCase(Locale.ROOT));
            assertThat(dir).as(c.name()).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.filter(f -> f.toString().endsWith(".hex")).count()).as(c.name()).isPositive();
            }
        }
    }

    @Test
    void atLeastFortyVectorsAllWellFramed() throws IOException, URISyntaxException {
        Path root = root();
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(f -> f.toString().endsWith(".hex"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/').replace(".hex", ""))
                    .collect(Collectors.toList());
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        for (String name : names) {
            byte[] wire = Vectors.octets(name);
            assertThat(((wire[0] & 0xFF) << 24 | (wire[1] & 0xFF) << 16 | (wire[2] & 0xFF) << 8 | (wire[3] & 0xFF)))
                    .as("command_length of " + name).isEqualTo(wire.length);
        }
    }
}
