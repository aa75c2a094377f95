package io.github.smppkit.bench.session;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures one library's client against its own server over loopback: submit_sm / submit_sm_resp pairs per
 * second, p50/p99 latency and process CPU per message, for each window. Appends one tab-separated line per window
 * to the output: {@code library window perSecond p50Micros p99Micros cpuMicrosPerMessage messages}.
 *
 * <p>Usage: {@code SessionBench --library smppkit|cloudhopper|jsmpp|raw-nio [--windows 1,10,100] [--warmup SECONDS]
 * [--measure SECONDS] --out FILE}. Run each library in its own JVM.
 *
 * <p>Thread-safety: a command-line program.
 *
 * @since 0.1.0
 */
public final class SessionBench {

    private SessionBench() {
    }

    /**
     * Runs the measurement.
     *
     * @param args see the class comment
     * @throws Exception if the library fails
     */
    public static void main(String[] args) throws Exception {
        String library = null;
        int[] windows = {1, 10, 100};
        double warmup = 3;
        double measure = 5;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--library" -> library = args[++i];
                case "--windows" -> windows = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--measure" -> measure = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (library == null || out == null) {
            throw new IllegalArgumentException("--library and --out are required");
        }
        List<String> lines = new ArrayList<>();
        try (Loopback lb = create(library)) {
            lb.open(Arrays.stream(windows).max().orElse(1));
            for (int w : windows) {
                String line = run(lb, w, warmup, measure);
                System.out.println(line);
                lines.add(line);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(0);
    }

    static Loopback create(String library) throws IOException {
        return switch (library) {
            case "raw-nio" -> new RawNioLoopback();
            case "cloudhopper" -> new CloudhopperLoopback();
            case "jsmpp" -> new JsmppLoopback();
            case "smppkit" -> new SmppkitLoopback();
            default -> throw new IllegalArgumentException("unknown library " + library);
        };
    }

    private static String run(Loopback lb, int window, double warmupSeconds, double measureSeconds)
            throws Exception {
        LatencyRecorder recorder = new LatencyRecorder();
        Loopback.Load load = lb.customLoad(window, recorder);
        if (load == null) {
            load = GenericLoad.start(lb, window, recorder);
        }
        sleep(warmupSeconds);
        recorder.reset();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        sleep(measureSeconds);
        long count = recorder.count();
        long cpu1 = processCpuNanos();
        long t1 = System.nanoTime();
        double p50 = recorder.percentile(50);
        double p99 = recorder.percentile(99);
        long failures = recorder.failures();
        load.stop();
        if (failures > 0) {
            throw new IllegalStateException(lb.library() + ": " + failures + " failed requests at window " + window);
        }
        double seconds = (t1 - t0) / 1e9;
        return String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.2f\t%d", lb.library(), window, count / seconds,
                p50 / 1000, p99 / 1000, (cpu1 - cpu0) / 1000.0 / Math.max(count, 1), count);
    }

    private static void sleep(double seconds) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep((long) (seconds * 1000));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
