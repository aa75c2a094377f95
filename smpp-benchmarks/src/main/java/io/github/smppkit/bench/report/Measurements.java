package io.github.smppkit.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one run, read from the files {@link JmhRunner} and the session benchmark write.
 *
 * <p>Thread-safety: immutable.
 *
 * @param codec one row per JMH benchmark
 * @param session one row per library and window: of several runs, the median by messages/s
 * @param sessionRuns how many runs each session row is the median of
 * @since 0.1.0
 */
public record Measurements(List<JmhRow> codec, List<SessionRow> session, int sessionRuns) {

    /** The benchmark method of a group's hand-written floor. */
    public static final String FLOOR = "handWritten";

    /** Copies the lists. */
    public Measurements {
        codec = List.copyOf(codec);
        session = List.copyOf(session);
    }

    /**
     * One JMH benchmark.
     *
     * @param group the benchmark class's simple name
     * @param variant the benchmark method: the library, {@code smppkitView} for the view path,
     *     {@code handWritten} for the hand-written floor (the least work for the sample, no checks)
     * @param nanos average time, ns/op
     * @param error the 99.9% half-interval, ns/op
     * @param bytes {@code gc.alloc.rate.norm}, B/op
     */
    public record JmhRow(String group, String variant, double nanos, double error, double bytes) {

        /**
         * Tells whether this row is a peer library's.
         *
         * @return true for Cloudhopper and jSMPP
         */
        public boolean isPeer() {
            return variant.equals("cloudhopper") || variant.equals("jsmpp");
        }

        /**
         * Tells whether this row is the hand-written floor of its group.
         *
         * @return true for the floor
         */
        public boolean isFloor() {
            return variant.equals(FLOOR);
        }

        /** smppkit's rows first, then the floor, then the peers. */
        int rank() {
            return isPeer() ? 2 : isFloor() ? 1 : 0;
        }
    }

    /**
     * One session run.
     *
     * @param library smppkit, cloudhopper, jsmpp or raw-nio
     * @param window requests in flight
     * @param perSecond submit_sm/submit_sm_resp pairs per second
     * @param p50Micros median latency
     * @param p99Micros 99th percentile latency
     * @param cpuMicros process CPU time per message, client and server together
     * @param messages messages measured
     */
    public record SessionRow(String library, int window, double perSecond, double p50Micros, double p99Micros,
            double cpuMicros, long messages) {
    }

    /**
     * Reads the files; a missing session file gives no session rows.
     *
     * @param codecTsv the JMH figures
     * @param sessionTsv the session figures, may not exist
     * @return the measurements
     * @throws IOException if a file cannot be read
     */
    public static Measurements read(Path codecTsv, Path sessionTsv) throws IOException {
        List<JmhRow> codec = new ArrayList<>();
        for (String line : Files.readAllLines(codecTsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            String name = f[0];
            int dot = name.lastIndexOf('.');
            String cls = name.substring(0, dot);
            codec.add(new JmhRow(cls.substring(cls.lastIndexOf('.') + 1), name.substring(dot + 1),
                    Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[4])));
        }
        Map<String, List<SessionRow>> runs = new LinkedHashMap<>();
        if (sessionTsv != null && Files.exists(sessionTsv)) {
            for (String line : Files.readAllLines(sessionTsv, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 7 || f[0].startsWith("#")) {
                    continue;
                }
                runs.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>()).add(new SessionRow(f[0],
                        Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6])));
            }
        }
        // A run's rate swings by a tenth from one JVM to the next; the median run is kept whole (its latency and CPU
        // figures with its rate), so no row mixes runs.
        List<SessionRow> session = new ArrayList<>();
        int sessionRuns = 0;
        for (List<SessionRow> same : runs.values()) {
            same.sort(Comparator.comparingDouble(SessionRow::perSecond));
            session.add(same.get((same.size() - 1) / 2));
            sessionRuns = Math.max(sessionRuns, same.size());
        }
        return new Measurements(codec, session, sessionRuns);
    }

    /**
     * Returns the rows of one benchmark class.
     *
     * @param group the class's simple name
     * @return the rows in file order
     */
    public List<JmhRow> group(String group) {
        return codec.stream().filter(r -> r.group().equals(group)).toList();
    }

    /**
     * Returns one row.
     *
     * @param group the class's simple name
     * @param variant the method
     * @return the row, if measured
     */
    public Optional<JmhRow> row(String group, String variant) {
        return codec.stream().filter(r -> r.group().equals(group) && r.variant().equals(variant)).findFirst();
    }

    /**
     * Returns the fastest peer row of a group.
     *
     * @param group the class's simple name
     * @return the row, if a peer was measured
     */
    public Optional<JmhRow> bestPeer(String group) {
        return group(group).stream().filter(JmhRow::isPeer)
                .min((a, b) -> Double.compare(a.nanos(), b.nanos()));
    }

    /**
     * Returns one session row.
     *
     * @param library the library
     * @param window the window
     * @return the row, if measured
     */
    public Optional<SessionRow> session(String library, int window) {
        return session.stream().filter(r -> r.library().equals(library) && r.window() == window).findFirst();
    }
}
