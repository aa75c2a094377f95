package io.github.smppkit.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its ordinary command-line options and writes one tab-separated line per benchmark, which
 * {@link ResultsWriter} turns into tables: {@code benchmark score error unit allocBytesPerOp}.
 *
 * <p>Usage: {@code JmhRunner --tsv FILE -- JMH-ARGS...}
 *
 * <p>Thread-safety: a command-line program.
 *
 * @since 0.1.0
 */
public final class JmhRunner {

    private JmhRunner() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args see the class comment
     * @throws Exception if JMH fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path tsv = null;
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--tsv")) {
                tsv = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (tsv == null) {
            throw new IllegalArgumentException("--tsv is required");
        }
        String[] jmhArgs = Arrays.copyOfRange(args, Math.min(i + 1, args.length), args.length);
        Collection<RunResult> results = new Runner(new CommandLineOptions(jmhArgs)).run();
        write(tsv, results);
    }

    private static void write(Path tsv, Collection<RunResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        for (RunResult r : results) {
            var primary = r.getPrimaryResult();
            var alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            lines.add(String.join("\t", r.getParams().getBenchmark(), num(primary.getScore()),
                    num(primary.getScoreError()), primary.getScoreUnit(),
                    alloc == null ? "NaN" : num(alloc.getScore())));
        }
        Files.createDirectories(tsv.toAbsolutePath().getParent());
        Files.write(tsv, lines, StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
