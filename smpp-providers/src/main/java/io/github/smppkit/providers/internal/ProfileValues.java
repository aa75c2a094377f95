package io.github.smppkit.providers.internal;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.providers.BindRules;
import io.github.smppkit.providers.RateScope;
import io.github.smppkit.providers.ReceiptRouting;
import io.github.smppkit.providers.internal.ProfileLines.Line;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Converts the values of profile data lines, throwing a {@link io.github.smppkit.providers.ProfileFormatException}
 * that names file, line, key and the expected form when a value does not fit.
 *
 * <p>Thread-safety: not thread-safe; used by one loader call.
 */
final class ProfileValues {
    static final String UNSPECIFIED = "unspecified";

    private final ProfileLines lines;

    ProfileValues(ProfileLines lines) {
        this.lines = lines;
    }

    boolean isUnspecified(Line line) {
        return UNSPECIFIED.equals(line.value());
    }

    String name(Line line) {
        String v = line.value();
        boolean ok = !v.isEmpty() && Character.isLetterOrDigit(v.charAt(0));
        for (int i = 0; ok && i < v.length(); i++) {
            char c = v.charAt(i);
            ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
        }
        if (!ok || isUnspecified(line)) {
            throw lines.error(line, "a lower-case name of letters, digits, '.', '_' and '-'");
        }
        return v;
    }

    /** Reads a comma-separated list of words; {@code empty} (e.g. {@code none}) stands for the empty list. */
    List<String> words(Line line, String empty) {
        if (empty.equals(line.value())) {
            return List.of();
        }
        return list(line, "comma-separated words, or " + empty, s -> s);
    }

    String host(Line line) {
        String v = line.value();
        if (isUnspecified(line) || v.chars().anyMatch(c -> c <= ' ' || c == ',' || c == '/' || c == ':')) {
            throw lines.error(line, "a host name");
        }
        return v;
    }

    OptionalInt port(Line line) {
        if (isUnspecified(line)) {
            return OptionalInt.empty();
        }
        int port = integer(line, 1, 65_535, "a port 1..65535 or unspecified");
        return OptionalInt.of(port);
    }

    /** Reads a positive count or rate. */
    OptionalInt count(Line line) {
        if (isUnspecified(line)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(integer(line, 1, Integer.MAX_VALUE, "a positive integer or unspecified"));
    }

    /** Reads {@code min..max}; an empty array when unspecified. */
    int[] range(Line line) {
        if (isUnspecified(line)) {
            return new int[0];
        }
        String v = line.value();
        int dots = v.indexOf("..");
        try {
            int min = Integer.parseInt(v.substring(0, Math.max(dots, 0)).strip());
            int max = Integer.parseInt(v.substring(dots + 2).strip());
            if (dots > 0 && min >= 1 && min <= max) {
                return new int[] {min, max};
            }
        } catch (NumberFormatException e) {
            // reported below with file, line and key
        }
        throw lines.error(line, "min..max with 1 <= min <= max, or unspecified");
    }

    Optional<String> text(Line line) {
        return isUnspecified(line) ? Optional.empty() : Optional.of(line.value());
    }

    Optional<String> tlsVersion(Line line) {
        String v = line.value();
        if (isUnspecified(line)) {
            return Optional.empty();
        }
        if (!v.startsWith("TLSv") || v.length() < 5 || !v.substring(4).chars().allMatch(c -> c == '.'
                || c >= '0' && c <= '9')) {
            throw lines.error(line, "a javax.net.ssl protocol name such as TLSv1.2, or unspecified");
        }
        return Optional.of(v);
    }

    Optional<InterfaceVersion> version(Line line) {
        switch (line.value()) {
            case UNSPECIFIED:
                return Optional.empty();
            case "3.3":
                return Optional.of(InterfaceVersion.V33);
            case "3.4":
                return Optional.of(InterfaceVersion.V34);
            case "5.0":
                return Optional.of(InterfaceVersion.V50);
            default:
                throw lines.error(line, "3.3, 3.4, 5.0 or unspecified");
        }
    }

    /** Reads a comma-separated list, converting each item; {@code unspecified} is the empty list. */
    <T> List<T> list(Line line, String expected, Function<String, T> convert) {
        if (isUnspecified(line)) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (String item : line.value().split(",", -1)) {
            T value = convert(line, item.strip(), expected, convert);
            if (out.contains(value)) {
                throw lines.error(line, expected + ", each once");
            }
            out.add(value);
        }
        return List.copyOf(out);
    }

    <T> Optional<T> optional(Line line, String expected, Function<String, T> convert) {
        return isUnspecified(line) ? Optional.empty() : Optional.of(one(line, expected, convert));
    }

    <T> T one(Line line, String expected, Function<String, T> convert) {
        return convert(line, line.value(), expected, convert);
    }

    /** Parses {@code 0..255}; throws {@link NumberFormatException} (an {@link IllegalArgumentException}) else. */
    int octet(String s) {
        int value = Integer.parseInt(s.strip());
        if (value < 0 || value > 255) {
            throw new NumberFormatException(s);
        }
        return value;
    }

    static CommandId commandId(String specName) {
        for (CommandId id : CommandId.values()) {
            if (id.specName().equals(specName)) {
                return id;
            }
        }
        throw new IllegalArgumentException(specName);
    }

    static CommandId bindType(String specName) {
        CommandId id = commandId(specName);
        if (!BindRules.isBind(id)) {
            throw new IllegalArgumentException(specName);
        }
        return id;
    }

    static RateScope rateScope(String token) {
        if ("unspecified".equals(token)) {
            throw new IllegalArgumentException(token);
        }
        return RateScope.valueOf(token.toUpperCase(Locale.ROOT));
    }

    static ReceiptRouting routing(String token) {
        if (!"any-bind-of-system-id".equals(token)) {
            throw new IllegalArgumentException(token);
        }
        return ReceiptRouting.ANY_BIND_OF_SYSTEM_ID;
    }

    private <T> T convert(Line line, String item, String expected, Function<String, T> convert) {
        if (item.isEmpty()) {
            throw lines.error(line, expected);
        }
        try {
            return convert.apply(item);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw lines.error(line, expected);
        }
    }

    private int integer(Line line, int min, int max, String expected) {
        try {
            int value = Integer.parseInt(line.value());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with file, line and key
        }
        throw lines.error(line, expected);
    }
}
