package io.github.smppkit.dlr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The day arithmetic of {@link ReceiptDates} against {@code java.time}: the same instant for every real date-time
 * of the 10, 12 and 14 digit forms, in fixed offsets and in zones with daylight saving time, and {@code null} exactly
 * for the fields that {@code LocalDateTime.of} rejects (month 0 or 13, 30 February, hour 24, ...).
 */
class ReceiptDatesProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHours(-8), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));

    @Property(tries = 3000)
    void readsWhatJavaTimeReads(@ForAll @IntRange(min = 0, max = 99) int century,
            @ForAll @IntRange(min = 0, max = 99) int yy, @ForAll @IntRange(max = 13) int month,
            @ForAll @IntRange(max = 32) int day, @ForAll @IntRange(max = 24) int hour,
            @ForAll @IntRange(max = 60) int minute, @ForAll @IntRange(max = 60) int second,
            @ForAll @IntRange(max = 2) int form, @ForAll("zone") ZoneId zone) {
        String digits = two(yy) + two(month) + two(day) + two(hour) + two(minute);
        int year = 2000 + yy;
        int sec = 0;
        if (form == 1) {
            digits += two(second);
            sec = second;
        } else if (form == 2) {
            digits = two(century) + digits + two(second);
            year = century * 100 + yy;
            sec = second;
        }
        String s = "x:" + digits + " ";

        Instant read = ReceiptDates.parse(s, 2, 2 + digits.length(), zone);

        Instant expected = expected(year, month, day, hour, minute, sec, zone);
        Statistics.label("date").collect(expected != null ? "real" : "not real");
        Statistics.label("date").coverage(c -> c.check("real").percentage(p -> p > 30));
        assertThat(read).isEqualTo(expected);
    }

    @Example
    void leapDaysFollowTheGregorianRules() {
        assertThat(ReceiptDates.parse("2402291200", 0, 10, ZoneOffset.UTC)).hasToString("2024-02-29T12:00:00Z");
        assertThat(ReceiptDates.parse("0002291200", 0, 10, ZoneOffset.UTC)).hasToString("2000-02-29T12:00:00Z");
        assertThat(ReceiptDates.parse("19000229120000", 0, 14, ZoneOffset.UTC)).isNull();
        assertThat(ReceiptDates.parse("2302291200", 0, 10, ZoneOffset.UTC)).isNull();
    }

    @Example
    void charactersNextToTheDigitsAreNotDigits() {
        // '/' and ':' border '0' and '9'; a NUL and a char above 0xFF wrap around in the one-test digit check
        for (String s : List.of("240101120/", "24010112:0", "2401\0" + "11200", "24011\u01302120", "/401011200")) {
            assertThat(ReceiptDates.parse(s, 0, 10, ZoneOffset.UTC)).as(s).isNull();
        }
    }

    @Provide
    Arbitrary<ZoneId> zone() {
        return Arbitraries.of(ZONES);
    }

    private static Instant expected(int year, int month, int day, int hour, int minute, int second, ZoneId zone) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String two(int v) {
        return String.format("%02d", v);
    }
}
