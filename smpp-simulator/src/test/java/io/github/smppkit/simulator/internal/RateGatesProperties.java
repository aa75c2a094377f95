package io.github.smppkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RateGatesProperties {

    private static final class SteppingClock implements InstantSource {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Property(tries = 200)
    void withAFrozenClockExactlyRateRequestsPass(@ForAll @IntRange(min = 1, max = 1000) int rate,
            @ForAll @IntRange(min = 0, max = 2000) int attempts) {
        RateGates gates = new RateGates(rate, new SteppingClock());
        int passed = 0;
        for (int i = 0; i < attempts; i++) {
            passed += gates.tryAcquire("k") ? 1 : 0;
        }
        assertThat(passed).isEqualTo(Math.min(rate, attempts));
    }

    @Property(tries = 200)
    void afterOneSecondTheBucketIsFullAgainButNeverFuller(@ForAll @IntRange(min = 1, max = 1000) int rate,
            @ForAll @IntRange(min = 1, max = 5) int seconds) {
        SteppingClock clock = new SteppingClock();
        RateGates gates = new RateGates(rate, clock);
        while (gates.tryAcquire("k")) {
            // drain
        }
        clock.now = clock.now.plus(Duration.ofSeconds(seconds));
        int passed = 0;
        while (gates.tryAcquire("k")) {
            passed++;
        }
        assertThat(passed).isEqualTo(rate);
        assertThat(gates.tryAcquire("other")).isTrue();
    }

    @Property(tries = 50)
    void zeroRateIsUnlimited(@ForAll @IntRange(min = 0, max = 5000) int attempts) {
        RateGates gates = new RateGates(0, new SteppingClock());
        for (int i = 0; i < attempts; i++) {
            assertThat(gates.tryAcquire("k")).isTrue();
        }
    }

    @Property(tries = 200)
    void usedPercentRisesWithEachTakeAndSays100ExactlyWhenTheNextTakeWouldFail(
            @ForAll @IntRange(min = 1, max = 1000) int rate, @ForAll @IntRange(min = 0, max = 1100) int takes,
            @ForAll @IntRange(min = 0, max = 1500) int laterMillis) {
        SteppingClock clock = new SteppingClock();
        RateGates gates = new RateGates(rate, clock);
        gates.tryAcquire("k");
        int before = gates.usedPercent("k");
        for (int i = 1; i < takes; i++) {
            gates.tryAcquire("k");
            int now = gates.usedPercent("k");
            assertThat(now).isBetween(before, 100);
            before = now;
        }
        clock.now = clock.now.plusMillis(laterMillis);
        int used = gates.usedPercent("k");
        assertThat(used).isBetween(0, 100);
        assertThat(used == 100).isEqualTo(!gates.tryAcquire("k"));
    }

    @Property(tries = 20)
    void anUnlimitedOrUntouchedGateIsIdle(@ForAll @IntRange(min = 0, max = 100) int rate) {
        RateGates gates = new RateGates(rate, new SteppingClock());
        assertThat(gates.usedPercent("never-taken")).isZero();
        gates.tryAcquire("k");
        assertThat(gates.usedPercent("k")).isEqualTo(rate == 0 ? 0 : rate == 1 ? 100 : 100 / rate);
    }
}
