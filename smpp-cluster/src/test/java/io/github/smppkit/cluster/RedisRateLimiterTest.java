package io.github.smppkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.session.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisRateLimiterTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private RedisConnection connection() {
        RedisConnection c = RedisConnection.builder(REDIS.uri()).timeout(Duration.ofMillis(500)).open();
        REDIS.closeAfterTest(c);
        return c;
    }

    /** Microseconds on the Redis server's clock, the one the bucket refills by. */
    private static long redisMicros() {
        try (Jedis j = REDIS.client()) {
            List<String> t = j.time();
            return Long.parseLong(t.get(0)) * 1_000_000L + Long.parseLong(t.get(1));
        }
    }

    @Test
    void threeNodesTogetherTakeNoMoreThanBurstPlusRateTimesElapsed() throws Exception {
        double rate = 40;
        List<RedisRateLimiter> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(RedisRateLimiter.builder(connection(), "8x8/acme", rate).build());
        }
        AtomicInteger taken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        long start = redisMicros();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            RedisRateLimiter limiter = nodes.get(t % 3);
            work.add(pool.submit(() -> {
                go.await();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1200);
                while (System.nanoTime() < until) {
                    if (limiter.tryAcquire(1)) {
                        taken.incrementAndGet();
                    }
                    Thread.sleep(1);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        double elapsedSeconds = (redisMicros() - start) / 1e6;
        // Burst (one second's worth) plus the refill over the measured window on the shared clock.
        assertThat(taken.get()).isPositive().isLessThanOrEqualTo((int) Math.floor(rate + rate * elapsedSeconds));
        assertThat(nodes).noneMatch(RedisRateLimiter::isDegraded);
    }

    @Test
    void blockingAcquireSpreadsSegmentsOverTimeAcrossNodes() throws Exception {
        double rate = 100;
        List<RedisRateLimiter> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(RedisRateLimiter.builder(connection(), "8x8/acme", rate).burst(10).build());
        }
        long start = redisMicros();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> work = new ArrayList<>();
        for (RedisRateLimiter limiter : nodes) {
            work.add(pool.submit(() -> {
                for (int k = 0; k < 25; k++) {
                    limiter.acquire(2);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        double elapsedSeconds = (redisMicros() - start) / 1e6;
        // 150 segments, 10 in the burst: the rest needs at least 140 / 100 s of refill.
        assertThat(elapsedSeconds).isGreaterThanOrEqualTo(1.4 - 0.01);
    }

    @Test
    void degradesToTheLocalLimiterWhenRedisStopsAndComesBack() throws Exception {
        RedisServerExtension own = new RedisServerExtension();
        own.beforeAll(null);
        RedisConnection c = RedisConnection.builder(own.uri()).timeout(Duration.ofMillis(500)).open();
        try {
            RedisRateLimiter limiter = RedisRateLimiter.builder(c, "8x8/acme", 1000)
                    .localLimiter(RateLimiter.perSecond(5)).retryInterval(Duration.ofMillis(50)).build();
            assertThat(limiter.tryAcquire(1)).isTrue();
            assertThat(limiter.isDegraded()).isFalse();
            own.stop(false);
            int local = 0;
            for (int i = 0; i < 50; i++) {
                if (limiter.tryAcquire(1)) {
                    local++;
                }
            }
            assertThat(limiter.isDegraded()).isTrue();
            // The local bucket of 5/s: its burst of 5 and at most a refill or two while the loop runs.
            assertThat(local).isBetween(5, 8);
            limiter.acquire(1);
            own.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (limiter.isDegraded() && System.nanoTime() < deadline) {
                limiter.tryAcquire(1);
                Thread.sleep(20);
            }
            assertThat(limiter.isDegraded()).isFalse();
            try (Jedis j = own.client()) {
                assertThat(j.exists("smppkit:rate:8x8/acme")).isTrue();
            }
        } finally {
            c.close();
            own.afterAll(null);
        }
    }

    @Test
    void anInterruptWhileWaitingForAPooledConnectionIsAnInterruptNotAnOutage() throws Exception {
        RedisConnection c = RedisConnection.builder(REDIS.uri()).timeout(Duration.ofSeconds(20)).maxConnections(1)
                .open();
        REDIS.closeAfterTest(c);
        RedisRateLimiter limiter = RedisRateLimiter.builder(c, "8x8/acme", 1000).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Stalls the one pooled connection's call, so the second caller waits for the pool.
            REDIS.pause(5_000);
            List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> {
                    threads.add(Thread.currentThread());
                    try {
                        limiter.acquire(1);
                        return false;
                    } catch (InterruptedException e) {
                        return true;
                    }
                }));
            }
            Thread waiter = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (waiter == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
                // The caller in the socket read is RUNNABLE; the one waiting for the pool is parked.
                waiter = threads.size() < 2 ? null : threads.stream()
                        .filter(t -> t.getState() == Thread.State.TIMED_WAITING).findFirst().orElse(null);
            }
            assertThat(waiter).as("a caller waiting for the pooled connection").isNotNull();
            waiter.interrupt();
            Future<Boolean> interrupted = calls.get(threads.indexOf(waiter));
            assertThat(interrupted.get(15, TimeUnit.SECONDS)).as("acquire threw InterruptedException").isTrue();
            assertThat(limiter.isDegraded()).isFalse();
            assertThat(calls.get(1 - threads.indexOf(waiter)).get(15, TimeUnit.SECONDS)).isFalse();
            assertThat(limiter.isDegraded()).isFalse();
        } finally {
            pool.shutdownNow();
            REDIS.awaitUnpaused();
        }
    }

    @Test
    void aStalledRedisFallsBackToTheLocalLimiterWithinTheTimeout() throws Exception {
        RedisConnection c = RedisConnection.builder(REDIS.uri()).timeout(Duration.ofMillis(300)).open();
        REDIS.closeAfterTest(c);
        RedisRateLimiter limiter = RedisRateLimiter.builder(c, "8x8/acme", 1000)
                .localLimiter(RateLimiter.perSecond(5)).retryInterval(Duration.ofSeconds(30)).build();
        REDIS.pause(3_000);
        try {
            long start = System.nanoTime();
            limiter.acquire(1);
            assertThat(limiter.tryAcquire(1)).isTrue();
            // One 300 ms timeout, then the local bucket's burst: well within the pause.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
            assertThat(limiter.isDegraded()).isTrue();
        } finally {
            REDIS.awaitUnpaused();
        }
    }
}
