package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.RegisteredDelivery;

/**
 * <code>replace_sm</code> (reference §4.15): no service_type.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param messageId message_id
 * @param source source_addr with its TON and NPI
 * @param scheduleDeliveryTime schedule_delivery_time ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param validityPeriod validity_period ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param registeredDelivery registered_delivery
 * @param smDefaultMsgId sm_default_msg_id
 * @param shortMessage short_message
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record ReplaceSm(int sequenceNumber, String messageId, Address source, String scheduleDeliveryTime,
        String validityPeriod, RegisteredDelivery registeredDelivery, int smDefaultMsgId, Bytes shortMessage,
        Tlvs tlvs) implements Request<ReplaceSmResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param messageId message_id
     * @param source source_addr
     * @param scheduleDeliveryTime schedule_delivery_time
     * @param validityPeriod validity_period
     * @param registeredDelivery registered_delivery
     * @param smDefaultMsgId sm_default_msg_id
     * @param shortMessage short_message
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public ReplaceSm {
        Check.cString(messageId, 65, "message_id");
        Check.address(source, 21, "source_addr");
        Check.time(scheduleDeliveryTime, "schedule_delivery_time");
        Check.time(validityPeriod, "validity_period");
        Check.notNull(registeredDelivery, "registered_delivery");
        Check.octet(smDefaultMsgId, "sm_default_msg_id");
        if (Check.notNull(shortMessage, "short_message").size() > 255) {
            throw new IllegalArgumentException("short_message: " + shortMessage.size() + " > 255");
        }
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.REPLACE_SM;
    }

    @Override
    public ReplaceSm withSequenceNumber(int sequenceNumber) {
        return new ReplaceSm(sequenceNumber, messageId, source, scheduleDeliveryTime, validityPeriod,
                registeredDelivery, smDefaultMsgId, shortMessage, tlvs);
    }

    @Override
    public ReplaceSmResp response(CommandStatus status) {
        return ReplaceSmResp.of(sequenceNumber, status);
    }

    @Override
    public Class<ReplaceSmResp> responseType() {
        return ReplaceSmResp.class;
    }

    /**
     * Returns a builder with every field empty or 0 and no TLVs.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this PDU's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sequenceNumber = sequenceNumber;
        b.messageId = messageId;
        b.source = source;
        b.scheduleDeliveryTime = scheduleDeliveryTime;
        b.validityPeriod = validityPeriod;
        b.registeredDelivery = registeredDelivery;
        b.smDefaultMsgId = smDefaultMsgId;
        b.shortMessage = shortMessage;
        b.tlvs = tlvs;
        return b;
    }

    /**
     * Builds a {@link ReplaceSm}; {@link #build()} validates.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int sequenceNumber = 0;
        private String messageId = "";
        private Address source = Address.EMPTY;
        private String scheduleDeliveryTime = "";
        private String validityPeriod = "";
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private int smDefaultMsgId = 0;
        private Bytes shortMessage = Bytes.EMPTY;
        private Tlvs tlvs = Tlvs.empty();

        private Builder() {
        }

        /**
         * Sets sequence_number.
         *
         * @param value the value
         * @return this builder
         */
        public Builder sequenceNumber(int value) {
            this.sequenceNumber = value;
            return this;
        }

        /**
         * Sets message_id.
         *
         * @param value the value
         * @return this builder
         */
        public Builder messageId(String value) {
            this.messageId = value;
            return this;
        }

        /**
         * Sets source_addr.
         *
         * @param value the value
         * @return this builder
         */
        public Builder source(Address value) {
            this.source = value;
            return this;
        }

        /**
         * Sets schedule_delivery_time.
         *
         * @param value the value
         * @return this builder
         */
        public Builder scheduleDeliveryTime(String value) {
            this.scheduleDeliveryTime = value;
            return this;
        }

        /**
         * Sets validity_period.
         *
         * @param value the value
         * @return this builder
         */
        public Builder validityPeriod(String value) {
            this.validityPeriod = value;
            return this;
        }

        /**
         * Sets registered_delivery.
         *
         * @param value the value
         * @return this builder
         */
        public Builder registeredDelivery(RegisteredDelivery value) {
            this.registeredDelivery = value;
            return this;
        }

        /**
         * Sets sm_default_msg_id.
         *
         * @param value the value
         * @return this builder
         */
        public Builder smDefaultMsgId(int value) {
            this.smDefaultMsgId = value;
            return this;
        }

        /**
         * Sets short_message.
         *
         * @param value the value
         * @return this builder
         */
        public Builder shortMessage(Bytes value) {
            this.shortMessage = value;
            return this;
        }

        /**
         * Sets tlvs.
         *
         * @param value the value
         * @return this builder
         */
        public Builder tlvs(Tlvs value) {
            this.tlvs = value;
            return this;
        }

        /**
         * Builds the PDU.
         *
         * @return the PDU
         * @throws IllegalArgumentException naming the field that breaks its rule
         */
        public ReplaceSm build() {
            return new ReplaceSm(sequenceNumber, messageId, source, scheduleDeliveryTime, validityPeriod,
                    registeredDelivery, smDefaultMsgId, shortMessage, tlvs);
        }
    }
}
