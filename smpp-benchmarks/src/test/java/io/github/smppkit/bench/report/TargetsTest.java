package io.github.smppkit.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.bench.report.Measurements.JmhRow;
import io.github.smppkit.bench.report.Measurements.SessionRow;
import io.github.smppkit.bench.report.Targets.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The verdicts RESULTS.md prints for issue 9's targets, on made-up figures: met, missed (with the shortfall and the
 * floor's verdict), and not judged when noise within the run could have decided the status.
 */
class TargetsTest {

    private static final String ENCODE = "EncodeSubmitSmBench";
    private static final String DECODE = "DecodeSubmitSmBench";
    private static final String RECEIPT = "ReceiptTextBench";

    @Test
    void encodeTwiceAsFastWithoutAllocationIsMet() {
        Outcome o = only(codec(row(ENCODE, "smppkit", 24, 0.2, 0), row(ENCODE, "cloudhopper", 50, 0.5, 232),
                row(ENCODE, "jsmpp", 220, 5, 680)), "Encode submit_sm");

        assertThat(o.met()).contains(true);
        assertThat(o.measured()).isEqualTo("0.00 B/op; 2.08× the speed of Cloudhopper 5.0.9");
        assertThat(o.shortfall()).isEmpty();
    }

    @Test
    void anEncodeMissSaysByHowMuchAndWhetherTheFloorWouldMeetIt() {
        Outcome o = only(codec(row(ENCODE, "smppkit", 32, 0.5, 0), row(ENCODE, Measurements.FLOOR, 31, 0.5, 0),
                row(ENCODE, "cloudhopper", 52, 0.5, 232)), "Encode submit_sm");

        assertThat(o.met()).contains(false);
        assertThat(o.shortfall()).isEqualTo("speed 1.63× of the 2× asked (1.2× short); the hand-written floor takes "
                + "31.0 ns and 0 B/op (1.68× the best peer's speed): even the floor misses the target");
    }

    @Test
    void anAllocatingEncodeMissesWhateverItsSpeed() {
        Outcome o = only(codec(row(ENCODE, "smppkit", 10, 5, 24), row(ENCODE, "cloudhopper", 50, 0.5, 232)),
                "Encode submit_sm");

        assertThat(o.met()).contains(false);
        assertThat(o.shortfall()).isEqualTo("24.0 B/op instead of 0");
    }

    @Test
    void aNoisyPeerRowCannotMakeAMissLookMet() {
        // 61 / 30 = 2.03×, but at the low end of Cloudhopper's interval 51 / 30 = 1.70×
        Outcome o = only(codec(row(ENCODE, "smppkit", 30, 0.3, 0), row(ENCODE, "cloudhopper", 61, 10, 232)),
                "Encode submit_sm");

        assertThat(o.met()).isEmpty();
        assertThat(o.shortfall()).isEqualTo("Cloudhopper 5.0.9 varied by ±16% within this run; at the low end of "
                + "that interval the ratio is 1.70×");
    }

    @Test
    void aNoisySmppkitRowCannotMakeAMetTargetLookMissed() {
        // 1400 / 150 = 9.3×, but at the low end of smppkit's interval 1400 / 130 = 10.8×
        Outcome o = only(codec(row(RECEIPT, "smppkit", 150, 20, 296), row(RECEIPT, "jsmpp", 1400, 5, 3696)),
                "Receipt text parsing");

        assertThat(o.met()).isEmpty();
        assertThat(o.shortfall()).startsWith("smppkit varied by ±13% within this run");
    }

    @Test
    void aReceiptMissFarBeyondTheNoiseIsJudged() {
        Outcome o = only(codec(row(RECEIPT, "smppkit", 150, 2, 296), row(RECEIPT, "jsmpp", 1400, 5, 3696),
                row(RECEIPT, "cloudhopper", 2200, 5, 3544)), "Receipt text parsing");

        assertThat(o.met()).contains(false);
        assertThat(o.measured()).isEqualTo("9.33× the speed of jSMPP 3.0.1");
        assertThat(o.shortfall()).isEqualTo("1.1× short of 10×");
    }

    @Test
    void decodeIsJudgedOnRecordsAndOnTheViewSeparately() {
        List<Outcome> outcomes = Targets.check(codec(row(DECODE, "smppkit", 100, 1, 368),
                row(DECODE, "smppkitView", 25, 0.2, 0), row(DECODE, Measurements.FLOOR, 99, 1, 344),
                row(DECODE, "jsmpp", 82, 1, 272), row(DECODE, "cloudhopper", 109, 2, 440)));

        Outcome records = find(outcomes, "Decode submit_sm, records");
        Outcome view = find(outcomes, "Decode submit_sm, view path");
        assertThat(records.met()).contains(false);
        assertThat(records.shortfall()).isEqualTo("speed 0.82× of the 3× asked (3.7× short); 368 B/op against a "
                + "limit of 91 (4.1× over); the hand-written floor takes 99.0 ns and 344 B/op (0.83× the best "
                + "peer's speed): even the floor misses the target; allocation rates in GB/s: smppkit 3.68, jSMPP "
                + "3.0.1 3.32, hand-written floor (no library) 3.47 (within 15% of each other: the time follows the "
                + "B/op)");
        assertThat(view.met()).contains(true);
        assertThat(view.measured()).isEqualTo("3.28× the speed of jSMPP 3.0.1; 0 B/op vs 272 (0.00×)");
    }

