package io.github.smppkit.codec.text;

/**
 * How a text longer than one short message travels (reference §12, §13).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum LongMessageCarrier {
    /** Concatenation UDH IEI 0x00 with an 8-bit reference in each part (esm_class UDHI set). */
    UDH_8BIT_REFERENCE,
    /** Concatenation UDH IEI 0x08 with a 16-bit reference in each part (esm_class UDHI set). */
    UDH_16BIT_REFERENCE,
    /**
     * SAR TLVs (sar_msg_ref_num, sar_total_segments, sar_segment_seqnum), no UDH: the MC builds the
     * concatenation UDH, so each part is planned with the capacity left by an 8-bit-reference UDH
     * (153 septets, 134 octets, 67 UCS-2 units).
     */
    SAR,
    /** The whole text in one {@code message_payload} TLV; the MC splits it. */
    MESSAGE_PAYLOAD
}
