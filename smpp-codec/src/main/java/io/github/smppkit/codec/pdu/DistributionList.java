package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;

/**
 * A distribution-list destination ({@code dest_flag} 2): dl_name C(21).
 *
 * <p>Thread-safety: immutable.
 *
 * @param name dl_name
 * @since 0.1.0
 */
public record DistributionList(String name) implements DestAddress {

    /**
     * Validates the name.
     *
     * @param name dl_name
     */
    public DistributionList {
        Check.cString(name, 21, "dl_name");
    }

    @Override
    public int destFlag() {
        return 2;
    }
}
