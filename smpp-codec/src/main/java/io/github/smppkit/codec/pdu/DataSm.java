package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;

/**
 * <code>data_sm</code> (reference §4.11): addresses are accepted up to C(65) but the encoder emits at most 20
 * characters.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param serviceType service_type
 * @param source source_addr with its TON and NPI
 * @param destination destination_addr with its TON and NPI
 * @param esmClass esm_class
 * @param registeredDelivery registered_delivery
 * @param dataCoding data_coding
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record DataSm(int sequenceNumber, String serviceType, Address source, Address destination, EsmClass esmClass,
        RegisteredDelivery registeredDelivery, DataCoding dataCoding, Tlvs tlvs) implements Request<DataSmResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param serviceType service_type
     * @param source source_addr
     * @param destination destination_addr
     * @param esmClass esm_class
     * @param registeredDelivery registered_delivery
     * @param dataCoding data_coding
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public DataSm {
        Check.cString(serviceType, 6, "service_type");
        Check.address(source, 65, "source_addr");
        Check.address(destination, 65, "destination_addr");
        Check.notNull(esmClass, "esm_class");
        Check.notNull(registeredDelivery, "registered_delivery");
        Check.notNull(dataCoding, "data_coding");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.DATA_SM;
    }

    @Override
    public DataSm withSequenceNumber(int sequenceNumber) {
        return new DataSm(sequenceNumber, serviceType, source, destination, esmClass, registeredDelivery, dataCoding,
                tlvs);
    }

    @Override
    public DataSmResp response(CommandStatus status) {
        return DataSmResp.of(sequenceNumber, status);
    }

    @Override
    public Class<DataSmResp> responseType() {
        return DataSmResp.class;
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
        b.destination = destination;
        b.esmClass = esmClass;
        b.registeredDelivery = registeredDelivery;
        b.dataCoding = dataCoding;
        b.tlvs = tlvs;
        return b;
    }

    /**
     * Builds a {@link DataSm}; {@link #build()} validates.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int sequenceNumber = 0;
        private String serviceType = "";
        private Address source = Address.EMPTY;
        private Address destination = Address.EMPTY;
        private EsmClass esmClass = EsmClass.DEFAULT;
        private RegisteredDelivery registeredDelivery = RegisteredDelivery.NONE;
        private DataCoding dataCoding = DataCoding.DEFAULT;
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
         * Sets destination_addr.
         *
         * @param value the value
         * @return this builder
         */
        public Builder destination(Address value) {
            this.destination = value;
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
        public DataSm build() {
            return new DataSm(sequenceNumber, serviceType, source, destination, esmClass, registeredDelivery,
                    dataCoding, tlvs);
        }
    }
}
