package io.github.smppkit.bench.codec;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;

/**
 * The {@link Sample} PDUs as smppkit records, and their wire octets as smppkit encodes them.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class SmppkitPdus {

    private SmppkitPdus() {
    }

    /**
     * Returns the plain submit_sm.
     *
     * @return the record
     */
    public static SubmitSm submitSm() {
        return SubmitSm.builder()
                .sequenceNumber(Sample.SUBMIT_SEQ)
                .source(Address.of(5, 0, Sample.SENDER))
                .destination(Address.of(1, 1, Sample.MSISDN))
                .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
                .shortMessage(Bytes.of(Sample.TEXT_OCTETS))
                .build();
    }

    /**
     * Returns the submit_sm with sar_msg_ref_num, sar_total_segments and sar_segment_seqnum.
     *
     * @return the record
     */
    public static SubmitSm submitSmWithTlvs() {
        Tlvs tlvs = Tlvs.builder()
                .add(StandardTlvs.SAR_MSG_REF_NUM, Sample.SAR_REF)
                .add(StandardTlvs.SAR_TOTAL_SEGMENTS, Sample.SAR_TOTAL)
                .add(StandardTlvs.SAR_SEGMENT_SEQNUM, Sample.SAR_SEQ)
                .build();
        return submitSm().toBuilder().tlvs(tlvs).build();
    }

    /**
     * Returns the receipt deliver_sm with receipted_message_id and message_state.
     *
     * @return the record
     */
    public static DeliverSm receipt() {
        Tlvs tlvs = Tlvs.builder()
                .add(StandardTlvs.RECEIPTED_MESSAGE_ID, Sample.MESSAGE_ID)
                .add(StandardTlvs.MESSAGE_STATE, Sample.STATE_DELIVERED)
                .build();
        return DeliverSm.builder()
                .sequenceNumber(Sample.RECEIPT_SEQ)
                .source(Address.of(1, 1, Sample.MSISDN))
                .destination(Address.of(5, 0, Sample.SENDER))
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(Bytes.of(Sample.RECEIPT_OCTETS))
                .tlvs(tlvs)
                .build();
    }

    /**
     * Returns enquire_link.
     *
     * @return the record
     */
    public static EnquireLink enquireLink() {
        return new EnquireLink(Sample.ENQUIRE_SEQ);
    }

    /**
     * Returns the octets of the plain submit_sm.
     *
     * @return a new array
     */
    public static byte[] submitSmOctets() {
        return PduCodec.defaults().encode(submitSm());
    }

    /**
     * Returns the octets of the three-TLV submit_sm.
     *
     * @return a new array
     */
    public static byte[] submitSmWithTlvsOctets() {
        return PduCodec.defaults().encode(submitSmWithTlvs());
    }

    /**
     * Returns the octets of the receipt deliver_sm.
     *
     * @return a new array
     */
    public static byte[] receiptOctets() {
        return PduCodec.defaults().encode(receipt());
    }
}
