package io.github.smppkit.dlr;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.text.GsmAlphabet;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.dlr.internal.ReceiptDates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the standard receipt text of v3.4 Appendix B (reference §10):
 * {@code id:X sub:001 dlvrd:001 submit date:2111040501 done date:2111040501 stat:DELIVRD err:000 text:...}.
 *
 * <p>All eight standard labels are always written (empty values as nothing after the colon), extra fields go
 * between {@code err:} and {@code text:}, and values are written as they are: the formatter neither pads nor cuts
 * (use {@link #excerpt(String)} for the 20-character {@code text:}). TLV values are not part of the text.
 *
 * <p>Round trip: {@code parser.parse(formatter.format(r))} gives back {@code r}, with the state derived from the
 * {@code stat} word, for any receipt with a {@code stat} or a one-word {@code id} (else the text is not a receipt),
 * whose values have no leading or trailing whitespace, whose values other than {@code text} contain no
 * {@code label:} word after whitespace, whose dates fit the date style, and when parser and formatter use the same
 * zone.
 *
 * <p>Thread-safety: immutable, safe to share.
 *
 * @since 0.1.0
 */
public final class ReceiptFormatter {

    /**
     * How dates are written.
     *
     * <p>Thread-safety: immutable.
     *
     * @since 0.1.0
     */
    public enum DateStyle {
        /** {@code yyMMddHHmm} when the seconds are 0, else {@code yyMMddHHmmss}; {@code yyyyMMddHHmmss} for years outside 2000..2099. */
        AUTO,
        /** {@code yyMMddHHmm} (the appendix form; seconds are dropped). */
        MINUTES,
        /**
         * {@code yyMMddHHmm} as {@link #MINUTES}, but {@code yyyyMMddHHmmss} for a year outside 2000..2099 rather
         * than refusing it: what an SMSC sends whatever its clock says.
         */
        APPENDIX,
        /** {@code yyMMddHHmmss}. */
        SECONDS,
        /** {@code yyyyMMddHHmmss}. */
        FULL
    }

    /** By octet below 0x80: whether GSM and ASCII read it as the same character. */
    private static final boolean[] SAME_IN_GSM_AND_ASCII = octetsSameInGsmAndAscii();
    private static final ReceiptFormatter STANDARD = new ReceiptFormatter(ZoneOffset.UTC, DateStyle.AUTO);
    private static final int EXCERPT_LENGTH = 20;
    private static final int MAX_SHORT_MESSAGE = 254;
    private static final int MAX_RECEIPTED_ID = 64;

    private final ZoneId zone;
    private final DateStyle dateStyle;

    private ReceiptFormatter(ZoneId zone, DateStyle dateStyle) {
        this.zone = zone;
        this.dateStyle = dateStyle;
    }

    /**
     * Returns the formatter with UTC dates in {@link DateStyle#AUTO}.
     *
     * @return a shared formatter
     */
    public static ReceiptFormatter standard() {
        return STANDARD;
    }

    /**
     * Returns a formatter writing local times of {@code zone} in {@code dateStyle}.
     *
     * @param zone the zone
     * @param dateStyle the date style
     * @return the formatter
     */
    public static ReceiptFormatter of(ZoneId zone, DateStyle dateStyle) {
        return new ReceiptFormatter(Objects.requireNonNull(zone, "zone"), Objects.requireNonNull(dateStyle, "dateStyle"));
    }

    /**
     * Writes a receipt.
     *
     * @param receipt the receipt
     * @return the text
     * @throws IllegalArgumentException if a date's year does not fit the date style (10 and 12 digit forms carry
     *         years 2000..2099 only)
     */
    public String format(DeliveryReceipt receipt) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("id:").append(receipt.id())
                .append(" sub:").append(receipt.sub())
                .append(" dlvrd:").append(receipt.dlvrd())
                .append(" submit date:").append(date(receipt.submitDate()))
                .append(" done date:").append(date(receipt.doneDate()))
                .append(" stat:").append(receipt.stat())
                .append(" err:").append(receipt.err());
        for (Map.Entry<String, String> e : receipt.extraFields().entrySet()) {
            sb.append(' ').append(e.getKey()).append(':').append(e.getValue());
        }
        return sb.append(" text:").append(receipt.text()).toString();
    }

    /**
     * Builds the {@code deliver_sm} an MC sends for a receipt (as the simulator does): {@code esm_class} from the
     * receipt's kind, {@code data_coding} 0 for text whose characters have the same codes in ASCII and in the GSM
     * default alphabet (letters, digits, space, CR, LF and most punctuation, but not {@code $ @ [ \ ] ^ _ `} or
     * {@code { | } ~}) and 3 (Latin-1) otherwise, since many ESMEs read 0 as GSM and others as ASCII; the
     * formatted text as Latin-1 ({@code ?} for other characters) in
     * {@code short_message}, or in {@code message_payload} when longer than 254 octets, and the TLVs
     * {@code receipted_message_id} ({@link DeliveryReceipt#messageId()}, when 1..64 Latin-1 characters),
     * {@code message_state} (the receipt's state, unless {@link ReceiptState#OTHER}) and
     * {@code network_error_code} (when set). The sequence number is 0, for the session to assign.
     *
     * @param receipt the receipt
     * @param source {@code source_addr}: the original message's destination
     * @param destination {@code destination_addr}: the original message's source
     * @return the PDU
     * @throws IllegalArgumentException if a date does not fit the date style
     */
    public DeliverSm toDeliverSm(DeliveryReceipt receipt, Address source, Address destination) {
        Bytes text = latin1(format(receipt));
        Tlvs.Builder tlvs = Tlvs.builder();
        String id = receipt.messageId();
        if (!id.isEmpty() && id.length() <= MAX_RECEIPTED_ID && id.chars().allMatch(c -> c > 0 && c <= 0xFF)) {
            tlvs.add(StandardTlvs.RECEIPTED_MESSAGE_ID, id);
        }
        receipt.state().messageStateValue().ifPresent(v -> tlvs.add(StandardTlvs.MESSAGE_STATE, v));
        receipt.networkErrorCode().ifPresent(e -> tlvs.add(StandardTlvs.NETWORK_ERROR_CODE, Bytes.of(
                (byte) e.networkType(), (byte) (e.errorCode() >> 8), (byte) e.errorCode())));
        boolean fits = text.size() <= MAX_SHORT_MESSAGE;
        if (!fits) {
            tlvs.add(StandardTlvs.MESSAGE_PAYLOAD, text);
        }
        boolean gsmAsAscii = true;
        for (int i = 0; i < text.size() && gsmAsAscii; i++) {
            gsmAsAscii = sameInGsmAndAscii(text.get(i));
        }
        return DeliverSm.builder().source(source).destination(destination)
                .esmClass(EsmClass.of(receipt.kind().messageType()))
                .dataCoding(gsmAsAscii ? DataCoding.DEFAULT : DataCoding.LATIN1)
                .shortMessage(fits ? text : Bytes.EMPTY).tlvs(tlvs.build()).build();
    }

    /** Tells whether an octet means the same character in ASCII and in the GSM 7-bit basic table (reference §11.1). */
    private static boolean sameInGsmAndAscii(int octet) {
        return octet < SAME_IN_GSM_AND_ASCII.length && SAME_IN_GSM_AND_ASCII[octet];
    }

    /** Read from the codec's GSM table, octet by octet (0x1B alone is an escape, never ASCII ESC). */
    private static boolean[] octetsSameInGsmAndAscii() {
        boolean[] same = new boolean[0x80];
        for (int octet = 0; octet < same.length; octet++) {
            String gsm = GsmAlphabet.standard().decodeSeptets(new byte[] {(byte) octet}, 0, 1);
            same[octet] = gsm.length() == 1 && gsm.charAt(0) == octet;
        }
        return same;
    }

    /** Latin-1, one {@code ?} for each character it lacks: an emoji (a surrogate pair) is one, not two. */
    private static Bytes latin1(String s) {
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            }
            out[n++] = (byte) (c <= 0xFF ? c : '?');
        }
        return n == out.length ? Bytes.of(out) : Bytes.copyOf(out, 0, n);
    }

    private String date(Optional<Instant> instant) {
        if (instant.isEmpty()) {
            return "";
        }
        Instant t = instant.get();
        return ReceiptDates.format(t, zone, digits(t));
    }

    private int digits(Instant t) {
        return switch (dateStyle) {
            case MINUTES -> 10;
            case APPENDIX -> ReceiptDates.fitsTwoDigitYear(t, zone) ? 10 : 14;
            case SECONDS -> 12;
            case FULL -> 14;
            case AUTO -> !ReceiptDates.fitsTwoDigitYear(t, zone) ? 14 : t.atZone(zone).getSecond() == 0 ? 10 : 12;
        };
    }

    /**
     * Returns the start of a message for the {@code text:} field: its first 20 characters, never splitting a
     * surrogate pair.
     *
     * @param message the message text
     * @return at most 20 characters
     */
    public static String excerpt(String message) {
        if (message.length() <= EXCERPT_LENGTH) {
            return message;
        }
        int end = EXCERPT_LENGTH;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end);
    }
}
