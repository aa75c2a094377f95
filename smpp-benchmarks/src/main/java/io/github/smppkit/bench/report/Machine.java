package io.github.smppkit.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Describes the machine and JDK a run used.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class Machine {

    private Machine() {
    }

    /**
     * Returns one line: CPU model, cores, memory limit, OS and JDK.
     *
     * @return the description
     */
    public static String describe() {
        return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available; "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "; JDK " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
