package io.github.smppkit.codec.text;

/**
 * The character set a {@code data_coding} value announces (reference §7.5).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum Alphabet {
    /** GSM 03.38 7-bit default alphabet; also SMPP 0x00 "MC default", which GSM MCs treat as GSM 7-bit. */
    GSM7,
    /** IA5 (CCITT T.50) / ASCII, SMPP 0x01. */
    IA5,
    /** 8-bit binary (SMPP 0x02, 0x04; 23.038 8-bit data). */
    BINARY,
    /** ISO-8859-1, SMPP 0x03. */
    LATIN1,
    /** JIS X 0208-1990, SMPP 0x05. */
    JIS,
    /** ISO-8859-5, SMPP 0x06. */
    CYRILLIC,
    /** ISO-8859-8, SMPP 0x07. */
    LATIN_HEBREW,
    /** UCS-2 big-endian, SMPP 0x08 and 23.038 UCS2. */
    UCS2,
    /** Pictogram encoding, SMPP 0x09. */
    PICTOGRAM,
    /** ISO-2022-JP (music codes), SMPP 0x0A. */
    ISO_2022_JP,
    /** Extended Kanji JIS X 0212-1990, SMPP 0x0D. */
    EXTENDED_KANJI,
    /** KS C 5601, SMPP 0x0E. */
    KS_C_5601,
    /** A reserved value or alphabet code. */
    RESERVED
}
