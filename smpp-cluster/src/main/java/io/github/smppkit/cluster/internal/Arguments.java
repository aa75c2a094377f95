package io.github.smppkit.cluster.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks the cluster builders share, so each setting fails with the same kind of message.
 *
 * <p>Thread-safety: stateless.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Checks a duration is present and at least a number of milliseconds.
     *
     * @param value the duration
     * @param name the setting's name for the message
     * @param minMillis the smallest accepted value
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is shorter
     */
    public static Duration atLeastMillis(Duration value, String name, long minMillis) {
        Objects.requireNonNull(value, name);
        if (value.toMillis() < minMillis) {
            throw new IllegalArgumentException(name + ": " + value + " (expected >= " + minMillis + " ms)");
        }
        return value;
    }

    /**
     * Checks a text is present and not empty.
     *
     * @param value the text
     * @param name the setting's name for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is empty
     */
    public static String nonEmpty(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty");
        }
        return value;
    }
}
