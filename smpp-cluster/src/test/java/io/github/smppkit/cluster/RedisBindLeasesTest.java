package io.github.smppkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.providers.Providers;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

class RedisBindLeasesTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private RedisConnection connection() {
        RedisConnection c = RedisConnection.open(REDIS.uri());
        REDIS.closeAfterTest(c);
        return c;
    }

    private RedisBindLeases node(RedisConnection c, String id, int max, Duration ttl, Duration wait) {
        RedisBindLeases leases = RedisBindLeases.builder(c, "8x8", max).nodeId(id).ttl(ttl).acquireTimeout(wait)
                .build();
        REDIS.closeAfterTest(leases);
        return leases;
    }

    @Test
    void theClusterNeverHoldsMoreThanTheLimit() {
        RedisBindLeases a = node(connection(), "a", 2, Duration.ofSeconds(30), Duration.ZERO);
        RedisBindLeases b = node(connection(), "b", 2, Duration.ofSeconds(30), Duration.ZERO);
        a.acquire("acme");
        b.acquire("acme");
        assertThatThrownBy(() -> b.acquire("acme")).isInstanceOf(SmppTimeoutException.class)
                .hasMessageContaining("all 2 binds of 8x8/acme");
        b.acquire("other");
        assertThat(a.heldInCluster("acme")).isEqualTo(2);
        a.release("acme");
        b.acquire("acme");
        assertThat(b.heldLocally("acme")).isEqualTo(2);
        assertThat(a.heldLocally("acme")).isZero();
        b.close();
        assertThat(a.heldInCluster("acme")).isZero();
        assertThat(a.heldInCluster("other")).isZero();
    }

    @Test
    void concurrentBindersOnThreeNodesStayWithinTheLimit() throws Exception {
        List<RedisBindLeases> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(node(connection(), "n" + i, 4, Duration.ofSeconds(30), Duration.ofSeconds(20)));
        }
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger binds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 9; t++) {
            RedisBindLeases leases = nodes.get(t % 3);
            work.add(pool.submit(() -> {
                go.await();
                for (int k = 0; k < 20; k++) {
                    leases.acquire("acme");
                    int now = holding.incrementAndGet();
                    most.accumulateAndGet(now, Math::max);
                    binds.incrementAndGet();
                    Thread.sleep(1);
                    holding.decrementAndGet();
                    leases.release("acme");
                }
                return null;
            }));
        }
        go.countDown();
        try {
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(binds.get()).isEqualTo(180);
        assertThat(most.get()).isBetween(1, 4);
        assertThat(nodes.get(0).heldInCluster("acme")).isZero();
    }

    @Test
    void aDeadNodesLeaseExpiresWithinTheTtlAndAnotherNodeTakesIt() {
        RedisConnection deadLink = connection();
        RedisBindLeases dead = node(deadLink, "dead", 1, Duration.ofMillis(600), Duration.ZERO);
        RedisBindLeases alive = node(connection(), "alive", 1, Duration.ofMillis(600), Duration.ofSeconds(10));
        dead.acquire("acme");
        assertThat(alive.heldInCluster("acme")).isEqualTo(1);
        // The node "dies": it can no longer reach Redis, so it neither renews nor releases.
        deadLink.close();
        alive.acquire("acme");
        assertThat(alive.heldLocally("acme")).isEqualTo(1);
        assertThat(alive.heldInCluster("acme")).isEqualTo(1);
        try (Jedis j = REDIS.client()) {
            assertThat(j.zrange("smppkit:lease:3:8x8:acme", 0, -1)).singleElement().asString()
                    .startsWith("alive#");
        }
    }

    @Test
    void theHeartbeatKeepsALiveNodesLeaseBeyondTheTtl() throws Exception {
        RedisConnection c = connection();
        RedisBindLeases holder = RedisBindLeases.builder(c, "8x8", 1).nodeId("holder").ttl(Duration.ofMillis(900))
                .heartbeat(Duration.ofMillis(100)).build();
        REDIS.closeAfterTest(holder);
        RedisBindLeases other = node(connection(), "other", 1, Duration.ofMillis(900), Duration.ZERO);
        holder.acquire("acme");
        for (int i = 0; i < 5; i++) {
            Thread.sleep(400);
            assertThatThrownBy(() -> other.acquire("acme")).isInstanceOf(SmppTimeoutException.class);
        }
        holder.release("acme");
        other.acquire("acme");
    }

    @Test
    void aNodeWithAShorterTtlNeverCutsAnotherNodesLease() throws Exception {
        RedisBindLeases longLived = node(connection(), "long", 2, Duration.ofSeconds(30), Duration.ZERO);
        RedisBindLeases shortLived = node(connection(), "short", 2, Duration.ofMillis(200), Duration.ZERO);
        longLived.acquire("acme");
        shortLived.acquire("acme");
        shortLived.release("acme");
        // Well past the short TTL, well within the long one (whose first heartbeat is 10 s away).
        Thread.sleep(600);
        assertThat(longLived.heldInCluster("acme")).isEqualTo(1);
        shortLived.acquire("acme");
        assertThatThrownBy(() -> shortLived.acquire("acme")).isInstanceOf(SmppTimeoutException.class);
    }

    @Test
    void unreachableRedisRefusesTheBindWithAConnectionError() {
        RedisConnection c = connection();
        RedisBindLeases leases = node(c, "n", 1, Duration.ofSeconds(5), Duration.ZERO);
        c.close();
        assertThatThrownBy(() -> leases.acquire("acme")).isInstanceOf(SmppConnectionException.class)
                .hasMessageContaining("cannot lease a bind of 8x8/acme");
    }

    @Test
    void theProviderProfileGivesTheLimit() {
        RedisBindLeases leases = RedisBindLeases.builder(connection(), Providers.byName("8x8").orElseThrow())
                .build();
        REDIS.closeAfterTest(leases);
        for (int i = 0; i < 4; i++) {
            leases.acquire("acme");
        }
        assertThatThrownBy(() -> leases.acquire("acme")).isInstanceOf(SmppTimeoutException.class)
                .hasMessageContaining("all 4 binds of 8x8/acme");
    }

    @Test
    void theHeartbeatTakesBackALeaseARedisRestartLost() throws Exception {
        RedisServerExtension own = new RedisServerExtension();
        own.beforeAll(null);
        RedisConnection c = RedisConnection.builder(own.uri()).timeout(Duration.ofMillis(500)).open();
        RedisBindLeases leases = RedisBindLeases.builder(c, "8x8", 1).nodeId("n").ttl(Duration.ofSeconds(2))
                .heartbeat(Duration.ofMillis(100)).build();
        try {
            leases.acquire("acme");
            own.stop(false);
            own.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            int inCluster = 0;
            while (inCluster == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                try (Jedis j = own.client()) {
                    inCluster = (int) j.zcard("smppkit:lease:3:8x8:acme");
                }
            }
            assertThat(inCluster).isEqualTo(1);
            assertThat(leases.heldLocally("acme")).isEqualTo(1);
        } finally {
            leases.close();
            c.close();
            own.afterAll(null);
        }
    }

    @Test
    void aStalledRedisRefusesTheBindWithinTheTimeoutAndLeaksNoSlot() throws Exception {
        RedisConnection c = RedisConnection.builder(REDIS.uri()).timeout(Duration.ofMillis(300)).open();
        REDIS.closeAfterTest(c);
        RedisBindLeases leases = node(c, "n", 1, Duration.ofSeconds(30), Duration.ZERO);
        REDIS.pause(3_000);
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> leases.acquire("acme")).isInstanceOf(SmppConnectionException.class)
                    .hasMessageContaining("cannot lease a bind of 8x8/acme");
            // The script's 300 ms timeout and the release's: below the pause.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        } finally {
            REDIS.awaitUnpaused();
        }
        assertThat(leases.heldLocally("acme")).isZero();
        // The unanswered script ran once Redis went on; its slot must not stay taken for the 30 s TTL.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (leases.heldInCluster("acme") != 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(leases.heldInCluster("acme")).isZero();
    }

    @Test
    void anInterruptedBinderWaitingForAPooledConnectionIsToldSoNotThatRedisIsDown() throws Exception {
        RedisConnection c = RedisConnection.builder(REDIS.uri()).timeout(Duration.ofSeconds(20)).maxConnections(1)
                .open();
        REDIS.closeAfterTest(c);
        RedisBindLeases leases = node(c, "n", 1, Duration.ofSeconds(30), Duration.ZERO);
        REDIS.pause(3_000);
        // Holds the one pooled connection in a stalled call.
        Thread holder = new Thread(() -> leases.heldInCluster("other"), "holder");
        holder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (Arrays.stream(holder.getStackTrace()).noneMatch(f -> f.getClassName().endsWith("RedisInputStream"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(holder.getStackTrace()).as("the holder reads its reply")
                    .anyMatch(f -> f.getClassName().endsWith("RedisInputStream"));
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> leases.acquire("acme")).isInstanceOf(SmppInterruptedException.class)
                        .hasMessageContaining("interrupted while leasing a bind of 8x8/acme");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        } finally {
            REDIS.awaitUnpaused();
            holder.join(20_000);
        }
        assertThat(leases.heldInCluster("acme")).isZero();
    }
}
