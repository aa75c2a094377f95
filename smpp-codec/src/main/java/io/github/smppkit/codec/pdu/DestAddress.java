package io.github.smppkit.codec.pdu;

/**
 * One {@code dest_address} entry of {@code submit_multi} (reference §4.7): {@code dest_flag} 1 is an
 * {@link SmeAddress}, 2 a {@link DistributionList}.
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public sealed interface DestAddress permits SmeAddress, DistributionList {

    /**
     * Returns the wire flag.
     *
     * @return 1 or 2
     */
    int destFlag();
}
