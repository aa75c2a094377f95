package io.github.smppkit.codec.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Options for {@link MessagePlanner#plan(String, PlanOptions)} and {@link MessagePlanner#planBinary}; binary data
 * uses only the carrier, reference, maxSegments and binaryDataCoding.
 *
 * <p>Thread-safety: immutable.
 *
 * @param encoding the encoding to use, or empty to choose automatically (GSM 7-bit, then national tables if
 *     allowed, then UCS-2: the fewest segments wins, earlier ones on a tie)
 * @param nationalLanguages national tables the planner may use (empty: none); used only with a UDH carrier,
 *     because SAR and {@code message_payload} leave the UDH to the MC
 * @param carrier how parts of a long message are linked
 * @param packed pack GSM septets into octets (default {@code false}: one septet per octet, as most MCs expect)
 * @param reference concatenation reference, 0..65535 (the low 8 bits with an 8-bit UDH reference); take it
 *     from a {@link ReferenceAllocator}
 * @param replacement text put in place of characters the encoding cannot carry; empty (default) means such a
 *     character raises {@link UnencodableCharacterException}
 * @param gsmDataCoding data_coding sent with GSM 7-bit text (0x00 by default; some MCs want 0xF0-0xF3); never a
 *     compressed scheme
 * @param binaryDataCoding data_coding sent with binary data (0x04 by default; 0x02 is the SMPP value for
 *     TDMA/CDMA, 0x14-0x17, 0x44-0x47 and 0xF4-0xF7 the 23.038 8-bit values with a class); never a compressed
 *     scheme
 * @param maxSegments most parts allowed, 1..255
 * @since 0.1.0
 */
public record PlanOptions(Optional<TextEncoding> encoding, Set<NationalLanguage> nationalLanguages,
        LongMessageCarrier carrier, boolean packed, int reference, Optional<String> replacement, int gsmDataCoding,
        int binaryDataCoding, int maxSegments) {

    private static final PlanOptions DEFAULTS = builder().build();

    /** Validates and copies. */
    public PlanOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(replacement, "replacement");
        nationalLanguages = Set.copyOf(nationalLanguages);
        if (reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("reference: " + reference + " (expected 0..65535)");
        }
        DataCodingScheme gsm = DataCodingScheme.of(gsmDataCoding);
        // a compressed scheme (23.038 bit 5) would make the receiver decompress plain septets
        if (gsm.alphabet() != Alphabet.GSM7 || gsm.compressed()) {
            throw new IllegalArgumentException("gsmDataCoding: " + gsmDataCoding
                    + " does not announce uncompressed GSM 7-bit");
        }
        DataCodingScheme binary = DataCodingScheme.of(binaryDataCoding);
        if (binary.alphabet() != Alphabet.BINARY || binary.compressed()) {
            throw new IllegalArgumentException("binaryDataCoding: " + binaryDataCoding
                    + " does not announce uncompressed 8-bit data");
        }
        if (maxSegments < 1 || maxSegments > 255) {
            throw new IllegalArgumentException("maxSegments: " + maxSegments + " (expected 1..255)");
        }
    }

    /**
     * Returns the defaults: automatic encoding, no national tables, 8-bit UDH reference 0, unpacked, strict.
     *
     * @return the default options
     */
    public static PlanOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with these values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.encoding = encoding;
        b.nationalLanguages = EnumSet.noneOf(NationalLanguage.class);
        b.nationalLanguages.addAll(nationalLanguages);
        b.carrier = carrier;
        b.packed = packed;
        b.reference = reference;
        b.replacement = replacement;
        b.gsmDataCoding = gsmDataCoding;
        b.binaryDataCoding = binaryDataCoding;
        b.maxSegments = maxSegments;
        return b;
    }

    /**
     * Builds {@link PlanOptions}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Optional<TextEncoding> encoding = Optional.empty();
        private EnumSet<NationalLanguage> nationalLanguages = EnumSet.noneOf(NationalLanguage.class);
        private LongMessageCarrier carrier = LongMessageCarrier.UDH_8BIT_REFERENCE;
        private boolean packed;
        private int reference;
        private Optional<String> replacement = Optional.empty();
        private int gsmDataCoding;
        private int binaryDataCoding = TextEncoding.BINARY.defaultDataCoding();
        private int maxSegments = 255;

        private Builder() {
        }

        /**
         * Forces an encoding.
         *
         * @param value the encoding
         * @return this builder
         */
        public Builder encoding(TextEncoding value) {
            this.encoding = Optional.of(value);
            return this;
        }

        /**
         * Lets the planner choose the encoding (the default).
         *
         * @return this builder
         */
        public Builder autoEncoding() {
            this.encoding = Optional.empty();
            return this;
        }

        /**
         * Sets the national tables the planner may use.
         *
         * @param value the languages (empty: none)
         * @return this builder
         */
        public Builder nationalLanguages(Set<NationalLanguage> value) {
            this.nationalLanguages = value.isEmpty() ? EnumSet.noneOf(NationalLanguage.class) : EnumSet.copyOf(value);
            return this;
        }

        /**
         * Allows every national table.
         *
         * @return this builder
         */
        public Builder allNationalLanguages() {
            this.nationalLanguages = EnumSet.allOf(NationalLanguage.class);
            return this;
        }

        /**
         * Sets the long-message carrier.
         *
         * @param value the carrier
         * @return this builder
         */
        public Builder carrier(LongMessageCarrier value) {
            this.carrier = Objects.requireNonNull(value, "carrier");
            return this;
        }

        /**
         * Packs GSM septets.
         *
         * @param value {@code true} to pack
         * @return this builder
         */
        public Builder packed(boolean value) {
            this.packed = value;
            return this;
        }

        /**
         * Sets the concatenation reference.
         *
         * @param value 0..65535
         * @return this builder
         */
        public Builder reference(int value) {
            this.reference = value;
            return this;
        }

        /**
         * Replaces unencodable characters instead of failing.
         *
         * @param value the replacement text, e.g. {@code "?"}; it must be encodable itself
         * @return this builder
         */
        public Builder replacement(String value) {
            this.replacement = Optional.of(value);
            return this;
        }

        /**
         * Sets the data_coding sent with GSM 7-bit text.
         *
         * @param value a value whose alphabet is GSM 7-bit, not compressed
         * @return this builder
         */
        public Builder gsmDataCoding(int value) {
            this.gsmDataCoding = value;
            return this;
        }

        /**
         * Sets the data_coding sent with binary data.
         *
         * @param value a value whose alphabet is 8-bit data, not compressed, e.g. 0x02
         * @return this builder
         */
        public Builder binaryDataCoding(int value) {
            this.binaryDataCoding = value;
            return this;
        }

        /**
         * Sets the most parts allowed.
         *
         * @param value 1..255
         * @return this builder
         */
        public Builder maxSegments(int value) {
            this.maxSegments = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first invalid value
         */
        public PlanOptions build() {
            return new PlanOptions(encoding, nationalLanguages, carrier, packed, reference, replacement, gsmDataCoding,
                    binaryDataCoding, maxSegments);
        }
    }
}
