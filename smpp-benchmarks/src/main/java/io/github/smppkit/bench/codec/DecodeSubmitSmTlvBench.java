package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.view.SubmitSmView;
import io.github.smppkit.codec.view.TlvCursor;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jboss.netty.buffer.ChannelBuffers;
import org.jsmpp.bean.OptionalParameter;
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
 * Decodes the submit_sm with three SAR TLVs and reads the three values.
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
public class DecodeSubmitSmTlvBench {

    private final PduCodec codec = PduCodec.defaults();
    private final SubmitSmView view = new SubmitSmView();
    private final TlvCursor cursor = new TlvCursor();
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    private byte[] octets;
    private ByteBuffer src;
    private ChannelBuffer cloudhopperSrc;
    private PduTranscoder transcoder;

    /**
     * Prepares the octets and checks that every library reads the same TLV values.
     *
     * @throws Exception if a peer rejects the sample
     */
    @Setup
    public void setUp() throws Exception {
        octets = SmppkitPdus.submitSmWithTlvsOctets();
        src = ByteBuffer.wrap(octets);
        cloudhopperSrc = ChannelBuffers.wrappedBuffer(octets);
        transcoder = CloudhopperPdus.transcoder();
        src.position(0);
        SubmitSm s = (SubmitSm) ((DecodeResult.Decoded) codec.decode(src)).pdu();
        SameOctets.checkValue("smppkit record", SmppkitPdus.submitSmWithTlvs(), s);
        SameOctets.checkValue("hand-written floor", SmppkitPdus.submitSmWithTlvs(), HandWrittenDecode.submitSm(octets));
        SameOctets.checkValue("smppkit sar_msg_ref_num", Sample.SAR_REF,
                s.tlvs().getInt(StandardTlvs.SAR_MSG_REF_NUM, -1));
        cloudhopperSrc.readerIndex(0);
        com.cloudhopper.smpp.pdu.Pdu ch = transcoder.decode(cloudhopperSrc);
        SameOctets.checkValue("Cloudhopper sar_msg_ref_num", Sample.SAR_REF,
                ch.getOptionalParameter(SmppConstants.TAG_SAR_MSG_REF_NUM).getValueAsUnsignedShort());
        org.jsmpp.bean.SubmitSm js = decomposer.submitSm(octets);
        SameOctets.checkValue("jSMPP sar_msg_ref_num", (short) Sample.SAR_REF,
                ((OptionalParameter.Short) js.getOptionalParameter((short) Sample.TAG_SAR_MSG_REF_NUM)).getValue());
    }

    /**
     * smppkit: {@code PduCodec.decode} to a record, then the three TLVs by key.
     *
     * @param bh the sink
     */
    @Benchmark
    public void smppkit(Blackhole bh) {
        src.position(0);
        SubmitSm s = (SubmitSm) ((DecodeResult.Decoded) codec.decode(src)).pdu();
        bh.consume(s);
        Tlvs tlvs = s.tlvs();
        bh.consume(tlvs.getInt(StandardTlvs.SAR_MSG_REF_NUM, -1));
        bh.consume(tlvs.getInt(StandardTlvs.SAR_TOTAL_SEGMENTS, -1));
        bh.consume(tlvs.getInt(StandardTlvs.SAR_SEGMENT_SEQNUM, -1));
    }

    /**
     * The floor of a decode to records, no library ({@link HandWrittenDecode}), then the three TLVs as smppkit reads
     * them.
     *
     * @param bh the sink
     */
    @Benchmark
    public void handWritten(Blackhole bh) {
        SubmitSm s = HandWrittenDecode.submitSm(octets);
        bh.consume(s);
        Tlvs tlvs = s.tlvs();
        bh.consume(tlvs.getInt(StandardTlvs.SAR_MSG_REF_NUM, -1));
        bh.consume(tlvs.getInt(StandardTlvs.SAR_TOTAL_SEGMENTS, -1));
        bh.consume(tlvs.getInt(StandardTlvs.SAR_SEGMENT_SEQNUM, -1));
    }

    /**
     * smppkit: {@link SubmitSmView}, the main fields, and the TLVs through a {@link TlvCursor}.
     *
     * @param bh the sink
     */
    @Benchmark
    public void smppkitView(Blackhole bh) {
        SubmitSmView v = view.wrap(src, 0, octets.length);
        bh.consume(v.valid());
        bh.consume(v.sequenceNumber());
        bh.consume(v.destinationAddrOffset());
        bh.consume(v.destinationAddrLength());
        bh.consume(v.shortMessageOffset());
        bh.consume(v.shortMessageLength());
        TlvCursor c = v.tlvs(cursor);
        while (c.next()) {
            bh.consume(c.tag());
            bh.consume(c.intValue(-1));
        }
    }

    /**
     * Cloudhopper: {@code DefaultPduTranscoder.decode}, then the three TLVs by tag.
     *
     * @param bh the sink
     * @throws Exception never for this sample
     */
    @Benchmark
    public void cloudhopper(Blackhole bh) throws Exception {
        cloudhopperSrc.readerIndex(0);
        com.cloudhopper.smpp.pdu.Pdu p = transcoder.decode(cloudhopperSrc);
        bh.consume(p);
        bh.consume(p.getOptionalParameter(SmppConstants.TAG_SAR_MSG_REF_NUM).getValueAsUnsignedShort());
        bh.consume(p.getOptionalParameter(SmppConstants.TAG_SAR_TOTAL_SEGMENTS).getValueAsUnsignedByte());
        bh.consume(p.getOptionalParameter(SmppConstants.TAG_SAR_SEGMENT_SEQNUM).getValueAsUnsignedByte());
    }

    /**
     * jSMPP: {@code DefaultDecomposer.submitSm}, then the three TLVs by tag.
     *
     * @param bh the sink
     * @throws Exception never for this sample
     */
    @Benchmark
    public void jsmpp(Blackhole bh) throws Exception {
        org.jsmpp.bean.SubmitSm s = decomposer.submitSm(octets);
        bh.consume(s);
        bh.consume(((OptionalParameter.Short) s.getOptionalParameter((short) Sample.TAG_SAR_MSG_REF_NUM)).getValue());
        bh.consume(((OptionalParameter.Byte) s.getOptionalParameter((short) Sample.TAG_SAR_TOTAL_SEGMENTS)).getValue());
        bh.consume(((OptionalParameter.Byte) s.getOptionalParameter((short) Sample.TAG_SAR_SEGMENT_SEQNUM)).getValue());
    }
}
