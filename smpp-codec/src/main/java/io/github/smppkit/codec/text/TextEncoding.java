package io.github.smppkit.codec.text;

/**
 * The encodings the planner sends with, and the {@code data_coding} each is sent with by default (SMPP v3.4
 * §5.2.19, reference §7.5). The four text encodings can be chosen for a text; {@link #BINARY} is only the
 * encoding of {@link MessagePlanner#planBinary planned binary data}, which has no text.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum TextEncoding {
    /** GSM 03.38 default alphabet (optionally with national shift tables); units are septets; data_coding 0x00. */
    GSM7("gsm7", 0x00),
    /** UCS-2 big-endian, supplementary characters as surrogate pairs; units are 16-bit code units; 0x08. */
    UCS2("ucs2", 0x08),
    /** ISO-8859-1; units are octets; data_coding 0x03. */
    LATIN1("latin1", 0x03),
    /** IA5 / ASCII (7-bit values, one per octet); units are octets; data_coding 0x01. */
    IA5("ia5", 0x01),
    /**
     * 8-bit binary data, not text; units are octets; data_coding 0x04 (0x02 and the 23.038 8-bit values can be
     * set with {@link PlanOptions#binaryDataCoding()}). There is no {@link TextCodec} for it.
     */
    BINARY("binary", 0x04);

    private final String label;
    private final int dataCoding;

    TextEncoding(String label, int dataCoding) {
        this.label = label;
        this.dataCoding = dataCoding;
    }

    /**
     * Returns the short lower-case name used by the CLI and JSON output.
     *
     * @return e.g. {@code "gsm7"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the {@code data_coding} value this encoding is sent with unless configured otherwise.
     *
     * @return the octet value
     */
    public int defaultDataCoding() {
        return dataCoding;
    }
}
