package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.util.List;

/**
 * <code>submit_multi</code> (reference §4.7): <code>number_of_dests</code> is derived from
 * <code>destAddresses</code> (at most 255).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param serviceType service_type
 * @param source source_addr with its TON and NPI
 * @param destAddresses dest_address
 * @param esmClass esm_class
 * @param protocolId protocol_id
 * @param priorityFlag priority_flag
 * @param scheduleDeliveryTime schedule_delivery_time ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param validityPeriod validity_period ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param registeredDelivery registered_delivery
 * @param replaceIfPresentFlag replace_if_present_flag
 * @param dataCoding data_coding
 * @param smDefaultMsgId sm_default_msg_id
 * @param shortMessage short_message
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record SubmitMulti(int sequenceNumber, String serviceType, Address source, List<DestAddress> destAddresses,
        EsmClass esmClass, int protocolId, int priorityFlag, String scheduleDeliveryTime, String validityPeriod,
        RegisteredDelivery registeredDelivery, int replaceIfPresentFlag, DataCoding dataCoding, int smDefaultMsgId,
        Bytes shortMessage, Tlvs tlvs) implements Request<SubmitMultiResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param serviceType service_type
     * @param source source_addr
     * @param destAddresses dest_address
     * @param esmClass esm_class
     * @param protocolId protocol_id
     * @param priorityFlag priority_flag
     * @param scheduleDeliveryTime schedule_delivery_time
     * @param validityPeriod validity_period
     * @param registeredDelivery registered_delivery
     * @param replaceIfPresentFlag replace_if_present_flag
     * @param dataCoding data_coding
     * @param smDefaultMsgId sm_default_msg_id
     * @param shortMessage short_message
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public SubmitMulti {
        Check.cString(serviceType, 6, "service_type");
        Check.address(source, 21, "source_addr");
        destAddresses = List.copyOf(Check.notNull(destAddresses, "dest_address"));
        if (destAddresses.size() > 255) {
            throw new IllegalArgumentException("number_of_dests: " + destAddresses.size() + " > 255");
        }
        Check.notNull(esmClass, "esm_class");
        Check.octet(protocolId, "protocol_id");
        Check.octet(priorityFlag, "priority_flag");
        Check.time(scheduleDeliveryTime, "schedule_delivery_time");
        Check.time(validityPeriod, "validity_period");
        Check.notNull(registeredDelivery, "registered_delivery");
        Check.octet(replaceIfPresentFlag, "replace_if_present_flag");
        Check.notNull(dataCoding, "data_coding");
        Check.octet(smDefaultMsgId, "sm_default_msg_id");
        if (Check.notNull(shortMessage, "short_message").size() > 255) {
            throw new IllegalArgumentException("short_message: " + shortMessage.size() + " > 255");
        }
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_MULTI;
    }

    @Override
    public SubmitMulti withSequenceNumber(int sequenceNumber) {
        return new SubmitMulti(sequenceNumber, serviceType, source, destAddresses, esmClass, protocolId, priorityFlag,
                scheduleDeliveryTime, validityPeriod, registeredDelivery, replaceIfPresentFlag, dataCoding,
                smDefaultMsgId, shortMessage, tlvs);
    }

    @Override
    public SubmitMultiResp response(CommandStatus status) {
        return SubmitMultiResp.of(sequenceNumber, status);
    }

    @Override
    public Class<SubmitMultiResp> responseType() {
        return SubmitMultiResp.class;
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
        b.destAddresses = destAddresses;
        b.esmClass = esmClass;
        b.protocolId = protocolId;
        b.priorityFlag = priorityFlag;
        b.scheduleDeliveryTime = scheduleDeliveryTime;
        b.validityPeriod = validityPeriod;
        b.registeredDelivery = registeredDelivery;
        b.replaceIfPresentFlag = replaceIfPresentFlag;
        b.dataCoding = dataCoding;
        b.smDefaultMsgId = smDefaultMsgId;
        b.shortMessage = shortMessage;
        b.tlvs = tlvs;
        return b;
    }

    /**
     * Builds a {@link SubmitMulti}; {@link #build()} validates.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int sequenceNumber = 0;
        private String serviceType = "";
        private Address source = Address.EMPTY;
        private List<DestAddress> destAddresses = List.of();
        private EsmClass esmClass = EsmClass.DEFAULT;
        private int protocolId = 0;
        private int priorityFlag = 0;
        private String scheduleDeliveryTime = "";
        private String validityPeriod = "";
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private int replaceIfPresentFlag = 0;
        private DataCoding dataCoding = DataCoding.DEFAULT;
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
         * Sets dest_address.
         *
         * @param value the value
         * @return this builder
         */
        public Builder destAddresses(List<DestAddress> value) {
            this.destAddresses = value;
            return this;
        }

        /**
         * Sets esm_class.
         *
         * @param value the value
         * @return this builder
         */
        public Builder esmClass(EsmClass value) {
            this.esmClass = value;
            return this;
        }

        /**
         * Sets protocol_id.
         *
         * @param value the value
         * @return this builder
         */
        public Builder protocolId(int value) {
            this.protocolId = value;
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
        public SubmitMulti build() {
            return new SubmitMulti(sequenceNumber, serviceType, source, destAddresses, esmClass, protocolId,
                    priorityFlag, scheduleDeliveryTime, validityPeriod, registeredDelivery, replaceIfPresentFlag,
                    dataCoding, smDefaultMsgId, shortMessage, tlvs);
        }
    }
}
