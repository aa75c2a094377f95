package io.github.smppkit.codec.text;

import io.github.smppkit.codec.type.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a text or binary data is sent: encoding, data_coding and the parts, ready to go into submit_sm PDUs.
 *
 * <p>Units are septets (GSM 7-bit), 16-bit code units (UCS-2) or octets (Latin-1, IA5, binary). With
 * {@link LongMessageCarrier#MESSAGE_PAYLOAD} there is one segment holding the whole text, and {@link #smsCount()}
 * tells how many short messages the MC will make of it (8-bit reference capacities).
 *
 * <p>A plan of binary data ({@link TextEncoding#BINARY}, from {@link MessagePlanner#planBinary}) has no text, nor
 * have its segments: {@link #hasText()} is {@code false} and {@link #text()} throws rather than pass off the
 * octets as an empty text; the data is in each segment's user data after its UDH.
 *
 * <p>Thread-safety: immutable.
 *
 * @param text the text as sent (after any replacement the caller asked for); {@code null} exactly when the
 *     encoding is {@link TextEncoding#BINARY}
 * @param encoding the chosen encoding
 * @param dataCoding the data_coding to send
 * @param lockingShift national locking-shift table in use (UDH IEI 0x25)
 * @param singleShift national single-shift table in use (UDH IEI 0x24)
 * @param carrier how the parts are linked
 * @param packed whether GSM septets are packed
 * @param segments the parts, in order; their texts concatenate to {@link #text()}, their octets after the UDH
 *     to the binary data
 * @param unitsUsed units of the whole text (octets of binary data)
 * @param unitsLeft units still free in the last short message
 * @param smsCount short messages on the air interface
 * @since 0.1.0
 */
public record MessagePlan(String text, TextEncoding encoding, int dataCoding, Optional<NationalLanguage> lockingShift,
        Optional<NationalLanguage> singleShift, LongMessageCarrier carrier, boolean packed, List<Segment> segments,
        int unitsUsed, int unitsLeft, int smsCount) {

    /** Validates and copies. */
    public MessagePlan {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        Objects.requireNonNull(carrier, "carrier");
        boolean binary = encoding == TextEncoding.BINARY;
        if ((text == null) != binary) {
            throw new IllegalArgumentException(binary ? "text: a binary plan has none" : "text: null");
        }
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("segments: empty");
        }
        for (Segment segment : segments) {
            if (segment.hasText() == binary) {
                throw new IllegalArgumentException("segments: " + (binary ? "a text part in a binary plan"
                        : "a binary part in a text plan"));
            }
        }
    }

    /**
     * Returns the text as sent.
     *
     * @return the text
     * @throws IllegalStateException for a binary plan, which has no text (see {@link #hasText()})
     */
    @Override
    public String text() {
        if (text == null) {
            throw new IllegalStateException("a binary plan has no text; its octets are in the segments' user data");
        }
        return text;
    }

    /**
     * Tells whether the plan carries a text.
     *
     * @return {@code false} for binary data ({@link TextEncoding#BINARY})
     */
    public boolean hasText() {
        return text != null;
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
     * @param text the slice of the text this part carries (never ends inside a surrogate pair or escape);
     *     {@code null} for a part of binary data
     * @param units units of {@code text} (octets of binary data)
     * @param udh the UDH including UDHL, or empty (then esm_class UDHI stays clear)
     * @param userData what goes in short_message (or message_payload): UDH followed by the encoded text or the octets
     * @param concatenation part numbering for a multi-part message: in the UDH, or for SAR in the TLVs
     */
    public record Segment(String text, int units, Bytes udh, Bytes userData, Optional<Concatenation> concatenation) {
        /** Validates. */
        public Segment {
            Objects.requireNonNull(udh, "udh");
            Objects.requireNonNull(userData, "userData");
            Objects.requireNonNull(concatenation, "concatenation");
        }

        /**
         * Returns the slice of the text this part carries.
         *
         * @return the text
         * @throws IllegalStateException for a part of binary data, which has no text (see {@link #hasText()})
         */
        @Override
        public String text() {
            if (text == null) {
                throw new IllegalStateException("a part of binary data has no text; its octets follow the UDH in "
                        + "userData()");
            }
            return text;
        }

        /**
         * Tells whether the part carries text.
         *
         * @return {@code false} for a part of binary data
         */
        public boolean hasText() {
            return text != null;
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
