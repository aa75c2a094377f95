package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;

/**
 * <code>broadcast_sm</code> (reference §4.17, v5.0): content and areas travel in TLVs.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param serviceType service_type
 * @param source source_addr with its TON and NPI
 * @param messageId message_id
 * @param priorityFlag priority_flag
 * @param scheduleDeliveryTime schedule_delivery_time ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param validityPeriod validity_period ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param replaceIfPresentFlag replace_if_present_flag
 * @param dataCoding data_coding
 * @param smDefaultMsgId sm_default_msg_id
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record BroadcastSm(int sequenceNumber, String serviceType, Address source, String messageId, int priorityFlag,
        String scheduleDeliveryTime, String validityPeriod, int replaceIfPresentFlag, DataCoding dataCoding,
        int smDefaultMsgId, Tlvs tlvs) implements Request<BroadcastSmResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param serviceType service_type
     * @param source source_addr
     * @param messageId message_id
     * @param priorityFlag priority_flag
     * @param scheduleDeliveryTime schedule_delivery_time
     * @param validityPeriod validity_period
     * @param replaceIfPresentFlag replace_if_present_flag
     * @param dataCoding data_coding
     * @param smDefaultMsgId sm_default_msg_id
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public BroadcastSm {
        Check.cString(serviceType, 6, "service_type");
        Check.address(source, 21, "source_addr");
        Check.cString(messageId, 65, "message_id");
        Check.octet(priorityFlag, "priority_flag");
        Check.time(scheduleDeliveryTime, "schedule_delivery_time");
        Check.time(validityPeriod, "validity_period");
        Check.octet(replaceIfPresentFlag, "replace_if_present_flag");
        Check.notNull(dataCoding, "data_coding");
        Check.octet(smDefaultMsgId, "sm_default_msg_id");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.BROADCAST_SM;
    }

    @Override
    public BroadcastSm withSequenceNumber(int sequenceNumber) {
        return new BroadcastSm(sequenceNumber, serviceType, source, messageId, priorityFlag, scheduleDeliveryTime,
                validityPeriod, replaceIfPresentFlag, dataCoding, smDefaultMsgId, tlvs);
    }

    @Override
    public BroadcastSmResp response(CommandStatus status) {
        return BroadcastSmResp.of(sequenceNumber, status);
    }

    @Override
    public Class<BroadcastSmResp> responseType() {
        return BroadcastSmResp.class;
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
        b.serviceType = serviceType;
        b.source = source;
        b.messageId = messageId;
        b.priorityFlag = priorityFlag;
        b.scheduleDeliveryTime = scheduleDeliveryTime;
        b.validityPeriod = validityPeriod;
        b.replaceIfPresentFlag = replaceIfPresentFlag;
        b.dataCoding = dataCoding;
        b.smDefaultMsgId = smDefaultMsgId;
        b.tlvs = tlvs;
        return b;
    }

    /**
     * Builds a {@link BroadcastSm}; {@link #build()} validates.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int sequenceNumber = 0;
        private String serviceType = "";
        private Address source = Address.EMPTY;
        private String messageId = "";
        private int priorityFlag = 0;
        private String scheduleDeliveryTime = "";
        private String validityPeriod = "";
        private int replaceIfPresentFlag = 0;
        private DataCoding dataCoding = DataCoding.DEFAULT;
        private int smDefaultMsgId = 0;
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
         * Sets service_type.
         *
         * @param value the value
         * @return this builder
         */
        public Builder serviceType(String value) {
            this.serviceType = value;
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
         * Sets priority_flag.
         *
         * @param value the value
         * @return this builder
         */
        public Builder priorityFlag(int value) {
            this.priorityFlag = value;
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
         * Sets replace_if_present_flag.
         *
         * @param value the value
         * @return this builder
         */
        public Builder replaceIfPresentFlag(int value) {
            this.replaceIfPresentFlag = value;
            return this;
        }

        /**
         * Sets data_coding.
         *
         * @param value the value
         * @return this builder
         */
        public Builder dataCoding(DataCoding value) {
            this.dataCoding = value;
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
        public BroadcastSm build() {
            return new BroadcastSm(sequenceNumber, serviceType, source, messageId, priorityFlag, scheduleDeliveryTime,
                    validityPeriod, replaceIfPresentFlag, dataCoding, smDefaultMsgId, tlvs);
        }
    }
}
