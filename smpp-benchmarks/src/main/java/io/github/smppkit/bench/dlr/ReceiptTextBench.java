package io.github.smppkit.bench.dlr;

import com.cloudhopper.smpp.util.DeliveryReceipt;
import io.github.smppkit.bench.codec.Sample;
import io.github.smppkit.bench.codec.SameOctets;
import io.github.smppkit.dlr.ReceiptParseResult;
import io.github.smppkit.dlr.ReceiptParser;
import java.util.concurrent.TimeUnit;
import org.joda.time.DateTimeZone;
import org.jsmpp.util.DefaultDecomposer;
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
 * Parses the receipt text {@link Sample#RECEIPT_TEXT} (id, counts, both dates, stat, err, text) into each
 * library's receipt object; dates are read in UTC by all three.
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
public class ReceiptTextBench {

    private final ReceiptParser parser = ReceiptParser.standard();
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    private String text;

    /**
     * Checks that every library reads the message id and the state.
     *
     * @throws Exception if a peer rejects the sample
     */
    @Setup
    public void setUp() throws Exception {
        text = Sample.RECEIPT_TEXT;
        ReceiptParseResult r = smppkit();
        SameOctets.checkValue("smppkit id", Sample.MESSAGE_ID, r.asOptional().orElseThrow().messageId());
        SameOctets.checkValue("Cloudhopper id", Sample.MESSAGE_ID, cloudhopper().getMessageId());
        SameOctets.checkValue("jSMPP id", Sample.MESSAGE_ID, jsmpp().getId());
        SameOctets.checkValue("jSMPP stat", "DELIVRD", jsmpp().getFinalStatus().name());
    }

    /**
     * smppkit: {@link ReceiptParser#parse}.
     *
     * @return the result
     */
    @Benchmark
    public ReceiptParseResult smppkit() {
        return parser.parse(text);
    }

    /**
     * Cloudhopper: {@code DeliveryReceipt.parseShortMessage(text, UTC)}.
     *
     * @return the receipt
     * @throws Exception never for this sample
     */
    @Benchmark
    public DeliveryReceipt cloudhopper() throws Exception {
        return DeliveryReceipt.parseShortMessage(text, DateTimeZone.UTC);
    }

    /**
     * jSMPP: {@code DefaultDecomposer.deliveryReceipt(text)}.
     *
     * @return the receipt
     * @throws Exception never for this sample
     */
    @Benchmark
    public org.jsmpp.bean.DeliveryReceipt jsmpp() throws Exception {
        return decomposer.deliveryReceipt(text);
    }
}
