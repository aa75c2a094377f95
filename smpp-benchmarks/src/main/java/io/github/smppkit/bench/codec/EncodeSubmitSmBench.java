package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.SubmitSm;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jsmpp.bean.OptionalParameters;
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
 * Encodes the plain submit_sm: smppkit into a reused buffer; Cloudhopper and jSMPP through their only encode
 * calls, which return a new buffer or array.
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
public class EncodeSubmitSmBench {

    private final PduCodec codec = PduCodec.defaults();
    private final ByteBuffer dst = ByteBuffer.allocate(512);
    private SubmitSm smppkitPdu;
    private PduTranscoder transcoder;
    private com.cloudhopper.smpp.pdu.SubmitSm cloudhopperPdu;
    private PDUComposer composer;

    /**
     * Builds the PDUs and checks that all libraries write the same octets.
     *
     * @throws Exception if a peer rejects the sample
     */
    @Setup
    public void setUp() throws Exception {
        smppkitPdu = SmppkitPdus.submitSm();
        transcoder = CloudhopperPdus.transcoder();
        cloudhopperPdu = CloudhopperPdus.submitSm();
        composer = JsmppPdus.COMPOSER;
        byte[] expected = SmppkitPdus.submitSmOctets();
        SameOctets.check("submit_sm (Cloudhopper)", expected, CloudhopperPdus.octets(cloudhopper()));
        SameOctets.check("submit_sm (jSMPP)", expected, jsmpp());
        smppkit();
        byte[] written = new byte[dst.flip().remaining()];
        dst.get(written);
        SameOctets.check("submit_sm (smppkit, reused buffer)", expected, written);
    }

    /**
     * smppkit: {@code PduCodec.encode(pdu, buffer)} into a reused heap buffer.
     *
     * @return octets written
     */
    @Benchmark
    public int smppkit() {
        dst.clear();
        return codec.encode(smppkitPdu, dst);
    }

    /**
     * Cloudhopper: {@code DefaultPduTranscoder.encode(pdu)}, which returns a new buffer.
     *
     * @return the encoded buffer
     * @throws Exception never for this sample
     */
    @Benchmark
    public ChannelBuffer cloudhopper() throws Exception {
        return transcoder.encode(cloudhopperPdu);
    }

    /**
     * jSMPP: {@code DefaultComposer.submitSm(fields...)}, which returns a new array.
     *
     * @return the octets
     * @throws Exception never for this sample
     */
    @Benchmark
    public byte[] jsmpp() throws Exception {
        return JsmppPdus.submitSm(composer, OptionalParameters.EMPTY_OPTIONAL_PARAMETERS);
    }
}
