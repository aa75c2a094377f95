package io.github.smppkit.dlr.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads and writes the dates of receipt text.
 *
 * <p>Accepted forms: 10 digits {@code yyMMddHHmm} (the appendix), 12 digits {@code yyMMddHHmmss}, 14 digits
 * {@code yyyyMMddHHmmss}, and the 16-character SMPP absolute time {@code YYMMDDhhmmsstnnp} (reference §8.1), which
 * carries its own offset. Two-digit years are 2000 + YY: receipts report the recent past, and a pivot (as in
 * reference §8.1 for schedule times) would turn {@code 38..99} into the last century.
 *
 * <p>Thread-safety: stateless.
 */
public final class ReceiptDates {

    private ReceiptDates() {
    }

    /**
     * Parses a date field.
     *
     * @param value the field, already stripped of blanks
     * @param zone the zone the provider writes local times in
     * @return the instant, or empty when the value is not one of the accepted forms or names no real time
     */
    public static Optional<Instant> parse(String value, ZoneId zone) {
        int n = value.length();
        if (n == 16) {
            return parseAbsolute(value);
        }
        if ((n != 10 && n != 12 && n != 14) || !allDigits(value, 0, n)) {
            return Optional.empty();
        }
        int year;
        int pos;
        if (n == 14) {
            year = num(value, 0, 4);
            pos = 4;
        } else {
            year = 2000 + num(value, 0, 2);
            pos = 2;
        }
        int second = n == 10 ? 0 : num(value, pos + 8, 2);
        return local(year, num(value, pos, 2), num(value, pos + 2, 2), num(value, pos + 4, 2),
                num(value, pos + 6, 2), second)
                .map(t -> t.atZone(zone).toInstant());
    }

    private static Optional<Instant> parseAbsolute(String value) {
        char sign = value.charAt(15);
        if ((sign != '+' && sign != '-') || !allDigits(value, 0, 15)) {
            return Optional.empty();
        }
        int quarters = num(value, 13, 2);
        if (quarters > 48) {
            return Optional.empty();
        }
        int offsetSeconds = (sign == '+' ? 1 : -1) * quarters * 15 * 60;
        return local(2000 + num(value, 0, 2), num(value, 2, 2), num(value, 4, 2), num(value, 6, 2),
                num(value, 8, 2), num(value, 10, 2))
                .map(t -> t.plusNanos(num(value, 12, 1) * 100_000_000L))
                .map(t -> t.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }

    private static Optional<LocalDateTime> local(int year, int month, int day, int hour, int minute, int second) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
    }

    /**
     * Writes a date in {@code digits} digits (10, 12 or 14) in the given zone; sub-second parts are dropped, and
     * seconds too for 10 digits.
     *
     * @param instant the instant
     * @param zone the zone to write local time in
     * @param digits 10, 12 or 14
     * @return the digits
     * @throws IllegalArgumentException if the year does not fit the form (2000..2099 for 10 or 12 digits,
     *         0..9999 for 14)
     */
    public static String format(Instant instant, ZoneId zone, int digits) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        int year = t.getYear();
        StringBuilder sb = new StringBuilder(14);
        if (digits == 14) {
            if (year < 0 || year > 9999) {
                throw new IllegalArgumentException("date: year " + year + " does not fit yyyy");
            }
            two(sb, year / 100);
        } else if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("date: year " + year + " does not fit yy (2000..2099)");
        }
        two(sb, year % 100);
        two(sb, t.getMonthValue());
        two(sb, t.getDayOfMonth());
        two(sb, t.getHour());
        two(sb, t.getMinute());
        if (digits != 10) {
            two(sb, t.getSecond());
        }
        return sb.toString();
    }

    /**
     * Tells whether an instant, seen in a zone, has a year that two digits can carry.
     *
     * @param instant the instant
     * @param zone the zone
     * @return {@code true} for years 2000..2099
     */
    public static boolean fitsTwoDigitYear(Instant instant, ZoneId zone) {
        int year = LocalDateTime.ofInstant(instant, zone).getYear();
        return year >= 2000 && year <= 2099;
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
