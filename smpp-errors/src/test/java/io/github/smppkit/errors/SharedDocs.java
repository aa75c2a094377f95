package io.github.smppkit.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared documents (reference, seeds) next to the repository, for tests checking data against them. */
final class SharedDocs {
    private SharedDocs() {
    }

    /** Reads {@code shared/<relative>}: from {@code -Dsmppkit.shared=DIR}, else the nearest ancestor holding it. */
    static String read(String relative) {
        String configured = System.getProperty("smppkit.shared");
        Path found = null;
        if (configured != null) {
            found = Path.of(configured).resolve(relative);
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared").resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    found = candidate;
                    break;
                }
            }
        }
        if (found == null || !Files.isRegularFile(found)) {
            throw new AssertionError("shared document not found: shared/" + relative + " (looked in the ancestors of "
                    + Path.of("").toAbsolutePath() + "; set -Dsmppkit.shared=DIR to point at the shared folder)");
        }
        try {
            return Files.readString(found, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
