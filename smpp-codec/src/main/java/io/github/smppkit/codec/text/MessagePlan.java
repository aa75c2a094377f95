package io.github.smppkit.codec.text;

import io.github.smppkit.codec.type.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a text is sent: encoding, data_coding and the parts, ready to go into submit_sm PDUs.
 *
 * <p>Units are septets (GSM 7-bit), 16-bit code units (UCS-2) or octets (Latin-1, IA5). With
 * {@link LongMessageCarrier#MESSAGE_PAYLOAD} there is one segment holding the whole text, and {@link #smsCount()}
 * tells how many short messages the MC will make of it (8-bit reference capacities).
 *
 * <p>Thread-safety: immutable.
 *
 * @param text the text as sent (after any replacement the caller asked for)
 * @param encoding the chosen encoding
 * @param dataCoding the data_coding to send
 * @param lockingShift national locking-shift table in use (UDH IEI 0x25)
 * @param singleShift national single-shift table in use (UDH IEI 0x24)
 * @param carrier how the parts are linked
 * @param packed whether GSM septets are packed
 * @param segments the parts, in order; their texts concatenate to {@link #text()}
 * @param unitsUsed units of the whole text
 * @param unitsLeft units still free in the last short message
 * @param smsCount short messages on the air interface
 * @since 0.1.0
 */
public record MessagePlan(String text, TextEncoding encoding, int dataCoding, Optional<NationalLanguage> lockingShift,
        Optional<NationalLanguage> singleShift, LongMessageCarrier carrier, boolean packed, List<Segment> segments,
        int unitsUsed, int unitsLeft, int smsCount) {

    /** Validates and copies. */
    public MessagePlan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        Objects.requireNonNull(carrier, "carrier");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("segments: empty");
        }
    }

    /**
     * Returns the number of parts (PDUs).
     *
     * @return at least 1
     */
    public int segmentCount() {
        return segments.size();
    }

    /**
     * Tells whether the parts go in {@code message_payload} rather than {@code short_message}.
     *
     * @return {@code true} for {@link LongMessageCarrier#MESSAGE_PAYLOAD}
     */
    public boolean usesMessagePayload() {
        return carrier == LongMessageCarrier.MESSAGE_PAYLOAD;
    }

    /**
     * One part.
     *
     * @param text the slice of the text this part carries (never ends inside a surrogate pair or escape)
     * @param units units of {@code text}
     * @param udh the UDH including UDHL, or empty (then esm_class UDHI stays clear)
     * @param userData what goes in short_message (or message_payload): UDH followed by the encoded text
     * @param concatenation part numbering for a multi-part message: in the UDH, or for SAR in the TLVs
     */
    public record Segment(String text, int units, Bytes udh, Bytes userData, Optional<Concatenation> concatenation) {
        /** Validates. */
        public Segment {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(udh, "udh");
            Objects.requireNonNull(userData, "userData");
            Objects.requireNonNull(concatenation, "concatenation");
        }

        /**
         * Tells whether esm_class must carry UDHI (0x40).
         *
         * @return {@code true} when {@link #udh()} is not empty
         */
        public boolean udhi() {
            return !udh.isEmpty();
        }
    }
}
