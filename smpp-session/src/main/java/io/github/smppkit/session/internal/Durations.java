package io.github.smppkit.session.internal;

import java.time.Duration;

/**
 * Validation of configured durations.
 *
 * <p>Thread-safety: stateless.
 */
public final class Durations {

    private Durations() {
    }

    /**
     * Checks a duration is present and above zero.
     *
     * @param value the duration
     * @param name the field name for the message
     * @return {@code value}
     */
    public static Duration positive(Duration value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": " + value + " (expected > 0)");
        }
        return value;
    }

    /**
     * Checks a duration is present and not negative.
     *
     * @param value the duration
     * @param name the field name for the message
     * @return {@code value}
     */
    public static Duration nonNegative(Duration value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + ": " + value + " (expected >= 0)");
        }
        return value;
    }

    /**
     * Checks an object is present.
     *
     * @param value the object
     * @param name the field name
     * @param <T> its type
     * @return {@code value}
     */
    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        return value;
    }

    /**
     * Checks an int is within a range.
     *
     * @param value the value
     * @param min the minimum
     * @param max the maximum
     * @param name the field name
     * @return {@code value}
     */
    public static int range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + value + " (expected " + min + ".." + max + ")");
        }
        return value;
    }
}
