package io.github.smppkit.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording: the hottest methods (top frame of each execution sample), the hottest lines (top
 * frame and its caller, with line numbers: exact for inlined code when the JVM ran with
 * {@code -XX:+DebugNonSafepoints}), the innermost smppkit method on each sampled stack (so time in the JDK is
 * charged to the smppkit code that called it), and the sampled allocations by class and by innermost smppkit
 * method.
 *
 * <p>Usage: {@code JfrTop RECORDING.jfr}; prints to standard output.
 *
 * <p>Thread-safety: a command-line program.
 *
 * @since 0.1.0
 */
public final class JfrTop {

    private static final int TOP = 12;
    private static final String NONE = "(no smppkit frame)";

    private JfrTop() {
    }

    /**
     * Prints the summary.
     *
     * @param args the recording
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        Map<String, Long> own = new HashMap<>();
        Map<String, Long> allocClass = new HashMap<>();
        Map<String, Long> allocOwn = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (e.getStackTrace() == null || e.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                top.merge(name(frames.get(0)), 1L, Long::sum);
                lines.merge(line(frames.get(0)) + (frames.size() > 1 ? " <- " + line(frames.get(1)) : ""), 1L,
                        Long::sum);
                own.merge(innermostOwn(frames), 1L, Long::sum);
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = e.getLong("weight");
                RecordedClass c = e.getClass("objectClass");
                allocClass.merge(c == null ? "?" : c.getName(), weight, Long::sum);
                allocOwn.merge(innermostOwn(frames), weight, Long::sum);
            }
        }
        print("CPU samples, hottest methods (top frame)", top);
        print("CPU samples, hottest lines (top frame <- its caller)", lines);
        print("CPU samples, innermost smppkit method on the stack", own);
        print("Allocation (sampled bytes), by class", allocClass);
        print("Allocation (sampled bytes), by innermost smppkit method", allocOwn);
    }

    private static String innermostOwn(List<RecordedFrame> frames) {
        return frames.stream().map(JfrTop::name)
                .filter(n -> n.startsWith("io.github.smppkit.") && !n.startsWith("io.github.smppkit.bench."))
                .findFirst().orElse(NONE);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String line(RecordedFrame f) {
        return name(f) + ":" + f.getLineNumber();
    }

    private static void print(String title, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        System.out.println(title + " (" + total + (title.startsWith("CPU") ? " samples" : " bytes") + "):");
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(TOP)
                .forEach(e -> System.out.println(String.format(Locale.ROOT, "  %5.1f%%  %s",
                        100.0 * e.getValue() / total, e.getKey())));
        System.out.println();
    }
}
