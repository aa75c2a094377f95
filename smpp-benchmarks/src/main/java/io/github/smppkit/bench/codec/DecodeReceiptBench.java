package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.transcoder.PduTranscoder;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.view.DeliverSmView;
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
 * Decodes a delivery-receipt deliver_sm carrying receipted_message_id and message_state, and reads both TLVs
 * (a decoder that defers TLV parsing pays for it here, as a receipt handler would).
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
public class DecodeReceiptBench {

    private final PduCodec codec = PduCodec.defaults();
    private final DeliverSmView view = new DeliverSmView();
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
        octets = SmppkitPdus.receiptOctets();
        SameOctets.check("receipt deliver_sm (jSMPP)", octets, JsmppPdus.receipt());
        SameOctets.check("receipt deliver_sm (Cloudhopper)", octets,
                CloudhopperPdus.octets(CloudhopperPdus.transcoder().encode(CloudhopperPdus.receipt())));
        src = ByteBuffer.wrap(octets);
        cloudhopperSrc = ChannelBuffers.wrappedBuffer(octets);
        transcoder = CloudhopperPdus.transcoder();
        src.position(0);
        DeliverSm d = (DeliverSm) ((DecodeResult.Decoded) codec.decode(src)).pdu();
        SameOctets.checkValue("smppkit record", SmppkitPdus.receipt(), d);
        SameOctets.checkValue("hand-written floor", SmppkitPdus.receipt(), HandWrittenDecode.deliverSm(octets));
        SameOctets.checkValue("smppkit receipted_message_id", Sample.MESSAGE_ID,
                d.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID).orElseThrow());
        cloudhopperSrc.readerIndex(0);
        com.cloudhopper.smpp.pdu.Pdu ch = transcoder.decode(cloudhopperSrc);
        SameOctets.checkValue("Cloudhopper receipted_message_id", Sample.MESSAGE_ID,
                ch.getOptionalParameter(SmppConstants.TAG_RECEIPTED_MSG_ID).getValueAsString());
        org.jsmpp.bean.DeliverSm js = decomposer.deliverSm(octets);
        SameOctets.checkValue("jSMPP receipted_message_id", Sample.MESSAGE_ID,
                ((OptionalParameter.COctetString) js.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                        .getValueAsString());
        SameOctets.checkValue("smppkit view message_state", Sample.STATE_DELIVERED, viewState());
    }

    private int viewState() {
        DeliverSmView v = view.wrap(src, 0, octets.length);
        TlvCursor c = v.tlvs(cursor);
        while (c.next()) {
            if (c.tag() == Sample.TAG_MESSAGE_STATE) {
                return c.intValue(-1);
            }
        }
        return -1;
    }

    /**
     * smppkit: {@code PduCodec.decode} to a {@link DeliverSm} record, then both TLVs by key.
     *
     * @param bh the sink
     */
    @Benchmark
    public void smppkit(Blackhole bh) {
        src.position(0);
        DeliverSm d = (DeliverSm) ((DecodeResult.Decoded) codec.decode(src)).pdu();
        bh.consume(d);
        bh.consume(d.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID));
        bh.consume(d.tlvs().getInt(StandardTlvs.MESSAGE_STATE, -1));
    }

    /**
     * The floor of a decode to records, no library ({@link HandWrittenDecode}), then both TLVs as smppkit reads them.
     *
     * @param bh the sink
     */
    @Benchmark
    public void handWritten(Blackhole bh) {
        DeliverSm d = HandWrittenDecode.deliverSm(octets);
        bh.consume(d);
        bh.consume(d.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID));
        bh.consume(d.tlvs().getInt(StandardTlvs.MESSAGE_STATE, -1));
    }

    /**
     * smppkit: {@link DeliverSmView} and a {@link TlvCursor}; the message id stays as offset and length.
     *
     * @param bh the sink
     */
    @Benchmark
    public void smppkitView(Blackhole bh) {
        DeliverSmView v = view.wrap(src, 0, octets.length);
        bh.consume(v.valid());
        bh.consume(v.sequenceNumber());
        bh.consume(v.esmClass());
        bh.consume(v.shortMessageOffset());
        bh.consume(v.shortMessageLength());
        TlvCursor c = v.tlvs(cursor);
        while (c.next()) {
            int tag = c.tag();
            if (tag == Sample.TAG_RECEIPTED_MESSAGE_ID) {
                bh.consume(c.valueOffset());
                bh.consume(c.length());
            } else if (tag == Sample.TAG_MESSAGE_STATE) {
                bh.consume(c.intValue(-1));
            }
        }
    }

    /**
     * Cloudhopper: {@code DefaultPduTranscoder.decode}, then both TLVs by tag.
     *
     * @param bh the sink
     * @throws Exception never for this sample
     */
    @Benchmark
    public void cloudhopper(Blackhole bh) throws Exception {
        cloudhopperSrc.readerIndex(0);
        com.cloudhopper.smpp.pdu.Pdu d = transcoder.decode(cloudhopperSrc);
        bh.consume(d);
        bh.consume(d.getOptionalParameter(SmppConstants.TAG_RECEIPTED_MSG_ID).getValueAsString());
        bh.consume(d.getOptionalParameter(SmppConstants.TAG_MSG_STATE).getValueAsByte());
    }

    /**
     * jSMPP: {@code DefaultDecomposer.deliverSm}, then both TLVs by tag.
     *
     * @param bh the sink
     * @throws Exception never for this sample
     */
    @Benchmark
    public void jsmpp(Blackhole bh) throws Exception {
        org.jsmpp.bean.DeliverSm d = decomposer.deliverSm(octets);
        bh.consume(d);
        bh.consume(((OptionalParameter.COctetString) d.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID))
                .getValueAsString());
        bh.consume(((OptionalParameter.Byte) d.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE)).getValue());
    }
}
