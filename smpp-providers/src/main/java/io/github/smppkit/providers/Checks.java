package io.github.smppkit.providers;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** Argument checks shared by the profile records; messages name the component. Thread-safety: stateless. */
final class Checks {
    private Checks() {
    }

    static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + ": blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> value, String name) {
        return List.copyOf(Objects.requireNonNull(value, name));
    }

    static OptionalInt positive(OptionalInt value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && value.getAsInt() < 1) {
            throw new IllegalArgumentException(name + ": " + value.getAsInt() + " (expected >= 1)");
        }
        return value;
    }
}
