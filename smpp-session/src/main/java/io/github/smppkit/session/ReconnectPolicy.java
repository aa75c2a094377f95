package io.github.smppkit.session;

import io.github.smppkit.session.internal.Durations;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a client reconnects after its link dropped: exponential back-off from {@code initialDelay}, times
 * {@code multiplier} per failed attempt, capped at {@code maxDelay}, each delay spread by &#177;{@code jitter}
 * (a fraction 0..1) so that many clients do not reconnect in step.
 *
 * <p>Thread-safety: immutable.
 *
 * @param enabled whether to reconnect at all
 * @param initialDelay delay before the first attempt, &gt; 0
 * @param maxDelay largest delay, &#8805; initialDelay
 * @param multiplier growth per failed attempt, &#8805; 1
 * @param jitter random spread as a fraction of the delay, 0..1
 * @since 0.1.0
 */
public record ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier,
        double jitter) {

    private static final ReconnectPolicy DISABLED = new ReconnectPolicy(false, Duration.ofSeconds(1),
            Duration.ofSeconds(60), 2.0, 0.2);

    /**
     * Validates the settings.
     *
     * @param enabled whether to reconnect
     * @param initialDelay first delay
     * @param maxDelay delay cap
     * @param multiplier growth factor
     * @param jitter spread
     */
    public ReconnectPolicy {
        Durations.positive(initialDelay, "initialDelay");
        Durations.positive(maxDelay, "maxDelay");
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay: " + maxDelay + " < initialDelay " + initialDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier: " + multiplier + " (expected >= 1)");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter: " + jitter + " (expected 0..1)");
        }
    }

    /**
     * Returns the policy that never reconnects (the default).
     *
     * @return the disabled policy
     */
    public static ReconnectPolicy disabled() {
        return DISABLED;
    }

    /**
     * Returns an enabled policy with multiplier 2 and jitter 0.2.
     *
     * @param initialDelay first delay
     * @param maxDelay delay cap
     * @return the policy
     */
    public static ReconnectPolicy exponential(Duration initialDelay, Duration maxDelay) {
        return new ReconnectPolicy(true, initialDelay, maxDelay, 2.0, 0.2);
    }

    /**
     * Returns the delay before an attempt, jitter applied.
     *
     * @param attempt 1 for the first attempt after a failure
     * @return the delay, never above {@code maxDelay} nor negative
     */
    public Duration delay(int attempt) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, maxDelay.toNanos());
        double spread = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        long nanos = (long) Math.min(maxDelay.toNanos(), Math.max(0, capped * (1 + spread)));
        return Duration.ofNanos(nanos);
    }
}
