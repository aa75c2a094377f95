package io.github.smppkit.codec;

/**
 * Settings of a {@link PduCodec}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param maxCommandLength largest accepted command_length (default 70 000, reference §2.4); 16..0x7FFFFFFF
 * @param errorResponseBody whether error responses (status not OK) are encoded with their body; the default
 *     {@code false} writes them header-only as v3.4 §2.6 asks (interop switch for peers that insist)
 * @param strictness what to do with a standard TLV of the wrong length
 * @param maxShortMessageLength largest short_message the encoder emits (default 254 for v3.4; up to 255)
 * @param maxEmittedAddressLength longest data_sm or alert_notification address and cancel_sm destination_addr the
 *     encoder emits (default 20 as most peers expect, reference §4.11/§4.14/§4.16; up to 64, what the decoder
 *     accepts, for relays)
 * @param maxTlvs most TLVs a decoded PDU may carry (default 256; real PDUs carry a few dozen at most), so that a
 *     peer cannot make one PDU cost thousands of objects
 * @since 0.1.0
 */
public record CodecConfig(int maxCommandLength, boolean errorResponseBody, Strictness strictness,
        int maxShortMessageLength, int maxEmittedAddressLength, int maxTlvs) {

    /** Default maximum command_length. */
    public static final int DEFAULT_MAX_COMMAND_LENGTH = 70_000;
    /** Default maximum short_message length on encode. */
    public static final int DEFAULT_MAX_SHORT_MESSAGE_LENGTH = 254;
    /** Default maximum length of the addresses accepted longer on decode than emitted. */
    public static final int DEFAULT_MAX_EMITTED_ADDRESS_LENGTH = 20;
    /** Default maximum number of TLVs in a decoded PDU. */
    public static final int DEFAULT_MAX_TLVS = 256;

    private static final CodecConfig DEFAULTS = new CodecConfig(DEFAULT_MAX_COMMAND_LENGTH, false,
            Strictness.LENIENT, DEFAULT_MAX_SHORT_MESSAGE_LENGTH, DEFAULT_MAX_EMITTED_ADDRESS_LENGTH,
            DEFAULT_MAX_TLVS);

    /**
     * Validates the settings.
     *
     * @param maxCommandLength largest accepted command_length
     * @param errorResponseBody whether error responses carry their body
     * @param strictness TLV length handling
     * @param maxShortMessageLength largest emitted short_message
     * @param maxEmittedAddressLength longest emitted data_sm / cancel_sm / alert_notification address
     * @param maxTlvs most TLVs per decoded PDU
     */
    public CodecConfig {
        if (maxCommandLength < 16) {
            throw new IllegalArgumentException("maxCommandLength: " + maxCommandLength + " < 16");
        }
        if (strictness == null) {
            throw new NullPointerException("strictness");
        }
        if (maxShortMessageLength < 0 || maxShortMessageLength > 255) {
            throw new IllegalArgumentException("maxShortMessageLength: " + maxShortMessageLength
                    + " not in 0..255");
        }
        if (maxEmittedAddressLength < 20 || maxEmittedAddressLength > 64) {
            throw new IllegalArgumentException("maxEmittedAddressLength: " + maxEmittedAddressLength
                    + " not in 20..64");
        }
        if (maxTlvs < 0) {
            throw new IllegalArgumentException("maxTlvs: " + maxTlvs + " < 0");
        }
    }

    /**
     * Returns the defaults: 70 000, header-only error responses, lenient, 254, 20-character addresses, 256 TLVs.
     *
     * @return the default settings
     */
    public static CodecConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * Returns a builder starting from these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link CodecConfig}.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int maxCommandLength;
        private boolean errorResponseBody;
        private Strictness strictness;
        private int maxShortMessageLength;
        private int maxEmittedAddressLength;
        private int maxTlvs;

        private Builder(CodecConfig from) {
            maxCommandLength = from.maxCommandLength;
            errorResponseBody = from.errorResponseBody;
            strictness = from.strictness;
            maxShortMessageLength = from.maxShortMessageLength;
            maxEmittedAddressLength = from.maxEmittedAddressLength;
            maxTlvs = from.maxTlvs;
        }

        /**
         * Sets the largest accepted command_length.
         *
         * @param value 16 or more
         * @return this builder
         */
        public Builder maxCommandLength(int value) {
            maxCommandLength = value;
            return this;
        }

        /**
         * Sets whether error responses are encoded with their body.
         *
         * @param value the switch
         * @return this builder
         */
        public Builder errorResponseBody(boolean value) {
            errorResponseBody = value;
            return this;
        }

        /**
         * Sets the TLV length handling.
         *
         * @param value the strictness
         * @return this builder
         */
        public Builder strictness(Strictness value) {
            strictness = value;
            return this;
        }

        /**
         * Sets the largest emitted short_message.
         *
         * @param value 0..255
         * @return this builder
         */
        public Builder maxShortMessageLength(int value) {
            maxShortMessageLength = value;
            return this;
        }

        /**
         * Sets the longest data_sm or alert_notification address and cancel_sm destination_addr emitted.
         *
         * @param value 20..64
         * @return this builder
         */
        public Builder maxEmittedAddressLength(int value) {
            maxEmittedAddressLength = value;
            return this;
        }

        /**
         * Sets the most TLVs a decoded PDU may carry; more are answered with {@code ESME_RINVTLVSTREAM}.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder maxTlvs(int value) {
            maxTlvs = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public CodecConfig build() {
            return new CodecConfig(maxCommandLength, errorResponseBody, strictness, maxShortMessageLength,
                    maxEmittedAddressLength, maxTlvs);
        }
    }
}
