package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.type.Address;

/**
 * An SME destination ({@code dest_flag} 1): dest_addr_ton, dest_addr_npi, destination_addr C(21).
 *
 * <p>Thread-safety: immutable.
 *
 * @param address the destination
 * @since 0.1.0
 */
public record SmeAddress(Address address) implements DestAddress {

    /**
     * Validates the address.
     *
     * @param address the destination
     */
    public SmeAddress {
        Check.address(address, 21, "destination_addr");
    }

    @Override
    public int destFlag() {
        return 1;
    }
}
