package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SequenceProperties {

    @Property(tries = 200)
    void nextSequenceStaysInRange(@ForAll int current) {
        int next = Outflow.nextSequence(current);
        assertThat(next).isBetween(1, 0x7FFFFFFF);
        if (current >= 1 && current < 0x7FFFFFFF) {
            assertThat(next).isEqualTo(current + 1);
        }
    }

    @Property(tries = 100)
    void throttlePauseNeverExceedsItsBound(@ForAll @IntRange(min = 1, max = 64) int throttledAnswers) {
        Throttle t = new Throttle(java.time.Duration.ofMillis(200));
        java.time.Duration last = java.time.Duration.ZERO;
        for (int i = 0; i < throttledAnswers; i++) {
            last = t.throttled();
        }
        assertThat(last).isBetween(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(200));
    }

    @Test
    void wrapsFromTheLargestToOne() {
        assertThat(Outflow.nextSequence(0x7FFFFFFF)).isEqualTo(1);
        assertThat(Outflow.nextSequence(0)).isEqualTo(1);
        assertThat(Outflow.nextSequence(0x7FFFFFFE)).isEqualTo(0x7FFFFFFF);
    }

    @Test
    void throttleSlowsDownAndRecovers() {
        Throttle t = new Throttle(java.time.Duration.ofSeconds(1));
        assertThat(t.tryPass()).isTrue();
        t.throttled();
        assertThat(t.tryPass()).isTrue();
        assertThat(t.tryPass()).as("the next send must wait for the pause").isFalse();
        t.succeeded();
        assertThat(t.tryPass()).as("a halved 10 ms pause falls back to none").isTrue();
        assertThat(t.tryPass()).isTrue();
    }
}
