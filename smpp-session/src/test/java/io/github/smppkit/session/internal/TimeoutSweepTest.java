package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.EnquireLink;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One timer task for all deadlines: none expires early, every one expires, answered ones never. */
class TimeoutSweepTest {

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final PendingMap pending = new PendingMap(16);
    private final Map<Integer, Long> expiredAt = new ConcurrentHashMap<>();
    private final CountDownLatch expired = new CountDownLatch(3);
    private final TimeoutSweep sweep = new TimeoutSweep(timer, pending, p -> {
        if (pending.remove(p)) {
            expiredAt.put(p.sequenceNumber, System.nanoTime());
            expired.countDown();
        }
    });

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private Pending put(int seq, Duration timeout) {
        Pending p = new Pending(new EnquireLink(0), seq, false, timeout, null);
        assertThat(pending.putIfAbsent(p)).isTrue();
        sweep.arm(p.deadline);
        return p;
    }

    @Test
    void everyEntryExpiresNoEarlierThanItsDeadlineWhateverTheOrderOfDeadlines() throws Exception {
        Pending late = put(1, Duration.ofMillis(300));
        Pending early = put(2, Duration.ofMillis(40));
        Pending middle = put(3, Duration.ofMillis(120));
        Pending answered = put(4, Duration.ofMillis(40));
        assertThat(pending.remove(4)).isSameAs(answered);

        assertThat(expired.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(expiredAt).containsOnlyKeys(1, 2, 3);
        assertThat(expiredAt.get(1) - late.deadline).isNotNegative();
        assertThat(expiredAt.get(2) - early.deadline).isNotNegative();
        assertThat(expiredAt.get(3) - middle.deadline).isNotNegative();
        assertThat(pending.size()).isZero();
    }

    @Test
    void aSweepRearmsForWhatIsLeftAfterItFires() throws Exception {
        put(1, Duration.ofMillis(20));
        Thread.sleep(60);
        put(2, Duration.ofMillis(20));
        put(3, Duration.ofMillis(50));
        assertThat(expired.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(expiredAt).containsOnlyKeys(1, 2, 3);
    }
}
