package io.github.smppkit.codec.type;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the 16 characters of a time field for {@link SmppTime#parse(String)}, naming the first one out of place.
 *
 * <p>Thread-safety: stateless.
 */
final class SmppTimeParser {

    private SmppTimeParser() {
    }

    static SmppTime parse(String text) {
        String t = text.endsWith("\0") ? text.substring(0, text.length() - 1) : text;
        if (t.length() != 16) {
            throw new IllegalArgumentException("time \"" + t + "\": " + t.length() + " characters (expected 16)");
        }
        int[] fields = new int[6];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = twoDigits(t, 2 * i);
        }
        char p = t.charAt(15);
        if (p == 'R') {
            // positions 12-14 are "000" by the reference; a peer's other digits change nothing here
            digit(t, 12);
            twoDigits(t, 13);
            return new SmppTime.Relative(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        }
        if (p != '+' && p != '-') {
            throw new IllegalArgumentException("time \"" + t + "\": '" + p + "' at 15 (expected '+', '-' or 'R')");
        }
        int tenth = digit(t, 12);
        int quarters = twoDigits(t, 13);
        if (quarters > SmppTime.MAX_READ_OFFSET_QUARTERS) {
            throw new IllegalArgumentException("time \"" + t + "\": offset of " + quarters
                    + " quarter hours (expected 00-48, or up to 72 for zones beyond 12 hours)");
        }
        int year = fields[0] + (fields[0] <= SmppTime.LAST_YEAR % 100 ? 2000 : 1900);
        try {
            LocalDateTime local = LocalDateTime.of(year, fields[1], fields[2], fields[3], fields[4], fields[5],
                    tenth * 100_000_000);
            return new SmppTime.Absolute(local.atOffset(ZoneOffset.ofTotalSeconds((p == '-' ? -900 : 900) * quarters)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time \"" + t + "\": " + e.getMessage(), e);
        }
    }

    private static int twoDigits(String t, int at) {
        return digit(t, at) * 10 + digit(t, at + 1);
    }

    private static int digit(String t, int at) {
        char c = t.charAt(at);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("time \"" + t + "\": '" + c + "' at " + at + " (expected a digit)");
        }
        return c - '0';
    }
}
