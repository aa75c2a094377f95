package io.github.smppkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.cluster.ClusterException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisConnectionTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static ClusterException failure(String uri) {
        try (RedisConnection c = RedisConnection.builder(uri).timeout(java.time.Duration.ofSeconds(2)).open()) {
            throw new AssertionError("opened " + c);
        } catch (ClusterException e) {
            return e;
        }
    }

    @Test
    void opensAndPings() {
        try (RedisConnection c = RedisConnection.open(REDIS.uri())) {
            c.ping();
            assertThat(c.address()).isEqualTo("127.0.0.1:" + REDIS.port());
            assertThat(c.toString()).isEqualTo("RedisConnection[redis://127.0.0.1:" + REDIS.port() + "/0]");
        }
    }

    @Test
    void badUrisNameTheProblemButNeverTheCredentials() {
        assertThat(failure("http://user:s3cret@localhost:6379")).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.BAD_URI);
            assertThat(e.getMessage()).contains("scheme 'http'").doesNotContain("s3cret");
        });
        assertThat(failure("redis://:s3cret@/0").reason()).isEqualTo(Reason.BAD_URI);
        assertThat(failure("redis://:s3cret@host:6379/x1").getMessage()).contains("database")
                .doesNotContain("s3cret");
        assertThat(failure("redis://:s3 cret@host:6379").getMessage()).contains("not a valid URI")
                .doesNotContain("s3");
        assertThat(failure("").reason()).isEqualTo(Reason.BAD_URI);
        assertThat(failure("redis://h:99999").getMessage()).contains("port 99999");
    }

    @Test
    void refusedConnectionIsReportedAsSuch() throws Exception {
        int closedPort = RedisServerExtension.freePort();
        ClusterException e = failure("redis://:s3cret@127.0.0.1:" + closedPort);
        assertThat(e.reason()).isEqualTo(Reason.CONNECTION_REFUSED);
        assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort).contains("refused").doesNotContain("s3cret");
    }

    @Test
    void authenticationFailureIsReportedWithoutThePassword() {
        try (Jedis admin = REDIS.client()) {
            admin.aclSetUser("alice", "on", ">wonderland", "~*", "+@all");
        }
        ClusterException e = failure("redis://alice:rabbit-hole@127.0.0.1:" + REDIS.port());
        assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
        assertThat(e.getMessage()).contains("authentication").doesNotContain("rabbit").doesNotContain("alice");
        ClusterException noPasswordSet = failure("redis://:rabbit-hole@127.0.0.1:" + REDIS.port());
        assertThat(noPasswordSet.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
        assertThat(noPasswordSet.getMessage()).doesNotContain("rabbit");
        try (RedisConnection ok = RedisConnection.open("redis://alice:wonderland@127.0.0.1:" + REDIS.port())) {
            ok.ping();
            assertThat(ok.toString()).doesNotContain("wonderland").doesNotContain("alice").contains("***@");
        }
    }

    @Test
    void commandsAfterTheServerIsGoneFailAsUnavailableOrRefused() throws Exception {
        RedisServerExtension other = new RedisServerExtension();
        other.beforeAll(null);
        RedisConnection c = RedisConnection.open(other.uri());
        try {
            other.stop(false);
            assertThatThrownBy(c::ping).isInstanceOfSatisfying(ClusterException.class,
                    e -> assertThat(e.reason()).isIn(Reason.UNAVAILABLE, Reason.CONNECTION_REFUSED));
        } finally {
            c.close();
            other.afterAll(null);
        }
    }

    @Test
    void aClosedConnectionSaysSoInsteadOfBlamingRedis() {
        RedisConnection c = RedisConnection.open(REDIS.uri());
        c.close();
        c.close();
        assertThatThrownBy(c::ping).isInstanceOfSatisfying(ClusterException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
            assertThat(e.getMessage()).contains("closed").contains("127.0.0.1:" + REDIS.port());
        });
    }

    @Test
    void manyThreadsShareASmallPoolWithoutFailures() throws Exception {
        try (RedisConnection c = RedisConnection.builder(REDIS.uri()).maxConnections(2).open()) {
            ExecutorService pool = Executors.newFixedThreadPool(24);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 24; t++) {
                work.add(pool.submit(() -> {
                    go.await();
                    for (int k = 0; k < 100; k++) {
                        c.ping();
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
        }
    }

    @Test
    void aStalledServerFailsACommandWithinTheTimeout() {
        try (RedisConnection c = RedisConnection.builder(REDIS.uri()).timeout(Duration.ofMillis(300)).open()) {
            REDIS.pause(3_000);
            try {
                long start = System.nanoTime();
                assertThatThrownBy(c::ping).isInstanceOfSatisfying(ClusterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
                // The 300 ms timeout, with room for a loaded machine, yet below the pause.
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
            } finally {
                REDIS.awaitUnpaused();
            }
            c.ping();
        }
    }
}