    @Test
    void aSlowDecoderThatAllocatesAtAnotherRateGetsNoClaimThatBytesDecide() {
        Outcome o = only(codec(row(DECODE, "smppkit", 100, 1, 100), row(DECODE, "jsmpp", 82, 1, 272)),
                "Decode submit_sm, records");

        assertThat(o.shortfall()).endsWith("; allocation rates in GB/s: smppkit 1.00, jSMPP 3.0.1 3.32");
    }

    @Test
    void tooManyBytesMissAtAnyNoise() {
        // the time is within the noise of the peer's row, but the B/op part decides, and it is exact
        Outcome o = only(codec(row(DECODE, "smppkit", 20, 0.2, 200), row(DECODE, "jsmpp", 82, 50, 272)),
                "Decode submit_sm, records");

        assertThat(o.met()).contains(false);
        assertThat(o.shortfall()).isEqualTo("200 B/op against a limit of 91 (2.2× over)");
    }

    @Test
    void theFloorAndTheViewAreNeverTheBestPeer() {
        Measurements m = codec(row(DECODE, "smppkit", 100, 1, 368), row(DECODE, "smppkitView", 25, 0.2, 0),
                row(DECODE, Measurements.FLOOR, 10, 1, 0), row(DECODE, "cloudhopper", 109, 2, 440),
                row(DECODE, "jsmpp", 82, 1, 272));

        assertThat(m.bestPeer(DECODE)).map(JmhRow::variant).contains("jsmpp");
    }

    @Test
    void theBenchmarksToProfileAreThoseMissedOrNotJudged() {
        List<Outcome> outcomes = Targets.check(codec(
                row(ENCODE, "smppkit", 32, 0.3, 0), row(ENCODE, "cloudhopper", 52, 0.5, 232),
                row("EncodeSubmitSmTlvBench", "smppkit", 30, 0.3, 0),
                row("EncodeSubmitSmTlvBench", "cloudhopper", 76, 0.5, 248),
                row(RECEIPT, "smppkit", 150, 20, 296), row(RECEIPT, "jsmpp", 1400, 5, 3696)));

        assertThat(Targets.toProfile(outcomes)).isEqualTo(
                "io\\.github\\.smppkit\\.bench\\.codec\\.EncodeSubmitSmBench\\.smppkit$"
                        + "|io\\.github\\.smppkit\\.bench\\.dlr\\.ReceiptTextBench\\.smppkit$");
    }

    @Test
    void sessionTargetsCompareWithTheBestPeerAndTheCeiling() {
        Measurements m = new Measurements(List.of(), List.of(
                session("smppkit", 100, 1_200_000, 105), session("cloudhopper", 100, 61_000, 1400),
                session("jsmpp", 100, 50_000, 9500), session("raw-nio", 100, 2_600_000, 55),
                session("smppkit", 1, 27_000, 80), session("cloudhopper", 1, 19_000, 72),
                session("jsmpp", 1, 20_000, 76)), 3);

        List<Outcome> outcomes = Targets.check(m);

        Outcome throughput = find(outcomes, "Session, window 100: ≥2×");
        Outcome ceiling = find(outcomes, "Session, window 100: ≥50%");
        Outcome latency = find(outcomes, "Session, window 1:");
        assertThat(throughput.met()).contains(true);
        assertThat(throughput.measured()).isEqualTo("1200000/s vs Cloudhopper 5.0.9 61000/s (19.67×)");
        assertThat(ceiling.met()).contains(false);
        assertThat(ceiling.shortfall()).isEqualTo("4 points short of 50%");
        assertThat(latency.met()).contains(false);
        assertThat(latency.shortfall()).isEqualTo("8 µs (1.11×) slower");
    }

    @Test
    void withoutASmppkitSessionRunTheSessionTargetsAreNotMeasured() {
        List<Outcome> outcomes = Targets.check(new Measurements(List.of(),
                List.of(session("cloudhopper", 100, 61_000, 1400)), 1));

        assertThat(outcomes).hasSize(3).allSatisfy(o -> {
            assertThat(o.measured()).isEqualTo("not measured");
            assertThat(o.met()).isEmpty();
        });
    }

    private static Outcome only(Measurements m, String targetStart) {
        List<Outcome> matching = new ArrayList<>();
        for (Outcome o : Targets.check(m)) {
            if (o.target().startsWith(targetStart)) {
                matching.add(o);
            }
        }
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static Outcome find(List<Outcome> outcomes, String targetStart) {
        Optional<Outcome> o = outcomes.stream().filter(x -> x.target().startsWith(targetStart)).findFirst();
        assertThat(o).as(targetStart).isPresent();
        return o.get();
    }

    private static Measurements codec(JmhRow... rows) {
        return new Measurements(List.of(rows), List.of(), 0);
    }

    private static JmhRow row(String group, String variant, double nanos, double error, double bytes) {
        return new JmhRow(group, variant, nanos, error, bytes);
    }

    private static SessionRow session(String library, int window, double perSecond, double p99) {
        return new SessionRow(library, window, perSecond, p99 / 2, p99, 10, 100_000);
    }
}
