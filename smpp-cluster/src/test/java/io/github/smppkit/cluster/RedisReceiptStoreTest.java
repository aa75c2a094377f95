package io.github.smppkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.CorrelationListener;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.NetworkErrorCode;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptKind;
import io.github.smppkit.dlr.ReceiptMatch;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.ReceiptStore;
import io.github.smppkit.dlr.RemovalCause;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.dlr.Submission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisReceiptStoreTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String SCOPE = "8x8/acme";

    /** A "node": its own connection pool and store instance. */
    /** A store whose connection goes through the proxy, closed after the test. */
    private RedisReceiptStore<String> storeThrough(ReplyDroppingProxy proxy) {
        RedisConnection viaProxy = RedisConnection.builder("redis://127.0.0.1:" + proxy.port())
                .timeout(Duration.ofSeconds(2)).open();
        REDIS.closeAfterTest(viaProxy);
        return RedisReceiptStore.builder(viaProxy).build();
    }

    private RedisReceiptStore<String> node() {
        RedisConnection c = RedisConnection.open(REDIS.uri());
        REDIS.closeAfterTest(c);
        return RedisReceiptStore.builder(c).build();
    }

    private static ReceiptCorrelator<String> correlator(ReceiptStore<String> store) {
        return ReceiptCorrelator.<String>builder().store(store).idPolicy(StandardIdPolicy.NUMERIC).build();
    }

    private static DeliveryReceipt delivered(String id) {
        return DeliveryReceipt.builder().id(id).sub(1).dlvrd(1).stat(ReceiptState.DELIVRD).err("000")
                .text("hello").build();
    }

    @Test
    void receiptOnAnotherNodeMatchesExactlyOnce() {
        ReceiptCorrelator<String> a = correlator(node());
        ReceiptCorrelator<String> b = correlator(node());
        ReceiptCorrelator<String> c = correlator(node());
        assertThat(a.submitted(SCOPE, "00FF", "msg-1")).isEmpty();
        ReceiptOutcome<String> first = b.received(SCOPE, delivered("255"));
        assertThat(first).isInstanceOfSatisfying(ReceiptOutcome.Matched.class,
                m -> assertThat(m.match().tracked()).isEqualTo("msg-1"));
        // The same receipt again (a provider retry) on a third node finds nothing left to match: it is held.
        assertThat(c.received(SCOPE, delivered("255"))).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(a.pendingSubmissions()).isZero();
        assertThat(a.heldReceipts()).isEqualTo(1);
    }

    @Test
    void receiptBeforeResponseIsHeldThenMatchedByTheSubmittingNode() {
        ReceiptCorrelator<String> a = correlator(node());
        ReceiptCorrelator<String> b = correlator(node());
        DeliveryReceipt receipt = delivered("42");
        assertThat(b.received(SCOPE, receipt)).isInstanceOf(ReceiptOutcome.Held.class);
        Optional<ReceiptMatch<String>> match = a.submitted(SCOPE, "0042", "msg-42");
        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.tracked()).isEqualTo("msg-42");
            assertThat(m.receipt()).isEqualTo(receipt);
        });
        assertThat(a.heldReceipts()).isZero();
        assertThat(a.pendingSubmissions()).isZero();
    }

    @Test
    void scopesAreSeparate() {
        ReceiptCorrelator<String> a = correlator(node());
        a.submitted("8x8/one", "7", "one");
        assertThat(a.received("8x8/two", delivered("7"))).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(a.received("8x8/one", delivered("7"))).isInstanceOf(ReceiptOutcome.Matched.class);
    }

    @Test
    void everyFieldOfAHeldReceiptSurvivesRedis() {
        RedisReceiptStore<String> store = node();
        DeliveryReceipt receipt = DeliveryReceipt.builder().kind(ReceiptKind.DELIVERY_RECEIPT).id("a:b 7")
                .sub("001").dlvrd("000").submitDate(Instant.parse("2026-11-23T10:15:00Z"))
                .doneDate(Instant.parse("2026-11-23T10:16:00Z")).stat("UNDELIVERABLE").state(ReceiptState.UNDELIV)
                .err("0x0B").text("12:3 émoji 😀").extraField("mccmnc", "23410").extraField("x:y", "")
                .receiptedMessageId("").messageState(5).networkErrorCode(new NetworkErrorCode(3, 11)).build();
        HeldReceipt held = new HeldReceipt(new CorrelationKey("s:1", "7"), receipt,
                Instant.parse("2026-11-23T10:16:01.123456789Z"));
        store.takeSubmittedOrHold(held, 10);
        ReceiptStore.Update<String> update = store.putSubmittedOrTakeHeld(
                new Submission<>(new CorrelationKey("s:1", "7"), "7", "t", Instant.now()), 10);
        assertThat(update.receipt()).contains(held);
    }

    @Test
    void countBoundEvictsTheOldestAndReportsThem() {
        RedisReceiptStore<String> store = node();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<RemovalCause> causes = new ArrayList<>();
        List<String> evicted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ReceiptStore.Update<String> u = store.putSubmittedOrTakeHeld(
                    new Submission<>(new CorrelationKey(SCOPE, "id" + i), "id" + i, "t" + i, t0.plusSeconds(i)), 3);
            u.removedSubmissions().forEach(r -> {
                causes.add(r.cause());
                evicted.add(r.entry().tracked());
            });
        }
        assertThat(evicted).containsExactly("t0", "t1");
        assertThat(causes).containsOnly(RemovalCause.EVICTED);
        assertThat(store.submittedCount()).isEqualTo(3);
        ReceiptStore.Update<String> again = store.putSubmittedOrTakeHeld(
                new Submission<>(new CorrelationKey(SCOPE, "id4"), "id4", "t4b", t0.plusSeconds(9)), 3);
        assertThat(again.removedSubmissions()).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.REPLACED);
            assertThat(r.entry().tracked()).isEqualTo("t4");
        });
    }

    @Test
    void expiryFollowsTheCorrelatorsClockAndIsReportedOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        List<String> expired = Collections.synchronizedList(new ArrayList<>());
        CorrelationListener<String> listener = new CorrelationListener<>() {
            @Override
            public void submissionRemoved(Submission<String> submission, RemovalCause cause) {
                expired.add(submission.tracked() + ":" + cause);
            }

            @Override
            public void receiptRemoved(HeldReceipt receipt, RemovalCause cause) {
                expired.add(receipt.receipt().id() + ":" + cause);
            }
        };
        ReceiptCorrelator.Builder<String> b = ReceiptCorrelator.<String>builder().clock(clock).listener(listener)
                .submittedTtl(Duration.ofMinutes(5)).heldReceiptTtl(Duration.ofMinutes(1))
                .expiryScanInterval(Duration.ofDays(1));
        ReceiptCorrelator<String> a = b.store(node()).build();
        ReceiptCorrelator<String> other = b.store(node()).build();
        a.submitted(SCOPE, "1", "old");
        a.received(SCOPE, delivered("99"));
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        a.submitted(SCOPE, "2", "young");
        assertThat(a.expire()).isEqualTo(1);
        assertThat(expired).containsExactly("99:EXPIRED");
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(other.expire()).isEqualTo(1);
        assertThat(a.expire()).isZero();
        assertThat(expired).containsExactly("99:EXPIRED", "old:EXPIRED");
        assertThat(a.pendingSubmissions()).isEqualTo(1);
    }

    @Test
    void entryKeysCarryATtl() {
        RedisConnection c = RedisConnection.open(REDIS.uri());
        REDIS.closeAfterTest(c);
        RedisReceiptStore<String> store = RedisReceiptStore.builder(c).keyPrefix("ttl-test")
                .submittedKeyTtl(Duration.ofMinutes(10)).build();
        store.putSubmittedOrTakeHeld(new Submission<>(new CorrelationKey("", "5"), "5", "t", Instant.now()), 10);
        try (Jedis j = REDIS.client()) {
            List<String> keys = new ArrayList<>(j.keys("{ttl-test}:s:*"));
            assertThat(keys).hasSize(1);
            assertThat(j.pttl(keys.get(0))).isBetween(1L, Duration.ofMinutes(10).toMillis());
        }
    }

    @Test
    void concurrentSubmissionsAndReceiptsOnThreeNodesMatchEachMessageExactlyOnce() throws Exception {
        List<ReceiptCorrelator<String>> nodes = List.of(correlator(node()), correlator(node()), correlator(node()));
        int messages = 2_000;
        ConcurrentHashMap<String, AtomicInteger> matches = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                String id = Integer.toString(100_000 + i);
                ReceiptCorrelator<String> submitter = nodes.get(i % 3);
                ReceiptCorrelator<String> receiver = nodes.get((i * 7 + 1) % 3);
                work.add(pool.submit(() -> submitter.submitted(SCOPE, id, "m" + id)
                        .ifPresent(m -> count(matches, m.tracked()))));
                work.add(pool.submit(() -> {
                    ReceiptOutcome<String> o = receiver.received(SCOPE, delivered(id));
                    if (o instanceof ReceiptOutcome.Matched) {
                        count(matches, ((ReceiptOutcome.Matched<String>) o).match().tracked());
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(matches).hasSize(messages);
        assertThat(matches.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(nodes.get(0).pendingSubmissions()).isZero();
        assertThat(nodes.get(0).heldReceipts()).isZero();
    }

    @Test
    void aMatchWhoseReplyWasLostIsReturnedToTheRetryAndNeverTwice() throws Exception {
        try (ReplyDroppingProxy proxy = new ReplyDroppingProxy(REDIS.port())) {
            RedisReceiptStore<String> flaky = storeThrough(proxy);
            RedisReceiptStore<String> other = node();
            CorrelationKey key = new CorrelationKey(SCOPE, "7");
            other.putSubmittedOrTakeHeld(new Submission<>(key, "7", "msg-7", Instant.now()), 100);
            proxy.dropNextReply();
            HeldReceipt first = new HeldReceipt(key, delivered("7"), Instant.now());
            assertThatThrownBy(() -> flaky.takeSubmittedOrHold(first, 100)).isInstanceOfSatisfying(
                    ClusterException.class, e -> assertThat(e.reason()).isEqualTo(ClusterException.Reason.UNAVAILABLE));
            // The script ran: the submission is gone from Redis, and the match went down with the reply.
            assertThat(other.submittedCount()).isZero();
            HeldReceipt retry = new HeldReceipt(key, delivered("7"), Instant.now().plusMillis(5));
            ReceiptStore.Update<String> again = flaky.takeSubmittedOrHold(retry, 100);
            assertThat(again.submission()).hasValueSatisfying(sub -> assertThat(sub.tracked()).isEqualTo("msg-7"));
            assertThat(again.removedReceipts()).isEmpty();
            // A duplicate receipt from the provider, on any node, is held: never a second match.
            assertThat(other.takeSubmittedOrHold(new HeldReceipt(key, delivered("7"), Instant.now()), 100)
                    .submission()).isEmpty();
            assertThat(flaky.takeSubmittedOrHold(new HeldReceipt(key, delivered("7"), Instant.now()), 100)
                    .submission()).isEmpty();
            assertThat(other.heldCount()).isEqualTo(1);
        }
    }

    @Test
    void anEntryWhoseReplyWasLostAndThatAnotherNodeMatchedIsNotStoredAgainByTheRetry() throws Exception {
        try (ReplyDroppingProxy proxy = new ReplyDroppingProxy(REDIS.port())) {
            RedisReceiptStore<String> flaky = storeThrough(proxy);
            RedisReceiptStore<String> other = node();
            CorrelationKey key = new CorrelationKey(SCOPE, "8");
            Submission<String> submission = new Submission<>(key, "8", "msg-8", Instant.now());
            proxy.dropNextReply();
            assertThatThrownBy(() -> flaky.putSubmittedOrTakeHeld(submission, 100)).isInstanceOfSatisfying(
                    ClusterException.class, e -> assertThat(e.reason()).isEqualTo(ClusterException.Reason.UNAVAILABLE));
            // The script ran and stored the submission; the receipt, on another node, takes it: the one match.
            assertThat(other.takeSubmittedOrHold(new HeldReceipt(key, delivered("8"), Instant.now()), 100)
                    .submission()).map(Submission::tracked).contains("msg-8");
            // The caller retries the call whose reply it never got: that submission has been matched already.
            ReceiptStore.Update<String> again = flaky.putSubmittedOrTakeHeld(submission, 100);
            assertThat(again.receipt()).isEmpty();
            assertThat(again.removedSubmissions()).isEmpty();
            assertThat(flaky.submittedCount()).isZero();
            assertThat(flaky.heldCount()).isZero();
        }
    }

    @Test
    void pipelinedBatchesMatchLikeSingleCallsInOrder() {
        RedisReceiptStore<String> a = node();
        RedisReceiptStore<String> b = node();
        Instant now = Instant.now();
        List<HeldReceipt> early = new ArrayList<>();
        List<Submission<String>> submissions = new ArrayList<>();
        List<HeldReceipt> late = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            CorrelationKey key = new CorrelationKey(SCOPE, Integer.toString(i));
            submissions.add(new Submission<>(key, Integer.toString(i), "m" + i, now));
            (i % 2 == 0 ? early : late).add(new HeldReceipt(key, delivered(Integer.toString(i)), now));
        }
        assertThat(b.takeSubmittedOrHold(early, 1_000)).allSatisfy(u -> assertThat(u.submission()).isEmpty());
        List<ReceiptStore.Update<String>> recorded = a.putSubmittedOrTakeHeld(submissions, 1_000);
        for (int i = 0; i < 200; i++) {
            assertThat(recorded.get(i).receipt().isPresent()).as("submission %d", i).isEqualTo(i % 2 == 0);
        }
        List<ReceiptStore.Update<String>> matched = b.takeSubmittedOrHold(late, 1_000);
        for (int i = 0; i < late.size(); i++) {
            assertThat(matched.get(i).submission()).map(Submission::tracked).contains("m" + (2 * i + 1));
        }
        assertThat(a.submittedCount()).isZero();
        assertThat(a.heldCount()).isZero();
    }

    private static void count(ConcurrentHashMap<String, AtomicInteger> matches, String tracked) {
        matches.computeIfAbsent(tracked, k -> new AtomicInteger()).incrementAndGet();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
