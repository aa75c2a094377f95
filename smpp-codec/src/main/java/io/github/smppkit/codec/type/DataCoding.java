package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * The {@code data_coding} octet (reference §7.5). A record so that every value, including 3GPP TS 23.038
 * schemes and reserved values, round-trips.
 *
 * <p>Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record DataCoding(int value) {

    private static final DataCoding[] CACHE = new DataCoding[256];

    static {
        for (int i = 0; i < 256; i++) {
            CACHE[i] = new DataCoding(i);
        }
    }

    /** 0x00: MC default alphabet (normally GSM 03.38). */
    public static final DataCoding DEFAULT = CACHE[0x00];
    /** 0x01: IA5 / ASCII. */
    public static final DataCoding IA5 = CACHE[0x01];
    /** 0x02: 8-bit binary (TDMA/CDMA). */
    public static final DataCoding BINARY_2 = CACHE[0x02];
    /** 0x03: Latin-1. */
    public static final DataCoding LATIN1 = CACHE[0x03];
    /** 0x04: 8-bit binary. */
    public static final DataCoding BINARY = CACHE[0x04];
    /** 0x05: JIS (X 0208-1990). */
    public static final DataCoding JIS = CACHE[0x05];
    /** 0x06: Cyrillic (ISO-8859-5). */
    public static final DataCoding CYRILLIC = CACHE[0x06];
    /** 0x07: Latin/Hebrew (ISO-8859-8). */
    public static final DataCoding HEBREW = CACHE[0x07];
    /** 0x08: UCS-2 big-endian. */
    public static final DataCoding UCS2 = CACHE[0x08];
    /** 0x09: pictogram encoding. */
    public static final DataCoding PICTOGRAM = CACHE[0x09];
    /** 0x0A: ISO-2022-JP (music codes). */
    public static final DataCoding ISO_2022_JP = CACHE[0x0A];
    /** 0x0D: extended Kanji JIS (X 0212-1990). */
    public static final DataCoding EXTENDED_KANJI_JIS = CACHE[0x0D];
    /** 0x0E: KS C 5601. */
    public static final DataCoding KS_C_5601 = CACHE[0x0E];
    /** 0xF0: GSM 7-bit, class 0 (flash). */
    public static final DataCoding GSM7_CLASS0 = CACHE[0xF0];
    /** 0xF4: 8-bit data, class 0. */
    public static final DataCoding BINARY_CLASS0 = CACHE[0xF4];
    /** 0x18: UCS-2, class 0 (flash, TS 23.038 group 00xx). */
    public static final DataCoding UCS2_CLASS0 = CACHE[0x18];

    /**
     * Validates the range.
     *
     * @param value the octet
     */
    public DataCoding {
        Check.octet(value, "data_coding");
    }

    /**
     * Returns the cached instance.
     *
     * @param value 0..255
     * @return the data_coding
     */
    public static DataCoding of(int value) {
        if (value < 0 || value > 255) {
            Check.octet(value, "data_coding");
        }
        return CACHE[value];
    }
}
