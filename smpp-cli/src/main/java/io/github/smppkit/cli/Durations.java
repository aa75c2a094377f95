package io.github.smppkit.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a duration option: a whole number with a unit (s, m, h, d), or ISO-8601 such as PT1H30M. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

    private Durations() {
    }

    /**
     * Reads a duration.
     *
     * @param text e.g. {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code PT1H30M}
     * @return the duration
     * @throws IllegalArgumentException naming the forms understood
     */
    static Duration parse(String text) {
        Matcher m = SHORT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration (expected a number with s, m, h or d, such as 10m,"
                    + " or ISO-8601 such as PT1H30M)", e);
        }
    }
}
