package io.github.smppkit.codec.text;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bridges planned texts and PDUs: one {@code submit_sm}/{@code deliver_sm} per planned segment, and the
 * {@link InboundPart} of a received PDU for the {@link Reassembler}.
 *
 * <p>Per carrier (reference §12): a UDH goes at the start of {@code short_message} with esm_class UDHI set; SAR
 * parts carry {@code sar_msg_ref_num}, {@code sar_total_segments} and {@code sar_segment_seqnum} and no UDH; a
 * {@code message_payload} plan puts all the user data in that TLV with {@code sm_length} 0.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class MessageParts {

    private MessageParts() {
    }

    /**
     * Builds the {@code submit_sm} PDUs of a plan.
     *
     * @param plan the planned text
     * @param template addresses, registered_delivery and other fields every part shares; its esm_class UDHI bit,
     *                 data_coding, short_message and the long-message TLVs are replaced per part
     * @return one PDU per segment, in order
     */
    public static List<SubmitSm> submitSms(MessagePlan plan, SubmitSm template) {
        List<SubmitSm> parts = new ArrayList<>(plan.segmentCount());
        for (MessagePlan.Segment segment : plan.segments()) {
            PartFields fields = PartFields.of(plan, segment, template.esmClass(), template.tlvs());
            parts.add(template.toBuilder().esmClass(fields.esmClass()).dataCoding(fields.dataCoding())
                    .shortMessage(fields.shortMessage()).tlvs(fields.tlvs()).build());
        }
        return parts;
    }

    /**
     * Builds the {@code deliver_sm} PDUs of a plan (mobile-originated messages sent by an SMSC).
     *
     * @param plan the planned text
     * @param template fields every part shares, as for {@link #submitSms}
     * @return one PDU per segment, in order
     */
    public static List<DeliverSm> deliverSms(MessagePlan plan, DeliverSm template) {
        List<DeliverSm> parts = new ArrayList<>(plan.segmentCount());
        for (MessagePlan.Segment segment : plan.segments()) {
            PartFields fields = PartFields.of(plan, segment, template.esmClass(), template.tlvs());
            parts.add(template.toBuilder().esmClass(fields.esmClass()).dataCoding(fields.dataCoding())
                    .shortMessage(fields.shortMessage()).tlvs(fields.tlvs()).build());
        }
        return parts;
    }

    /**
     * Returns the reassembly input of a received {@code submit_sm}.
     *
     * @param pdu the PDU
     * @return its part, with SAR numbering when all three SAR TLVs are present and valid
     */
    public static InboundPart inboundPart(SubmitSm pdu) {
        return part(pdu.source(), pdu.destination(), pdu.dataCoding(), pdu.esmClass(), pdu.shortMessage(), pdu.tlvs());
    }

    /**
     * Returns the reassembly input of a received {@code deliver_sm}.
     *
     * @param pdu the PDU
     * @return its part, with SAR numbering when all three SAR TLVs are present and valid
     */
    public static InboundPart inboundPart(DeliverSm pdu) {
        return part(pdu.source(), pdu.destination(), pdu.dataCoding(), pdu.esmClass(), pdu.shortMessage(), pdu.tlvs());
    }

    /**
     * Returns the reassembly input of a received {@code data_sm} (user data in {@code message_payload}).
     *
     * @param pdu the PDU
     * @return its part, with SAR numbering when all three SAR TLVs are present and valid
     */
    public static InboundPart inboundPart(DataSm pdu) {
        return part(pdu.source(), pdu.destination(), pdu.dataCoding(), pdu.esmClass(), Bytes.EMPTY, pdu.tlvs());
    }

    private static InboundPart part(Address source, Address destination, DataCoding dataCoding, EsmClass esmClass,
            Bytes shortMessage, Tlvs tlvs) {
        Bytes userData = shortMessage.isEmpty()
                ? tlvs.get(StandardTlvs.MESSAGE_PAYLOAD).orElse(Bytes.EMPTY)
                : shortMessage;
        InboundPart part = InboundPart.of(source.value(), destination.value(), dataCoding.value(),
                esmClass.hasUdhi(), userData);
        Optional<Integer> reference = tlvs.get(StandardTlvs.SAR_MSG_REF_NUM);
        Optional<Integer> total = tlvs.get(StandardTlvs.SAR_TOTAL_SEGMENTS);
        Optional<Integer> sequence = tlvs.get(StandardTlvs.SAR_SEGMENT_SEQNUM);
        if (reference.isPresent() && total.isPresent() && sequence.isPresent()) {
            Optional<Concatenation> sar = Concatenation.fromWire(reference.get(), total.get(), sequence.get());
            if (sar.isPresent()) {
                return part.withSar(sar.get());
            }
        }
        return part;
    }

    /** The fields that differ between the parts of one planned message. */
    private record PartFields(EsmClass esmClass, DataCoding dataCoding, Bytes shortMessage, Tlvs tlvs) {

        static PartFields of(MessagePlan plan, MessagePlan.Segment segment, EsmClass esmClass, Tlvs template) {
            Tlvs tlvs = template.without(StandardTlvs.MESSAGE_PAYLOAD.tag())
                    .without(StandardTlvs.SAR_MSG_REF_NUM.tag())
                    .without(StandardTlvs.SAR_TOTAL_SEGMENTS.tag())
                    .without(StandardTlvs.SAR_SEGMENT_SEQNUM.tag());
            Bytes shortMessage = segment.userData();
            if (plan.usesMessagePayload()) {
                tlvs = tlvs.with(StandardTlvs.MESSAGE_PAYLOAD, segment.userData());
                shortMessage = Bytes.EMPTY;
            } else if (plan.carrier() == LongMessageCarrier.SAR && segment.concatenation().isPresent()) {
                Concatenation sar = segment.concatenation().get();
                tlvs = tlvs.with(StandardTlvs.SAR_MSG_REF_NUM, sar.reference())
                        .with(StandardTlvs.SAR_TOTAL_SEGMENTS, sar.total())
                        .with(StandardTlvs.SAR_SEGMENT_SEQNUM, sar.sequence());
            }
            // UDHI follows the segment: set with a UDH, cleared otherwise even if the template had it
            return new PartFields(esmClass.withUdhi(segment.udhi()), DataCoding.of(plan.dataCoding()), shortMessage,
                    tlvs);
        }
    }
}
