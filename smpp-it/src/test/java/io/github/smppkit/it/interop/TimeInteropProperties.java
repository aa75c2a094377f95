package io.github.smppkit.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.smppkit.codec.type.SmppTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jsmpp.util.AbsoluteTimeFormatter;
import org.jsmpp.util.RelativeTimeFormatter;
import org.smpp.pdu.SubmitSM;

/**
 * Time fields (reference §8) between SmppTime and other stacks: jSMPP 3.0.1's formatters write, we read, and the
 * other way round; OpenSMPP 3.0.2's setters, which check the form, take every time we write.
 */
class TimeInteropProperties {

    /** Zones behind, ahead, at half and three-quarter hours, and past UTC+12 (which jSMPP writes beyond 48). */
    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/Los_Angeles", "America/St_Johns", "Asia/Kolkata",
                "Asia/Kathmandu", "Australia/Eucla", "Pacific/Auckland", "Pacific/Chatham", "Pacific/Kiritimati",
                "Pacific/Pago_Pago");
    }

    @Property(tries = 2000)
    void absoluteTimesJsmppWritesReadAsTheSameMoment(@ForAll("zones") String zone,
            // from 2000-01-02: jSMPP writes year - 2000, so 1999 comes out as "-01" and 17 characters
            @ForAll @LongRange(min = 946_771_200_000L, max = 2_114_380_799_999L) long epochMilli) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone(zone));
        calendar.setTimeInMillis(epochMilli);
        String theirs = new AbsoluteTimeFormatter().format(calendar);
        Instant tenth = Instant.ofEpochMilli(epochMilli - Math.floorMod(epochMilli, 100L));
        assertThat(SmppTime.parse(theirs).resolve(Instant.EPOCH)).as(theirs).isEqualTo(tenth);
        SmppTime ours = SmppTime.absolute(Instant.ofEpochMilli(epochMilli).atZone(ZoneId.of(zone)).toOffsetDateTime());
        if (Math.abs(calendar.get(Calendar.ZONE_OFFSET) + calendar.get(Calendar.DST_OFFSET)) <= 12 * 3_600_000) {
            assertThat(ours.format()).isEqualTo(theirs);
        } else {
            assertThat(ours.format()).as("written in UTC").endsWith("00+");
        }
        // OpenSMPP refuses offsets past 48 quarter hours, as the reference does: what we write passes
        assertThatCode(() -> new SubmitSM().setValidityPeriod(ours.format())).doesNotThrowAnyException();
    }

    @Property(tries = 1000)
    void relativeTimesAreWrittenAlike(@ForAll @IntRange(min = 0, max = 99) int days,
            @ForAll @IntRange(min = 0, max = 23) int hours, @ForAll @IntRange(min = 0, max = 59) int minutes,
            @ForAll @IntRange(min = 0, max = 59) int seconds) {
        String theirs = RelativeTimeFormatter.format(0, 0, days, hours, minutes, seconds);
        SmppTime ours = SmppTime.relative(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes)
                .plusSeconds(seconds));
        assertThat(ours.format()).isEqualTo(theirs);
        assertThat(SmppTime.parse(theirs)).isEqualTo(ours);
        assertThatCode(() -> new SubmitSM().setScheduleDeliveryTime(ours.format())).doesNotThrowAnyException();
    }
}
