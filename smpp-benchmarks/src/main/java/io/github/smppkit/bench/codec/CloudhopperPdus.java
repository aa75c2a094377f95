package io.github.smppkit.bench.codec;

import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.EnquireLink;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.transcoder.DefaultPduTranscoder;
import com.cloudhopper.smpp.transcoder.DefaultPduTranscoderContext;
import com.cloudhopper.smpp.transcoder.PduTranscoder;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.SmppInvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.netty.buffer.ChannelBuffer;

/**
 * The {@link Sample} PDUs as Cloudhopper objects.
 *
 * <p>Thread-safety: stateless; the objects returned are mutable and belong to the caller.
 *
 * @since 0.1.0
 */
public final class CloudhopperPdus {

    private CloudhopperPdus() {
    }

    /**
     * Returns a transcoder with Cloudhopper's default context.
     *
     * @return a new transcoder
     */
    public static PduTranscoder transcoder() {
        return new DefaultPduTranscoder(new DefaultPduTranscoderContext());
    }

    /**
     * Returns the plain submit_sm.
     *
     * @return a new PDU
     */
    public static SubmitSm submitSm() {
        SubmitSm pdu = new SubmitSm();
        pdu.setSequenceNumber(Sample.SUBMIT_SEQ);
        pdu.setSourceAddress(new Address((byte) 5, (byte) 0, Sample.SENDER));
        pdu.setDestAddress(new Address((byte) 1, (byte) 1, Sample.MSISDN));
        pdu.setRegisteredDelivery((byte) 1);
        setText(pdu, Sample.TEXT_OCTETS);
        return pdu;
    }

    /**
     * Returns the three-TLV submit_sm.
     *
     * @return a new PDU
     */
    public static SubmitSm submitSmWithTlvs() {
        SubmitSm pdu = submitSm();
        pdu.addOptionalParameter(new Tlv((short) Sample.TAG_SAR_MSG_REF_NUM,
                new byte[] {(byte) (Sample.SAR_REF >>> 8), (byte) Sample.SAR_REF}));
        pdu.addOptionalParameter(new Tlv((short) Sample.TAG_SAR_TOTAL_SEGMENTS, new byte[] {(byte) Sample.SAR_TOTAL}));
        pdu.addOptionalParameter(new Tlv((short) Sample.TAG_SAR_SEGMENT_SEQNUM, new byte[] {(byte) Sample.SAR_SEQ}));
        return pdu;
    }

    /**
     * Returns the receipt deliver_sm.
     *
     * @return a new PDU
     */
    public static DeliverSm receipt() {
        DeliverSm pdu = new DeliverSm();
        pdu.setSequenceNumber(Sample.RECEIPT_SEQ);
        pdu.setSourceAddress(new Address((byte) 1, (byte) 1, Sample.MSISDN));
        pdu.setDestAddress(new Address((byte) 5, (byte) 0, Sample.SENDER));
        pdu.setEsmClass((byte) 0x04);
        setText(pdu, Sample.RECEIPT_OCTETS);
        byte[] id = Sample.MESSAGE_ID.getBytes(StandardCharsets.US_ASCII);
        pdu.addOptionalParameter(new Tlv((short) Sample.TAG_RECEIPTED_MESSAGE_ID, Arrays.copyOf(id, id.length + 1)));
        pdu.addOptionalParameter(new Tlv((short) Sample.TAG_MESSAGE_STATE, new byte[] {(byte) Sample.STATE_DELIVERED}));
        return pdu;
    }

    /**
     * Returns enquire_link.
     *
     * @return a new PDU
     */
    public static EnquireLink enquireLink() {
        EnquireLink pdu = new EnquireLink();
        pdu.setSequenceNumber(Sample.ENQUIRE_SEQ);
        return pdu;
    }

    /**
     * Copies the readable octets of a buffer.
     *
     * @param buffer the buffer
     * @return a new array
     */
    public static byte[] octets(ChannelBuffer buffer) {
        byte[] out = new byte[buffer.readableBytes()];
        buffer.getBytes(buffer.readerIndex(), out);
        return out;
    }

    private static void setText(BaseSm<?> pdu, byte[] text) {
        try {
            pdu.setShortMessage(text);
        } catch (SmppInvalidArgumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
