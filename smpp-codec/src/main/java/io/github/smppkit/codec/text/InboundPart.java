package io.github.smppkit.codec.text;

import io.github.smppkit.codec.type.Bytes;
import java.util.Objects;
import java.util.Optional;

/**
 * One received short message (or message_payload) as the {@link Reassembler} needs it; adapters build it
 * from deliver_sm / data_sm / submit_sm.
 *
 * <p>Thread-safety: immutable.
 *
 * @param source source address
 * @param destination destination address
 * @param dataCoding the PDU's data_coding, 0..255
 * @param udhi whether esm_class has UDHI (0x40): {@code userData} starts with a UDH
 * @param userData short_message, or message_payload when that TLV was used
 * @param sar the SAR TLVs, when all three were present (reference §12.4)
 * @since 0.1.0
 */
public record InboundPart(String source, String destination, int dataCoding, boolean udhi, Bytes userData,
        Optional<Concatenation> sar) {

    /** Validates. */
    public InboundPart {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(userData, "userData");
        Objects.requireNonNull(sar, "sar");
        DataCodingScheme.of(dataCoding);
    }

    /**
     * Creates a part without SAR TLVs.
     *
     * @param source source address
     * @param destination destination address
     * @param dataCoding data_coding
     * @param udhi whether user data starts with a UDH
     * @param userData the user data
     * @return the part
     */
    public static InboundPart of(String source, String destination, int dataCoding, boolean udhi, Bytes userData) {
        return new InboundPart(source, destination, dataCoding, udhi, userData, Optional.empty());
    }

    /**
     * Returns this part with SAR TLV values.
     *
     * @param value reference, total and sequence from the SAR TLVs
     * @return the new part
     */
    public InboundPart withSar(Concatenation value) {
        return new InboundPart(source, destination, dataCoding, udhi, userData, Optional.of(value));
    }
}
