package io.github.smppkit.bench.codec.text;

import io.github.smppkit.bench.codec.SameOctets;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.text.TextEncoding;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans a 1000-character text that needs UCS-2 with the default options: encoding choice (GSM 7-bit tried first),
 * 15 parts of at most 67 units with an 8-bit concatenation UDH, and their user data. Neither peer has a planner
 * (Cloudhopper's splitting lives in ch-commons-gsm, jSMPP has none), so only smppkit has a figure here.
 *
 * <p>Thread-safety: one instance per benchmark thread (JMH {@code Scope.Thread}).
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PlanUcs2Bench {

    private final PlanOptions options = PlanOptions.defaults();
    private String text;

    /** Checks the plan's shape. */
    @Setup
    public void setUp() {
        text = GsmText.UCS2_1000;
        MessagePlan plan = smppkit();
        SameOctets.checkValue("encoding", TextEncoding.UCS2, plan.encoding());
        SameOctets.checkValue("parts", 15, plan.segmentCount());
    }

    /**
     * smppkit: {@link MessagePlanner#plan}.
     *
     * @return the plan
     */
    @Benchmark
    public MessagePlan smppkit() {
        return MessagePlanner.plan(text, options);
    }
}
