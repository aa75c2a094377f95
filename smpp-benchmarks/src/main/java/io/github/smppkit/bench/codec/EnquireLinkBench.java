package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Pdu;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.PDUComposer;
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
 * Encodes enquire_link and decodes the octets again: the smallest PDU, so the figure is mostly per-PDU overhead.
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
public class EnquireLinkBench {

    private final PduCodec codec = PduCodec.defaults();
    private final ByteBuffer buffer = ByteBuffer.allocate(64);
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    private EnquireLink smppkitPdu;
    private PduTranscoder transcoder;
    private com.cloudhopper.smpp.pdu.EnquireLink cloudhopperPdu;
    private PDUComposer composer;

    /**
     * Builds the PDUs and checks the round trips.
     *
     * @throws Exception if a peer fails
     */
    @Setup
    public void setUp() throws Exception {
        smppkitPdu = SmppkitPdus.enquireLink();
        transcoder = CloudhopperPdus.transcoder();
        cloudhopperPdu = CloudhopperPdus.enquireLink();
        composer = JsmppPdus.COMPOSER;
        SameOctets.checkValue("smppkit round trip", smppkitPdu, smppkit());
        SameOctets.checkValue("Cloudhopper round trip", Sample.ENQUIRE_SEQ, cloudhopper().getSequenceNumber());
        SameOctets.checkValue("jSMPP round trip", Sample.ENQUIRE_SEQ, jsmpp().getSequenceNumber());
        SameOctets.check("enquire_link (jSMPP)", PduCodec.defaults().encode(smppkitPdu),
                composer.enquireLink(Sample.ENQUIRE_SEQ));
    }

    /**
     * smppkit: encode into a reused buffer, decode from it.
     *
     * @return the decoded record
     */
    @Benchmark
    public Pdu smppkit() {
        buffer.clear();
        codec.encode(smppkitPdu, buffer);
        buffer.flip();
        return ((DecodeResult.Decoded) codec.decode(buffer)).pdu();
    }

    /**
     * Cloudhopper: {@code encode(pdu)} to a new buffer, {@code decode(buffer)}.
     *
     * @return the decoded PDU
     * @throws Exception never
     */
    @Benchmark
    public com.cloudhopper.smpp.pdu.Pdu cloudhopper() throws Exception {
        ChannelBuffer b = transcoder.encode(cloudhopperPdu);
        return transcoder.decode(b);
    }

    /**
     * jSMPP: {@code DefaultComposer.enquireLink(seq)}, {@code DefaultDecomposer.enquireLink(octets)}.
     *
     * @return the decoded PDU
     */
    @Benchmark
    public org.jsmpp.bean.EnquireLink jsmpp() {
        return decomposer.enquireLink(composer.enquireLink(Sample.ENQUIRE_SEQ));
    }
}
