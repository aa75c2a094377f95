package io.github.smppkit.bench.report;

import io.github.smppkit.bench.report.Measurements.JmhRow;
import io.github.smppkit.bench.report.Measurements.SessionRow;
import io.github.smppkit.bench.report.Targets.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders RESULTS.md: the targets, then one table per benchmark group with each library's figure and smppkit's
 * ratio to the best peer (the fastest of Cloudhopper and jSMPP).
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class Report {

    /** Benchmark classes in report order, with their titles. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("EncodeSubmitSmBench", "Encode submit_sm (smppkit into a reused buffer)"),
            Map.entry("EncodeSubmitSmTlvBench", "Encode submit_sm with 3 TLVs"),
            Map.entry("DecodeSubmitSmBench", "Decode submit_sm"),
            Map.entry("DecodeSubmitSmTlvBench", "Decode submit_sm with 3 TLVs, reading them"),
            Map.entry("DecodeReceiptBench", "Decode receipt deliver_sm with 2 TLVs, reading them"),
            Map.entry("EnquireLinkBench", "enquire_link encode + decode"),
            Map.entry("ReceiptTextBench", "Receipt text parsing"),
            Map.entry("GsmPackBench", "GSM 7-bit pack, 160 characters"),
            Map.entry("GsmUnpackBench", "GSM 7-bit unpack, 160 characters"),
            Map.entry("PlanUcs2Bench", "Plan a 1000-character UCS-2 message"));

    private static final String FLOOR_ENCODE = "The hand-written floor is no library: the least an encoder can do for "
            + "this PDU (the command known, no checks, straight array stores, command_length set last).";

    private static final String FLOOR_DECODE = "The hand-written floor is no library: the least work that builds the "
            + "same records from these octets (the command known, the frame trusted, no checks).";

    /** What each group calls, printed under its title. */
    private static final Map<String, String> NOTES = Map.of(
            "EncodeSubmitSmBench", "smppkit `PduCodec.encode(pdu, buffer)` into a reused buffer; Cloudhopper "
                    + "`DefaultPduTranscoder.encode` (new buffer); jSMPP `DefaultComposer.submitSm` (new array). "
                    + FLOOR_ENCODE,
            "EncodeSubmitSmTlvBench", "sar_msg_ref_num, sar_total_segments, sar_segment_seqnum; TLV objects "
                    + "prebuilt for every library. " + FLOOR_ENCODE,
            "DecodeSubmitSmBench", "smppkit `PduCodec.decode` to a record; `smppkit (view)` is `SubmitSmView.wrap` "
                    + "reading the routing fields as ints and offsets; Cloudhopper `DefaultPduTranscoder.decode`; "
                    + "jSMPP `DefaultDecomposer.submitSm`. " + FLOOR_DECODE,
            "DecodeSubmitSmTlvBench", "Decode, then read the three SAR values (view: through a `TlvCursor`). "
                    + FLOOR_DECODE,
            "DecodeReceiptBench", "Decode, then read receipted_message_id (as a String; view: offset and length) "
                    + "and message_state. " + FLOOR_DECODE,
            "EnquireLinkBench", "Encode then decode; smppkit reuses one buffer.",
            "ReceiptTextBench", "smppkit `ReceiptParser.parse`; Cloudhopper `DeliveryReceipt.parseShortMessage` "
                    + "(UTC); jSMPP `DefaultDecomposer.deliveryReceipt`. All parse both dates.",
            "GsmPackBench", "smppkit `GsmAlphabet.encodePacked`; Cloudhopper `CharsetUtil.CHARSET_PACKED_GSM`. "
                    + "jSMPP has no GSM 7-bit codec.",
            "GsmUnpackBench", "smppkit `GsmAlphabet.decodePacked`; Cloudhopper `CharsetUtil.CHARSET_PACKED_GSM`.",
            "PlanUcs2Bench", "`MessagePlanner.plan` with default options (automatic encoding): 15 UCS-2 parts with "
                    + "UDH. Neither peer has a planner.");

    private static final List<String> SESSION_LIBRARIES = List.of("smppkit", "cloudhopper", "jsmpp", "raw-nio");

    private Report() {
    }

    /**
     * Returns a group's title.
     *
     * @param group the benchmark class's simple name
     * @return the title, or the name
     */
    public static String title(String group) {
        return GROUPS.stream().filter(e -> e.getKey().equals(group)).map(Map.Entry::getValue).findFirst()
                .orElse(group);
    }

    /**
     * Returns a library's display name.
     *
     * @param variant a benchmark method or session library name
     * @return the name
     */
    public static String library(String variant) {
        switch (variant) {
            case "smppkit":
                return "smppkit";
            case "smppkitView":
                return "smppkit (view)";
            case "cloudhopper":
                return "Cloudhopper 5.0.9";
            case "jsmpp":
                return "jSMPP 3.0.1";
            case "raw-nio":
                return "raw NIO ceiling";
            case Measurements.FLOOR:
                return "hand-written floor (no library)";
            default:
                return variant;
        }
    }

    /**
     * Renders the codec and text groups.
     *
     * @param m the figures
     * @param sb the output
     */
    public static void groups(Measurements m, StringBuilder sb) {
        for (Map.Entry<String, String> g : GROUPS) {
            List<JmhRow> rows = m.group(g.getKey());
            if (rows.isEmpty()) {
                continue;
            }
            sb.append("### ").append(g.getValue()).append("\n\n");
            if (NOTES.containsKey(g.getKey())) {
                sb.append(NOTES.get(g.getKey())).append("\n\n");
            }
            Optional<JmhRow> best = m.bestPeer(g.getKey());
            sb.append("| Library | ns/op | ± (99.9%) | B/op | best peer ÷ smppkit, time | smppkit ÷ best peer, B/op |\n");
            sb.append("|---|---:|---:|---:|---:|---:|\n");
            for (JmhRow r : rows.stream().sorted(Comparator.comparingInt(JmhRow::rank)).toList()) {
                String speed = "";
                String bytes = "";
                if (best.isPresent() && !r.isPeer()) {
                    speed = String.format(Locale.ROOT, "%.2f×", best.get().nanos() / r.nanos());
                    bytes = best.get().bytes() < Targets.ZERO_BYTES ? "n/a"
                            : String.format(Locale.ROOT, "%.2f×", r.bytes() / best.get().bytes());
                } else if (best.isPresent() && r == best.get()) {
                    speed = "best peer";
                }
                sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %s |%n", library(r.variant()),
                        r.nanos(), r.error(), r.bytes(), speed, bytes));
            }
            sb.append('\n');
        }
    }

    /**
     * Renders the session group.
     *
     * @param m the figures
     * @param note why the group is missing, or ""
     * @param sb the output
     */
    public static void session(Measurements m, String note, StringBuilder sb) {
        sb.append("### Session over loopback: submit_sm / submit_sm_resp\n\n");
        if (m.session().isEmpty()) {
            sb.append(note.isEmpty() ? "Not measured in this run." : note).append("\n\n");
            return;
        }
        sb.append("Each library's client against its own server in one JVM per library, over 127.0.0.1; CPU is the "
                + "whole process (client, server, load generator, JIT and GC) per message. smppkit: `trySend` with a "
                + "callback; Cloudhopper: `sendRequestPdu` (asynchronous) with responses in "
                + "`fireExpectedPduResponseReceived`; jSMPP: `submitShortMessage` is blocking, so window N is N "
                + "threads. Every socket has TCP_NODELAY, as smppkit sets by default (the peers leave Nagle on; "
                + "the harness turns it off through their public APIs: Cloudhopper's session channel, jSMPP's "
                + "connection factories). The raw NIO ceiling echoes pre-encoded frames with gathering writes and "
                + "no SMPP processing."
                + (m.sessionRuns() > 1 ? " Each row is the median, by messages/s, of " + m.sessionRuns()
                        + " runs in separate JVMs, the libraries taking turns." : "") + "\n\n");
        sb.append("| Library | window | messages/s | p50 µs | p99 µs | CPU µs/msg | smppkit ÷ best peer, msg/s |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int w : new int[] {1, 10, 100}) {
            double bestPeer = m.session().stream()
                    .filter(r -> r.window() == w && (r.library().equals("cloudhopper") || r.library().equals("jsmpp")))
                    .mapToDouble(SessionRow::perSecond).max().orElse(Double.NaN);
            for (String lib : SESSION_LIBRARIES) {
                Optional<SessionRow> r = m.session(lib, w);
                if (r.isEmpty()) {
                    continue;
                }
                String ratio = lib.equals("smppkit") && !Double.isNaN(bestPeer)
                        ? String.format(Locale.ROOT, "%.2f×", r.get().perSecond() / bestPeer) : "";
                sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.1f | %s |%n", library(lib), w,
                        r.get().perSecond(), r.get().p50Micros(), r.get().p99Micros(), r.get().cpuMicros(), ratio));
            }
        }
        if (!note.isEmpty()) {
            sb.append('\n').append(note).append('\n');
        }
        sb.append('\n');
    }

    /**
     * Renders the targets table.
     *
     * @param outcomes the outcomes
     * @param sb the output
     */
    public static void targets(List<Outcome> outcomes, StringBuilder sb) {
        sb.append("| Target | Measured | Status |\n|---|---|---|\n");
        for (Outcome o : outcomes) {
            String status = o.met().map(met -> met ? "**met**" : "**missed**: " + o.shortfall())
                    .orElse(o.notJudged() ? "**not judged**: " + o.shortfall() : "not measured");
            sb.append("| ").append(o.target()).append(" | ").append(o.measured()).append(" | ").append(status)
                    .append(" |\n");
        }
        sb.append('\n');
    }
}
