package io.github.smppkit.providers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the provider documents in {@code shared/seeds}: from {@code -Dsmppkit.shared=DIR} when set, else from
 * {@code ../../shared} relative to the module directory (the test working directory), else from the nearest
 * ancestor directory holding {@code shared/seeds}.
 */
final class SharedSeeds {
    private SharedSeeds() {
    }

    static Path dir() {
        String configured = System.getProperty("smppkit.shared");
        if (configured != null) {
            return check(Path.of(configured).resolve("seeds"));
        }
        Path relative = Path.of("../../shared/seeds").toAbsolutePath().normalize();
        if (Files.isDirectory(relative)) {
            return relative;
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/seeds"))) {
                return d.resolve("shared/seeds");
            }
        }
        throw new AssertionError("shared/seeds not found from " + Path.of("").toAbsolutePath()
                + "; set -Dsmppkit.shared=DIR to point at the shared folder");
    }

    static String read(String seedFile) {
        try {
            return Files.readString(check(dir().resolve(seedFile)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path check(Path path) {
        if (!Files.exists(path)) {
            throw new AssertionError("shared document not found: " + path);
        }
        return path;
    }
}
