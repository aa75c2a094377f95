package io.github.smppkit.codec.type;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The value of a time field (reference §8): {@code schedule_delivery_time}, {@code validity_period},
 * {@code final_date}, {@code broadcast_end_time}. PDU records keep the 16 characters as text, so that what a peer
 * sends round-trips; this type writes them ({@link #format()}) and reads them ({@link #parse(String)}).
 *
 * <p>Two-digit years are read as 1938-2037, Wireshark's reading of the v3.4 Y2K appendix (reference §8.1), so an
 * absolute time must lie in those years to be written.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public sealed interface SmppTime permits SmppTime.Absolute, SmppTime.Relative {

    /** The first year a two-digit year can name. */
    int FIRST_YEAR = 1938;
    /** The last year a two-digit year can name. */
    int LAST_YEAR = 2037;
    /**
     * The largest offset read, in quarter hours: 18 hours, the most a zone offset can be. The reference's 48 (12
     * hours) leaves out real zones up to UTC+14, which some stacks (jSMPP) write as 52-56.
     */
    int MAX_READ_OFFSET_QUARTERS = 72;

    /**
     * Returns the 16 characters of the field, without the terminating NUL.
     *
     * @return {@code YYMMDDhhmmsstnnp} or {@code YYMMDDhhmmss000R}
     */
    String format();

    /**
     * Returns the moment this time names for an MC whose clock reads {@code now}.
     *
     * @param now the MC's current time; an absolute time ignores it
     * @return the moment
     */
    Instant resolve(Instant now);

    /**
     * Reads a time field.
     *
     * @param text the 16 characters; a trailing NUL is allowed
     * @return the time
     * @throws IllegalArgumentException naming the first character or value out of place
     */
    static SmppTime parse(String text) {
        return SmppTimeParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns an absolute time in UTC ({@code nn} 00, {@code p} '+'), to the tenth of a second.
     *
     * @param instant the moment
     * @return the time
     * @throws IllegalArgumentException for a year outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     */
    static Absolute absolute(Instant instant) {
        return new Absolute(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * Returns an absolute time written in its own offset, to the tenth of a second.
     *
     * @param time the local time and its offset, a whole number of quarter hours
     * @return the time
     * @throws IllegalArgumentException for another offset or a year outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     */
    static Absolute absolute(OffsetDateTime time) {
        return new Absolute(time);
    }

    /**
     * Returns a relative time of whole seconds, written as days, hours, minutes and seconds.
     *
     * @param duration from 0 up to 99 days, 23:59:59
     * @return the time
     * @throws IllegalArgumentException for a negative or longer duration or a fraction of a second
     */
    static Relative relative(Duration duration) {
        if (duration.isNegative() || duration.getNano() != 0 || duration.toDays() > 99) {
            throw new IllegalArgumentException("relative time: " + duration
                    + " (expected whole seconds from 0 to 99 days, 23:59:59)");
        }
        return new Relative(0, 0, (int) duration.toDays(), duration.toHoursPart(), duration.toMinutesPart(),
                duration.toSecondsPart());
    }

    /**
     * An absolute time: the local time and its offset from UTC, to the tenth of a second. The reference allows
     * offsets of 00-48 quarter hours; zones further east exist (UTC+13:45, UTC+14), and some stacks (jSMPP) write
     * them as 55 or 56, so such an offset is read but written as the same moment in UTC.
     *
     * @param time the time; its offset a whole number of quarter hours
     * @since 0.1.0
     */
    record Absolute(OffsetDateTime time) implements SmppTime {

        private static final int MAX_WRITTEN_QUARTERS = 48;

        /** Validates and drops what a tenth of a second cannot carry. */
        public Absolute {
            Objects.requireNonNull(time, "time");
            if (time.getOffset().getTotalSeconds() % 900 != 0) {
                throw new IllegalArgumentException("absolute time: offset " + time.getOffset()
                        + " (expected whole quarter hours)");
            }
            checkYear(time.getYear());
            checkYear(written(time).getYear());
            time = time.withNano(time.getNano() / 100_000_000 * 100_000_000);
        }

        private static void checkYear(int year) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new IllegalArgumentException("absolute time: year " + year + " (expected " + FIRST_YEAR + "-"
                        + LAST_YEAR + ", what two digits can name)");
            }
        }

        /** The time as written: in its own offset, or in UTC for an offset beyond the reference's 48 quarters. */
        private static OffsetDateTime written(OffsetDateTime time) {
            return Math.abs(time.getOffset().getTotalSeconds()) <= MAX_WRITTEN_QUARTERS * 900 ? time
                    : time.withOffsetSameInstant(ZoneOffset.UTC);
        }

        @Override
        public String format() {
            OffsetDateTime shown = written(time);
            int offset = shown.getOffset().getTotalSeconds();
            StringBuilder sb = new StringBuilder(16);
            twoDigits(sb, shown.getYear() % 100);
            twoDigits(sb, shown.getMonthValue());
            twoDigits(sb, shown.getDayOfMonth());
            twoDigits(sb, shown.getHour());
            twoDigits(sb, shown.getMinute());
            twoDigits(sb, shown.getSecond());
            sb.append((char) ('0' + shown.getNano() / 100_000_000));
            twoDigits(sb, Math.abs(offset) / 900);
            return sb.append(offset < 0 ? '-' : '+').toString();
        }

        @Override
        public Instant resolve(Instant now) {
            return time.toInstant();
        }
    }

    /**
     * A relative time: added to the MC's clock field by field, years first.
     *
     * @param years 0..99
     * @param months 0..99
     * @param days 0..99
     * @param hours 0..99
     * @param minutes 0..99
     * @param seconds 0..99
     * @since 0.1.0
     */
    record Relative(int years, int months, int days, int hours, int minutes, int seconds) implements SmppTime {

        /** Validates: each field is two digits on the wire. */
        public Relative {
            int[] fields = {years, months, days, hours, minutes, seconds};
            for (int f : fields) {
                if (f < 0 || f > 99) {
                    throw new IllegalArgumentException("relative time: field " + f + " (expected 0..99)");
                }
            }
        }

        @Override
        public String format() {
            StringBuilder sb = new StringBuilder(16);
            for (int f : new int[] {years, months, days, hours, minutes, seconds}) {
                twoDigits(sb, f);
            }
            return sb.append("000R").toString();
        }

        @Override
        public Instant resolve(Instant now) {
            try {
                return now.atOffset(ZoneOffset.UTC).plusYears(years).plusMonths(months).plusDays(days)
                        .plusHours(hours).plusMinutes(minutes).plusSeconds(seconds).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("relative time: " + format() + " from " + now + " is out of range",
                        e);
            }
        }
    }

    private static void twoDigits(StringBuilder sb, int value) {
        sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
