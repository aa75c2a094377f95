package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReconnectPolicyProperties {

    @Property(tries = 300)
    void delaysGrowWithinJitterAndStayCapped(@ForAll @IntRange(min = 1, max = 10_000) int attempt,
            @ForAll @DoubleRange(min = 1.0, max = 10.0) double multiplier,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double jitter) {
        Duration initial = Duration.ofMillis(100);
        Duration max = Duration.ofSeconds(30);
        ReconnectPolicy p = new ReconnectPolicy(true, initial, max, multiplier, jitter);
        Duration d = p.delay(attempt);
        double base = Math.min(max.toNanos(), initial.toNanos() * Math.pow(multiplier, attempt - 1));
        assertThat(d).isLessThanOrEqualTo(max);
        assertThat((double) d.toNanos()).isBetween(Math.floor(base * (1 - jitter)) - 1,
                Math.min(max.toNanos(), Math.ceil(base * (1 + jitter))) + 1);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new ReconnectPolicy(true, Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0))
                .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new ReconnectPolicy(true, Duration.ZERO, Duration.ofSeconds(1), 2, 0))
                .hasMessageContaining("initialDelay");
        assertThatThrownBy(() -> new ReconnectPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new ReconnectPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> ReconnectPolicy.exponential(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withFirstConnectDeadline(Duration.ofSeconds(-1))).hasMessageContaining("firstConnectDeadline");
        assertThat(ReconnectPolicy.disabled().enabled()).isFalse();
        assertThat(ReconnectPolicy.exponential(Duration.ofSeconds(1), Duration.ofSeconds(1)).firstConnectDeadline())
                .isEqualTo(ReconnectPolicy.DEFAULT_FIRST_CONNECT_DEADLINE);
    }
}
