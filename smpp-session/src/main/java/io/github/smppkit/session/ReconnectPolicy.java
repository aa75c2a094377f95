package io.github.smppkit.session;

import io.github.smppkit.session.internal.Durations;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a client reconnects after its link dropped: exponential back-off from {@code initialDelay}, times
 * {@code multiplier} per failed attempt, capped at {@code maxDelay}, each delay spread by &#177;{@code jitter}
 * (a fraction 0..1) so that many clients do not reconnect in step.
 *
 * <p>An enabled policy also retries the first connect and bind of {@link SmppClient#connect}, with the same
 * back-off, when it fails transiently: a bind refused with a status that is not
 * {@linkplain SmppBindException#isPermanent() permanent} (ESME_RALYBND: an application restarting while the SMSC
 * still holds its old session), a connection refused, failed or timed out, or a bind response that did not come.
 * No retry starts later than {@code firstConnectDeadline} after the call; the last failure is then thrown. A
 * permanent bind refusal (wrong password or system_id, say), an unknown host or a failed TLS handshake is thrown at
 * once.
 *
 * <p>Thread-safety: immutable.
 *
 * @param enabled whether to reconnect at all
 * @param initialDelay delay before the first attempt, &gt; 0
 * @param maxDelay largest delay, &#8805; initialDelay
 * @param multiplier growth per failed attempt, &#8805; 1
 * @param jitter random spread as a fraction of the delay, 0..1
 * @param firstConnectDeadline how long after {@link SmppClient#connect} a retry of the first connect may still
 *     start, &#8805; 0 (default {@link #DEFAULT_FIRST_CONNECT_DEADLINE}); zero throws the first failure
 * @since 0.1.0
 */
public record ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier,
        double jitter, Duration firstConnectDeadline) {

    /** How long the first connect retries transient failures by default: 30 s. */
    public static final Duration DEFAULT_FIRST_CONNECT_DEADLINE = Duration.ofSeconds(30);

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
     * @param firstConnectDeadline retries of the first connect start at most this long after it
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
        Durations.nonNegative(firstConnectDeadline, "firstConnectDeadline");
    }

    /**
     * Creates a policy whose first connect retries for {@link #DEFAULT_FIRST_CONNECT_DEADLINE}.
     *
     * @param enabled whether to reconnect
     * @param initialDelay first delay
     * @param maxDelay delay cap
     * @param multiplier growth factor
     * @param jitter spread
     */
    public ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier,
            double jitter) {
        this(enabled, initialDelay, maxDelay, multiplier, jitter, DEFAULT_FIRST_CONNECT_DEADLINE);
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
     * Returns this policy with another bound on the retries of the first connect.
     *
     * @param deadline how long after the call a retry may still start; zero throws the first failure
     * @return the policy
     */
    public ReconnectPolicy withFirstConnectDeadline(Duration deadline) {
        return new ReconnectPolicy(enabled, initialDelay, maxDelay, multiplier, jitter, deadline);
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
