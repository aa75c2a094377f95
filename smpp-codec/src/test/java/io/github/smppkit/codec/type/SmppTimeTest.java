package io.github.smppkit.codec.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time fields (reference §8): the reference's examples, both ways, and every malformed character named. */
class SmppTimeTest {

    @Test
    void readsAndWritesTheReferenceExamples() {
        // §8.1: 2024-03-15 14:30:00.0 local, UTC+1:00 -> 13:30:00Z
        SmppTime absolute = SmppTime.parse("240315143000004+");
        assertThat(absolute).isEqualTo(SmppTime.absolute(
                OffsetDateTime.of(2024, 3, 15, 14, 30, 0, 0, ZoneOffset.ofHours(1))));
        assertThat(absolute.resolve(Instant.EPOCH)).isEqualTo(Instant.parse("2024-03-15T13:30:00Z"));
        assertThat(absolute.format()).isEqualTo("240315143000004+");
        // §8.2: 10 minutes
        SmppTime relative = SmppTime.parse("000000001000000R");
        assertThat(relative).isEqualTo(SmppTime.relative(Duration.ofMinutes(10)));
        assertThat(relative.resolve(Instant.parse("2026-11-24T23:55:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T00:05:00Z"));
        assertThat(SmppTime.relative(Duration.ofMinutes(10)).format()).isEqualTo("000000001000000R");
    }

    @Test
    void writesOffsetsBehindUtcTenthsAndUtc() {
        assertThat(SmppTime.absolute(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 678_000_000,
                ZoneOffset.ofHoursMinutes(-9, -30))).format()).isEqualTo("260102030405638-");
        assertThat(SmppTime.absolute(Instant.parse("2026-11-24T23:59:59.95Z")).format())
                .isEqualTo("261124235959900+");
        assertThat(SmppTime.parse("261124235959900-").resolve(Instant.EPOCH))
                .isEqualTo(Instant.parse("2026-11-24T23:59:59.9Z"));
        assertThat(SmppTime.parse("000000001000000R\0")).isEqualTo(SmppTime.relative(Duration.ofMinutes(10)));
    }

    @Test
    void relativeYearsAndMonthsFollowTheCalendar() {
        SmppTime t = SmppTime.parse("010200000000000R");
        assertThat(t).isEqualTo(new SmppTime.Relative(1, 2, 0, 0, 0, 0));
        assertThat(t.resolve(Instant.parse("2026-12-31T00:00:00Z"))).isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
        assertThat(SmppTime.relative(Duration.ofDays(99).plusHours(23).plusMinutes(59).plusSeconds(59)).format())
                .isEqualTo("000099235959000R");
    }

    @Test
    void twoDigitYearsNameNineteenThirtyEightToTwentyThirtySeven() {
        assertThat(SmppTime.parse("370101000000000+").resolve(Instant.EPOCH).atOffset(ZoneOffset.UTC).getYear())
                .isEqualTo(2037);
        assertThat(SmppTime.parse("380101000000000+").resolve(Instant.EPOCH).atOffset(ZoneOffset.UTC).getYear())
                .isEqualTo(1938);
        assertThatThrownBy(() -> SmppTime.absolute(Instant.parse("2038-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 2038");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2403151430000004+|17 characters",
        "24031514300004+|15 characters",
        "24a315143000004+|'a' at 2",
        "240315143000004x|'x' at 15",
        "240315143000073+|offset of 73 quarter hours",
        "241315143000004+|MonthOfYear",
        "240231143000004+|FEBRUARY 31",
        "240315243000004+|HourOfDay",
        "0000000010000 0R|' ' at 13",
    })
    void malformedTimesAreRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> SmppTime.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void offsetsBeyondTwelveHoursAreReadAndWrittenInUtc() {
        // jSMPP 3.0.1 writes Kiritimati (UTC+14) as 56 quarter hours, past the reference's 00-48
        assertThat(SmppTime.parse("251125060203456+").resolve(Instant.EPOCH))
                .isEqualTo(Instant.parse("2025-11-24T16:02:03.400Z"));
        SmppTime tonga = SmppTime.absolute(OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(13)));
        assertThat(tonga.format()).isEqualTo("251231230000000+");
        assertThat(SmppTime.parse(tonga.format()).resolve(Instant.EPOCH)).isEqualTo(tonga.resolve(Instant.EPOCH));
    }

    @Test
    void valuesNoFieldCanCarryAreRefused() {
        assertThatThrownBy(() -> SmppTime.absolute(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0,
                ZoneOffset.ofHoursMinutes(5, 20)))).hasMessageContaining("quarter hours");
        assertThatThrownBy(() -> SmppTime.relative(Duration.ofDays(100))).hasMessageContaining("99 days");
        assertThatThrownBy(() -> SmppTime.relative(Duration.ofMillis(1500))).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> SmppTime.relative(Duration.ofSeconds(-1))).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> new SmppTime.Relative(0, 0, 0, 100, 0, 0)).hasMessageContaining("0..99");
    }

    @Property(tries = 2000)
    void absoluteTimesRoundTrip(@ForAll @LongRange(min = -1_009_843_200L, max = 2_145_916_799L) long epochSecond,
            @ForAll @IntRange(min = 0, max = 9) int tenth, @ForAll @IntRange(min = -48, max = 48) int quarters) {
        OffsetDateTime time = Instant.ofEpochSecond(epochSecond, tenth * 100_000_000L)
                .atOffset(ZoneOffset.ofTotalSeconds(quarters * 900));
        if (time.getYear() < SmppTime.FIRST_YEAR || time.getYear() > SmppTime.LAST_YEAR) {
            return; // the offset moved the local year past what two digits name
        }
        SmppTime.Absolute a = SmppTime.absolute(time);
        String text = a.format();
        assertThat(text).hasSize(16);
        assertThat(SmppTime.parse(text)).isEqualTo(a);
        assertThat(a.resolve(Instant.EPOCH)).isEqualTo(time.toInstant());
    }

    @Property(tries = 5000)
    void anyTextIsReadOrRefusedWithAReasonNeverWithAnotherException(
            @ForAll("timeLike") String text, @ForAll @LongRange(min = -3_000_000_000L, max = 9_000_000_000L) long now) {
        // what the simulator does with a peer's field: parse, then resolve against its clock
        try {
            SmppTime t = SmppTime.parse(text);
            assertThat(t.format()).hasSize(16);
            t.resolve(Instant.ofEpochSecond(now));
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** Mostly 16 characters of digits and the signs, so that many parse; sometimes any length, any character. */
    @Provide
    Arbitrary<String> timeLike() {
        Arbitrary<String> near = Arbitraries.strings().withChars("0123456789+-R \0x").ofLength(16);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(15)
                .flatMap(d -> Arbitraries.of('+', '-', 'R').map(p -> d + p));
        return Arbitraries.oneOf(digits, near, Arbitraries.strings().ofMinLength(0).ofMaxLength(20));
    }

    @Property(tries = 1000)
    void relativeTimesRoundTrip(@ForAll @LongRange(min = 0, max = 99 * 86_400L + 86_399) long seconds) {
        SmppTime.Relative r = SmppTime.relative(Duration.ofSeconds(seconds));
        assertThat(SmppTime.parse(r.format())).isEqualTo(r);
        Instant now = Instant.parse("2026-11-24T00:00:00Z");
        assertThat(r.resolve(now)).isEqualTo(now.plusSeconds(seconds));
    }
}
