package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.view.SubmitSmView;
import java.nio.ByteBuffer;
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
     * The floor of a decode to records, no library: {@link HandWrittenDecode}.
     *
     * @return the record
     */
    @Benchmark
    public SubmitSm handWritten() {
        return HandWrittenDecode.submitSm(octets);
    }
}
