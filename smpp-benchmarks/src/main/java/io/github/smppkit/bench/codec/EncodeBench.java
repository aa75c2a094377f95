package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
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
 * <p>{@link #handWritten()} is no library: the least an encoder can do for this one PDU type, the yardstick for
 * how far a general encoder can go. It reads the same record and writes the same octets, but knows the command,
 * checks no limit or room, and sets command_length after the body instead of sizing the PDU first.
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

    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

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
        int n = handWritten();
        SameOctets.check(what + " (hand-written floor)", expected, Arrays.copyOf(dst.array(), n));
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

    /**
     * The floor: the sample's command hard-wired, straight array stores, no checks but the JVM's own.
     *
     * @return octets written
     */
    @Benchmark
    public int handWritten() {
        SubmitSm p = smppkitPdu;
        byte[] a = dst.array();
        int at = cString(a, 16, p.serviceType());
        at = address(a, at, p.source());
        at = address(a, at, p.destination());
        a[at] = (byte) p.esmClass().value();
        a[at + 1] = (byte) p.protocolId();
        a[at + 2] = (byte) p.priorityFlag();
        at = cString(a, at + 3, p.scheduleDeliveryTime());
        at = cString(a, at, p.validityPeriod());
        a[at] = (byte) p.registeredDelivery().value();
        a[at + 1] = (byte) p.replaceIfPresentFlag();
        a[at + 2] = (byte) p.dataCoding().value();
        a[at + 3] = (byte) p.smDefaultMsgId();
        Bytes sm = p.shortMessage();
        a[at + 4] = (byte) sm.size();
        sm.copyTo(a, at + 5);
        at += 5 + sm.size();
        Tlvs tlvs = p.tlvs();
        tlvs.copyTo(a, at);
        at += tlvs.encodedLength();
        I32.set(a, 0, at);
        I32.set(a, 4, p.commandId().id());
        I32.set(a, 8, 0);
        I32.set(a, 12, p.sequenceNumber());
        return at;
    }

    // the fastest Latin-1 copy on JDK 17 (measured against a char loop); the record has checked the text
    @SuppressWarnings("deprecation")
    private static int cString(byte[] a, int at, String s) {
        int n = s.length();
        s.getBytes(0, n, a, at);
        a[at + n] = 0;
        return at + n + 1;
    }

    private static int address(byte[] a, int at, Address address) {
        a[at] = (byte) address.ton().value();
        a[at + 1] = (byte) address.npi().value();
        return cString(a, at + 2, address.value());
    }
}
