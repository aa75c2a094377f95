package io.github.smppkit.dlr.internal;

import io.github.smppkit.codec.type.SmppTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

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

    /** What {@link #localSeconds} returns for fields that name no real date-time. */
    private static final long NO_TIME = Long.MIN_VALUE;

    /** Days of each month in a common year, by month number (index 0 unused). */
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** Days before the first of each month in a common year, by month number (index 0 unused). */
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private ReceiptDates() {
    }

    /**
     * Parses a date field held in part of a text.
     *
     * @param s the text
     * @param from the index of the field's first character, after any blanks
     * @param to the index after the field's last character, before any blanks
     * @param zone the zone the provider writes local times in
     * @return the instant, or {@code null} when the field is not one of the accepted forms or names no real time
     */
    public static Instant parse(String s, int from, int to, ZoneId zone) {
        switch (to - from) {
            case 10:
                return inZone(localSeconds(s, 20, from, false), zone);
            case 12:
                return inZone(localSeconds(s, 20, from, true), zone);
            case 14: {
                int century = pair(s, from);
                return inZone(century < 0 ? NO_TIME : localSeconds(s, century, from + 2, true), zone);
            }
            case 16:
                return absolute(s, from);
            default:
                return null;
        }
    }

    private static Instant inZone(long local, ZoneId zone) {
        if (local == NO_TIME) {
            return null;
        }
        if (zone instanceof ZoneOffset offset) {
            return Instant.ofEpochSecond(local - offset.getTotalSeconds());
        }
        return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC).atZone(zone).toInstant();
    }

    /** Reads {@code YYMMDDhhmmsstnnp}: the first 12 digits as local time, tenths, then quarter hours from UTC. */
    private static Instant absolute(String s, int from) {
        char sign = s.charAt(from + 15);
        int tenths = digit(s.charAt(from + 12));
        int quarters = pair(s, from + 13);
        long local = localSeconds(s, 20, from, true);
        if ((sign != '+' && sign != '-') || (tenths | quarters) < 0 || quarters > SmppTime.MAX_READ_OFFSET_QUARTERS
                || local == NO_TIME) {
            return null;
        }
        int offsetSeconds = (sign == '+' ? 1 : -1) * quarters * 15 * 60;
        return Instant.ofEpochSecond(local - offsetSeconds, tenths * 100_000_000L);
    }

    /**
     * Reads {@code yyMMddhhmm}, then {@code ss} if {@code seconds}, from index {@code p}, as a time in the given
     * century.
     *
     * @return the local seconds as {@link #localSeconds(int, int, int, int, int, int)} gives them, or
     *         {@link #NO_TIME} when a character is not a digit or the time is not real
     */
    private static long localSeconds(String s, int century, int p, boolean seconds) {
        int yy = pair(s, p);
        int month = pair(s, p + 2);
        int day = pair(s, p + 4);
        int hour = pair(s, p + 6);
        int minute = pair(s, p + 8);
        int second = seconds ? pair(s, p + 10) : 0;
        if ((yy | month | day | hour | minute | second) < 0) {
            return NO_TIME;
        }
        return localSeconds(century * 100 + yy, month, day, hour, minute, second);
    }

    /**
     * Returns the seconds from 1970-01-01T00:00 to a local date-time on the same clock, or {@link #NO_TIME} when
     * the fields name no real date-time.
     */
    private static long localSeconds(int year, int month, int day, int hour, int minute, int second) {
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return NO_TIME;
        }
        long days = year >= 2000 && year <= 2099 ? epochDayThisCentury(year, month, day) : epochDay(year, month, day);
        return days * 86_400L + hour * 3_600 + minute * 60 + second;
    }

    /**
     * Counts days from 1970-01-01 for a date in 2000..2099, the years of every two-digit form: there every fourth
     * year, from 2000, is a leap year, so the count needs no era arithmetic. 10957 is the day count of 2000-01-01.
     */
    private static long epochDayThisCentury(int year, int month, int day) {
        int yy = year - 2000;
        int leapDayThisYear = month > 2 && (yy & 3) == 0 ? 1 : 0;
        return 10_957 + yy * 365 + ((yy + 3) >> 2) + DAYS_BEFORE_MONTH[month] + leapDayThisYear + day - 1;
    }

    /** The days of a month of 1..12; a table, as {@code Month.length} costs a switch through a lookup map. */
    private static int daysIn(int year, int month) {
        return month == 2 && Year.isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    /**
     * Counts days from 1970-01-01 in the proleptic Gregorian calendar, by arithmetic rather than through
     * {@code LocalDate}: years are counted from 1 March, so that the leap day ends a year, in eras of 400 years
     * (146097 days); 719468 is the day count of 1970-01-01 from 0000-03-01.
     */
    private static long epochDay(int year, int month, int day) {
        int y = month > 2 ? year : year - 1;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
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

    /** Returns the number 0..99 written by the two digits at {@code i}, or -1 when one is not a digit. */
    private static int pair(String s, int i) {
        // below '0' wraps above 9: one test per digit
        int hi = (char) (s.charAt(i) - '0');
        int lo = (char) (s.charAt(i + 1) - '0');
        return hi <= 9 && lo <= 9 ? hi * 10 + lo : -1;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
}
