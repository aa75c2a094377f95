package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * One {@code unsuccess_sme} entry of {@code submit_multi_resp} (reference §4.8).
 *
 * <p>Thread-safety: immutable.
 *
 * @param address dest_addr_ton, dest_addr_npi, destination_addr C(21)
 * @param errorStatus error_status_code
 * @since 0.1.0
 */
public record UnsuccessSme(Address address, CommandStatus errorStatus) {

    /**
     * Validates the fields.
     *
     * @param address the destination
     * @param errorStatus the error
     */
    public UnsuccessSme {
        Check.address(address, 21, "destination_addr");
        Check.notNull(errorStatus, "error_status_code");
    }
}
