package io.github.smppkit.codec.text;

import io.github.smppkit.codec.text.internal.OctetCodec;
import java.util.Optional;

/**
 * A {@code data_coding} octet and what it means (SMPP v3.4 §5.2.19, 3GPP TS 23.038 §4, reference §7.5).
 *
 * <pre>
 * 0x00-0x0F  SMPP values (0x00 MC default, 0x01 IA5, 0x02/0x04 binary, 0x03 Latin-1, 0x08 UCS2, ...)
 * 0x10-0x3F  23.038 group 00xx: bit 5 compressed, bit 4 class valid, bits 3-2 alphabet, bits 1-0 class
 * 0x40-0x7F  23.038 group 01xx: as 00xx, message marked for automatic deletion
 * 0x80-0xBF  reserved
 * 0xC0-0xCF  message waiting, discard message (GSM 7-bit)   bit 3 active, bits 1-0 indication type
 * 0xD0-0xDF  message waiting, store message (GSM 7-bit)
 * 0xE0-0xEF  message waiting, store message (UCS2)
 * 0xF0-0xFF  bit 2 alphabet (0 GSM 7-bit, 1 8-bit), bits 1-0 class
 * </pre>
 *
 * <p>0x00-0x0F follow the SMPP table even where 23.038 differs (0x01, 0x03). Unknown values are kept as they
 * came. Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record DataCodingScheme(int value) {

    /** Kind of message waiting indication (bits 1-0 of groups 0xC0-0xEF). */
    public enum IndicationType {
        /** Voicemail message waiting. */
        VOICEMAIL,
        /** Fax message waiting. */
        FAX,
        /** Electronic mail message waiting. */
        EMAIL,
        /** Other message waiting. */
        OTHER
    }

    /**
     * A message waiting indication (groups 0xC0-0xEF).
     *
     * @param active {@code true} to set the indication, {@code false} to clear it (bit 3)
     * @param type the kind of message waiting
     * @param store {@code false} for the "discard message" group 0xC0-0xCF
     */
    public record MessageWaiting(boolean active, IndicationType type, boolean store) {
    }

    private static final Alphabet[] SMPP = {
        Alphabet.GSM7, Alphabet.IA5, Alphabet.BINARY, Alphabet.LATIN1, Alphabet.BINARY, Alphabet.JIS,
        Alphabet.CYRILLIC, Alphabet.LATIN_HEBREW, Alphabet.UCS2, Alphabet.PICTOGRAM, Alphabet.ISO_2022_JP,
        Alphabet.RESERVED, Alphabet.RESERVED, Alphabet.EXTENDED_KANJI, Alphabet.KS_C_5601, Alphabet.RESERVED
    };
    private static final Alphabet[] GROUP_ALPHABET = {Alphabet.GSM7, Alphabet.BINARY, Alphabet.UCS2, Alphabet.RESERVED};
    private static final MessageClass[] CLASSES = {
        MessageClass.CLASS_0, MessageClass.CLASS_1, MessageClass.CLASS_2, MessageClass.CLASS_3
    };
    private static final IndicationType[] TYPES = {
        IndicationType.VOICEMAIL, IndicationType.FAX, IndicationType.EMAIL, IndicationType.OTHER
    };

    /** Validates the range. */
    public DataCodingScheme {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("data_coding: " + value + " (expected 0..255)");
        }
    }

    /**
     * Returns the scheme for an octet.
     *
     * @param value 0..255 (a signed byte is accepted as well)
     * @return the scheme
     */
    public static DataCodingScheme of(int value) {
        return new DataCodingScheme(value >= -128 && value < 0 ? value & 0xFF : value);
    }

    private boolean generalGroup() {
        return value >= 0x10 && value <= 0x7F;
    }

    /**
     * Returns the alphabet the value announces.
     *
     * @return the alphabet; {@link Alphabet#RESERVED} for reserved values
     */
    public Alphabet alphabet() {
        if (value < 0x10) {
            return SMPP[value];
        }
        if (generalGroup()) {
            return GROUP_ALPHABET[(value >> 2) & 3];
        }
        if (value < 0xC0) {
            return Alphabet.RESERVED;
        }
        if (value < 0xE0) {
            return Alphabet.GSM7;
        }
        if (value < 0xF0) {
            return Alphabet.UCS2;
        }
        return (value & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY;
    }

    /**
     * Returns the message class, when the value carries one.
     *
     * @return the class for 0x10-0x1F, 0x30-0x3F, 0x50-0x5F, 0x70-0x7F and 0xF0-0xFF; empty otherwise
     */
    public Optional<MessageClass> messageClass() {
        if ((generalGroup() && (value & 0x10) != 0) || value >= 0xF0) {
            return Optional.of(CLASSES[value & 3]);
        }
        return Optional.empty();
    }

    /**
     * Tells whether the text is compressed (23.038 groups 00xx/01xx, bit 5).
     *
     * @return {@code true} for 0x20-0x3F and 0x60-0x7F
     */
    public boolean compressed() {
        return generalGroup() && (value & 0x20) != 0;
    }

    /**
     * Tells whether the message is marked for automatic deletion (23.038 group 01xx).
     *
     * @return {@code true} for 0x40-0x7F
     */
    public boolean autoDelete() {
        return value >= 0x40 && value <= 0x7F;
    }

    /**
     * Returns the message waiting indication of groups 0xC0-0xEF.
     *
     * @return the indication, or empty for other values
     */
    public Optional<MessageWaiting> messageWaiting() {
        if (value < 0xC0 || value >= 0xF0) {
            return Optional.empty();
        }
        return Optional.of(new MessageWaiting((value & 0x08) != 0, TYPES[value & 3], value >= 0xD0));
    }

    /**
     * Returns a codec for the text, when the alphabet is one this package decodes and the text is not
     * compressed. GSM 7-bit is returned unpacked with default tables; packing and shift tables come from the
     * connection setting and the UDH.
     *
     * @return the codec, or empty (binary, compressed, JIS, Cyrillic, ...)
     */
    public Optional<TextCodec> textCodec() {
        if (compressed()) {
            return Optional.empty();
        }
        switch (alphabet()) {
            case GSM7:
                return Optional.of(GsmAlphabet.standard());
            case UCS2:
                return Optional.of(OctetCodec.UCS2);
            case LATIN1:
                return Optional.of(OctetCodec.LATIN1);
            case IA5:
                return Optional.of(OctetCodec.IA5);
            default:
                return Optional.empty();
        }
    }

    /** Returns e.g. {@code DataCodingScheme(0x08 UCS2)}. */
    @Override
    public String toString() {
        String hex = Integer.toHexString(value);
        return "DataCodingScheme(0x" + (hex.length() == 1 ? "0" : "") + hex + " " + alphabet() + ")";
    }
}
