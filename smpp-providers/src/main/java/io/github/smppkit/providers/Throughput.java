package io.github.smppkit.providers;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The provider's documented sending rate.
 *
 * <p>Thread-safety: immutable.
 *
 * @param rate    messages per second available by default
 * @param scope   what {@code rate} counts per
 * @param maximum the highest rate the provider offers on request, e.g. 500 for sms-smpp-routes
 * @since 0.1.0
 */
public record Throughput(OptionalInt rate, RateScope scope, OptionalInt maximum) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a rate is below 1 or the maximum below the rate
     */
    public Throughput {
        Checks.positive(rate, "rate");
        Objects.requireNonNull(scope, "scope");
        Checks.positive(maximum, "maximum");
        if (rate.isPresent() && maximum.isPresent() && maximum.getAsInt() < rate.getAsInt()) {
            throw new IllegalArgumentException("maximum: " + maximum.getAsInt() + " < rate " + rate.getAsInt());
        }
    }

    /**
     * Returns the rate one bind may use when {@code binds} binds are open at once: the whole rate for a
     * per-bind rate, an equal share (at least 1) otherwise.
     *
     * @param binds number of binds sharing the account, at least 1
     * @return messages per second for one bind, empty when no rate is documented
     * @throws IllegalArgumentException if {@code binds} is below 1
     */
    public OptionalInt perBind(int binds) {
        if (binds < 1) {
            throw new IllegalArgumentException("binds: " + binds + " (expected >= 1)");
        }
        if (rate.isEmpty() || scope == RateScope.BIND) {
            return rate;
        }
        return OptionalInt.of(Math.max(1, rate.getAsInt() / binds));
    }
}
