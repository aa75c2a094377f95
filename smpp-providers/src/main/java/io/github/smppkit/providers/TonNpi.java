package io.github.smppkit.providers;

import io.github.smppkit.codec.type.Npi;
import io.github.smppkit.codec.type.Ton;
import java.util.Objects;

/**
 * A TON and NPI pair that a provider requires for a kind of address.
 *
 * <p>Thread-safety: immutable.
 *
 * @param ton type of number
 * @param npi numbering plan indicator
 * @since 0.1.0
 */
public record TonNpi(Ton ton, Npi npi) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public TonNpi {
        Objects.requireNonNull(ton, "ton");
        Objects.requireNonNull(npi, "npi");
    }

    /**
     * Formats the pair as {@code TON/NPI} values.
     *
     * @return e.g. {@code "5/0"}
     */
    @Override
    public String toString() {
        return ton.value() + "/" + npi.value();
    }
}
