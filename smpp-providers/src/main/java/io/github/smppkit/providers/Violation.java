package io.github.smppkit.providers;

import java.util.Objects;

/**
 * One provider rule that a message or bind breaks, found before sending.
 *
 * <p>Thread-safety: immutable.
 *
 * @param provider the profile name, e.g. {@code "selfhost"}
 * @param rule     the profile data key of the rule, e.g. {@code "data-codings"} or {@code "max-binds"}
 * @param message  what is wrong and what the provider accepts, e.g.
 *                 {@code "selfhost supports data_coding 0 and 8, not 3"}; never contains a password
 * @since 0.1.0
 */
public record Violation(String provider, String rule, String message) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Violation {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the message.
     *
     * @return {@link #message()}
     */
    @Override
    public String toString() {
        return message;
    }
}
