package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.codec.view.SubmitSmView;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jboss.netty.buffer.ChannelBuffers;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decodes the plain submit_sm (the same octets for every library) into each library's PDU object; smppkit also
 * through its zero-allocation {@link SubmitSmView}, reading every field a router needs.
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
public class DecodeSubmitSmBench {

    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final PduCodec codec = PduCodec.defaults();
    private final SubmitSmView view = new SubmitSmView();
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    private byte[] octets;
    private ByteBuffer src;
    private ChannelBuffer cloudhopperSrc;
    private PduTranscoder transcoder;

    /**
     * Prepares the octets and checks that every library reads the same fields.
     *
     * @throws Exception if a peer rejects the sample
     */
    @Setup
    public void setUp() throws Exception {
        octets = SmppkitPdus.submitSmOctets();
        src = ByteBuffer.wrap(octets);
        cloudhopperSrc = ChannelBuffers.wrappedBuffer(octets);
        transcoder = CloudhopperPdus.transcoder();
        SameOctets.checkValue("smppkit record", SmppkitPdus.submitSm(), smppkit());
        SameOctets.checkValue("hand-written floor", SmppkitPdus.submitSm(), handWritten());
        view.wrap(src, 0, octets.length);
        SameOctets.checkValue("smppkit view valid", true, view.valid());
        SameOctets.checkValue("smppkit view short_message length", Sample.TEXT_OCTETS.length,
                view.shortMessageLength());
        com.cloudhopper.smpp.pdu.SubmitSm ch = (com.cloudhopper.smpp.pdu.SubmitSm) cloudhopper();
        SameOctets.checkValue("Cloudhopper destination_addr", Sample.MSISDN, ch.getDestAddress().getAddress());
        SameOctets.checkValue("Cloudhopper short_message length", Sample.TEXT_OCTETS.length,
                ch.getShortMessage().length);
        org.jsmpp.bean.SubmitSm js = jsmpp();
        SameOctets.checkValue("jSMPP destination_addr", Sample.MSISDN, js.getDestAddress());
        SameOctets.checkValue("jSMPP short_message length", Sample.TEXT_OCTETS.length, js.getShortMessage().length);
    }

    /**
     * smppkit: {@code PduCodec.decode(buffer)} to a {@link SubmitSm} record.
     *
     * @return the record
     */
    @Benchmark
    public Pdu smppkit() {
        src.position(0);
        return ((DecodeResult.Decoded) codec.decode(src)).pdu();
    }

    /**
     * smppkit: {@link SubmitSmView#wrap} and the fields a router reads, as ints and offsets.
     *
     * @param bh the sink
     */
    @Benchmark
    public void smppkitView(Blackhole bh) {
        SubmitSmView v = view.wrap(src, 0, octets.length);
        bh.consume(v.valid());
        bh.consume(v.sequenceNumber());
        bh.consume(v.sourceAddrTon());
        bh.consume(v.sourceAddrOffset());
        bh.consume(v.sourceAddrLength());
        bh.consume(v.destinationAddrOffset());
        bh.consume(v.destinationAddrLength());
        bh.consume(v.esmClass());
        bh.consume(v.registeredDelivery());
        bh.consume(v.dataCoding());
        bh.consume(v.shortMessageOffset());
        bh.consume(v.shortMessageLength());
    }

    /**
     * Cloudhopper: {@code DefaultPduTranscoder.decode(buffer)}.
     *
     * @return the PDU
     * @throws Exception never for this sample
     */
    @Benchmark
    public com.cloudhopper.smpp.pdu.Pdu cloudhopper() throws Exception {
        cloudhopperSrc.readerIndex(0);
        return transcoder.decode(cloudhopperSrc);
    }

    /**
     * jSMPP: {@code DefaultDecomposer.submitSm(octets)}.
     *
     * @return the PDU
     * @throws Exception never for this sample
     */
    @Benchmark
    public org.jsmpp.bean.SubmitSm jsmpp() throws Exception {
        return decomposer.submitSm(octets);
    }

    /**
     * The floor of a decode to records, no library: the least work that builds the same {@link SubmitSm} from these
     * octets. It knows the command, trusts the frame (no length, field or TLV checks) and reads text with the
     * cheapest String constructor; what is left is finding the NULs, copying the text and building the records,
     * whose constructors check their fields.
     *
     * @return the record
     */
    @Benchmark
    public SubmitSm handWritten() {
        byte[] a = octets;
        int end = a.length;
        int svcEnd = nul(a, 16);
        int srcEnd = nul(a, svcEnd + 3);
        int dstEnd = nul(a, srcEnd + 3);
        int esm = dstEnd + 1;
        int schedEnd = nul(a, esm + 3);
        int validEnd = nul(a, schedEnd + 1);
        int reg = validEnd + 1;
        int sm = reg + 5;
        int smLen = a[reg + 4] & 0xFF;
        return new SubmitSm((int) I32.get(a, 12), latin1(a, 16, svcEnd),
                Address.of(a[svcEnd + 1] & 0xFF, a[svcEnd + 2] & 0xFF, latin1(a, svcEnd + 3, srcEnd)),
                Address.of(a[srcEnd + 1] & 0xFF, a[srcEnd + 2] & 0xFF, latin1(a, srcEnd + 3, dstEnd)),
                EsmClass.of(a[esm] & 0xFF), a[esm + 1] & 0xFF, a[esm + 2] & 0xFF, latin1(a, esm + 3, schedEnd),
                latin1(a, schedEnd + 1, validEnd), RegisteredDelivery.of(a[reg] & 0xFF), a[reg + 1] & 0xFF,
                DataCoding.of(a[reg + 2] & 0xFF), a[reg + 3] & 0xFF, Bytes.copyOf(a, sm, smLen),
                sm + smLen == end ? Tlvs.empty() : Tlvs.parse(a, sm + smLen, end - sm - smLen));
    }

    // eight octets per step, the fastest search known here: (x - 0x0101..) & ~x & 0x8080.. flags the lowest zero
    private static int nul(byte[] a, int from) {
        int i = from;
        for (; i <= a.length - 8; i += 8) {
            long x = (long) I64.get(a, i);
            long zero = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        while (a[i] != 0) {
            i++;
        }
        return i;
    }

    // the hibyte constructor is a bounds check and an array copy; the charset one is too big to inline
    @SuppressWarnings("deprecation")
    private static String latin1(byte[] a, int from, int to) {
        return from == to ? "" : new String(a, 0, from, to - from);
    }
}
