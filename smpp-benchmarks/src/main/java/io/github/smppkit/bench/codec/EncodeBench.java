package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.SubmitSm;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jsmpp.bean.OptionalParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The encode benchmarks of one submit_sm sample: smppkit into a reused buffer; Cloudhopper and jSMPP through their
 * only encode calls, which return a new buffer or array. Each subclass picks the sample and checks, in its setup,
 * that all libraries write the same octets.
 *
 * <p>Thread-safety: one instance per benchmark thread (JMH {@code Scope.Thread} on the subclasses).
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class EncodeBench {

    private final PduCodec codec = PduCodec.defaults();
    private final ByteBuffer dst = ByteBuffer.allocate(512);
    private final PduTranscoder transcoder = CloudhopperPdus.transcoder();
    private SubmitSm smppkitPdu;
    private com.cloudhopper.smpp.pdu.SubmitSm cloudhopperPdu;
    private OptionalParameter[] jsmppTlvs;

    /**
     * Sets the sample and checks that all libraries write {@code expected}.
     *
     * @param what the sample's name for failure messages
     * @param smppkit the smppkit record
     * @param cloudhopper the Cloudhopper PDU
     * @param jsmpp the TLVs jSMPP adds to the sample's mandatory fields
     * @param expected the octets
     * @throws Exception if a peer rejects the sample
     */
    protected final void prepare(String what, SubmitSm smppkit, com.cloudhopper.smpp.pdu.SubmitSm cloudhopper,
            OptionalParameter[] jsmpp, byte[] expected) throws Exception {
        smppkitPdu = smppkit;
        cloudhopperPdu = cloudhopper;
        jsmppTlvs = jsmpp;
        SameOctets.check(what + " (Cloudhopper)", expected, CloudhopperPdus.octets(cloudhopper()));
        SameOctets.check(what + " (jSMPP)", expected, jsmpp());
        smppkit();
        byte[] written = new byte[dst.flip().remaining()];
        dst.get(written);
        SameOctets.check(what + " (smppkit, reused buffer)", expected, written);
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
     * @throws Exception never for the samples
     */
    @Benchmark
    public ChannelBuffer cloudhopper() throws Exception {
        return transcoder.encode(cloudhopperPdu);
    }

    /**
     * jSMPP: {@code DefaultComposer.submitSm(fields..., tlvs)} with prebuilt TLV objects; returns a new array.
     *
     * @return the octets
     * @throws Exception never for the samples
     */
    @Benchmark
    public byte[] jsmpp() throws Exception {
        return JsmppPdus.submitSm(JsmppPdus.COMPOSER, jsmppTlvs);
    }
}
