package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.EnquireLink;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sender putting, the reader removing by sequence number and a timeout sweep removing entries all at once:
 * every entry is taken out exactly once, including those that went to the overflow.
 */
class PendingMapConcurrencyTest {

    private static final int ENTRIES = 200_000;
    private static final Pending END = new Pending(new EnquireLink(1), 1, false, Duration.ofSeconds(1), null);

    private final PendingMap map = new PendingMap(16);
    private final LinkedBlockingQueue<Pending> sent = new LinkedBlockingQueue<>(100);
    private final AtomicReferenceArray<Pending> recent = new AtomicReferenceArray<>(64);
    private final Set<Pending> taken = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean sending = true;

    @Test
    @Timeout(60)
    void everyEntryIsTakenOnce() throws Exception {
        Thread reader = new Thread(() -> recordFailure(this::read));
        Thread sweeper = new Thread(() -> recordFailure(this::sweep));
        reader.start();
        sweeper.start();
        for (int i = 1; i <= ENTRIES; i++) {
            // every 7th a caller's own number far away, landing on slots that consecutive numbers use
            int seq = i % 7 == 0 ? 1_000_000 + i : i;
            Pending p = new Pending(new EnquireLink(seq), seq, false, Duration.ofSeconds(1), null);
            assertThat(map.putIfAbsent(p)).isTrue();
            recent.set(i & 63, p);
            send(p);
        }
        send(END);
        reader.join();
        sending = false;
        sweeper.join();

        assertThat(failure.get()).isNull();
        assertThat(taken).hasSize(ENTRIES);
        assertThat(map.size()).isZero();
        assertThat(map.values()).isEmpty();
    }

    private void send(Pending p) throws InterruptedException {
        assertThat(sent.offer(p, 10, TimeUnit.SECONDS)).as("reader stopped: %s", failure.get()).isTrue();
    }

    private void recordFailure(Runnable body) {
        try {
            body.run();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    private void read() {
        try {
            for (Pending p = sent.take(); p != END; p = sent.take()) {
                // null when the sweep took it first
                Pending removed = map.remove(p.sequenceNumber);
                if (removed != null) {
                    assertThat(removed).isSameAs(p);
                    assertThat(taken.add(removed)).as("taken twice: %s", removed.sequenceNumber).isTrue();
                }
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sweep() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (sending) {
            Pending p = recent.get(random.nextInt(64));
            if (p != null && map.remove(p)) {
                assertThat(taken.add(p)).as("taken twice: %s", p.sequenceNumber).isTrue();
            }
            if (random.nextInt(1000) == 0) {
                // now and then let the reader take most of them
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
            }
        }
    }
}
