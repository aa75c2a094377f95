package io.github.smppkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.CorrelationListener;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptKind;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.ReceiptStore;
import io.github.smppkit.dlr.RemovalCause;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.dlr.Submission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Intermediate receipts in Redis: the cases of the in-memory store's {@code ReceiptCorrelatorTest}, across nodes. */
class RedisReceiptStoreIntermediateTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String SCOPE = "8x8/acme";

    private final RedisReceiptStoreTest.MutableClock clock =
            new RedisReceiptStoreTest.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    /** What the listener heard, as {@code id:state:cause}. */
    private final List<String> removed = Collections.synchronizedList(new ArrayList<>());

    private RedisReceiptStore<String> store() {
        RedisConnection c = RedisConnection.open(REDIS.uri());
        REDIS.closeAfterTest(c);
        return RedisReceiptStore.builder(c).build();
    }

    /** A store through the proxy; first runs both scripts, so that a dropped reply is theirs, not NOSCRIPT's. */
    private RedisReceiptStore<String> storeThrough(ReplyDroppingProxy proxy) {
        RedisConnection direct = RedisConnection.open(REDIS.uri());
        REDIS.closeAfterTest(direct);
        RedisReceiptStore<String> warm = RedisReceiptStore.builder(direct).keyPrefix("warm-up").build();
        CorrelationKey key = new CorrelationKey(SCOPE, "0");
        warm.peekSubmittedOrHold(new HeldReceipt(key, receipt("0", ReceiptState.ENROUTE), Instant.now()), 10);
        warm.putSubmittedOrTakeHeld(new Submission<>(key, "0", "msg-0", Instant.now()), 10);
        RedisConnection c = RedisConnection.builder("redis://127.0.0.1:" + proxy.port())
                .timeout(Duration.ofSeconds(2)).open();
        REDIS.closeAfterTest(c);
        return RedisReceiptStore.builder(c).build();
    }

    /** A "node": its own connection and store, the shared clock and listener. */
    private ReceiptCorrelator<String> node(int maxHeld) {
        return ReceiptCorrelator.<String>builder().store(store()).idPolicy(StandardIdPolicy.NUMERIC).clock(clock)
                .maxHeldReceipts(maxHeld).heldReceiptTtl(Duration.ofMinutes(5))
                .expiryScanInterval(Duration.ofDays(1)).listener(new CorrelationListener<>() {
                    @Override
                    public void submissionRemoved(Submission<String> submission, RemovalCause cause) {
                        removed.add(submission.tracked() + ":" + cause);
                    }

                    @Override
                    public void receiptRemoved(HeldReceipt receipt, RemovalCause cause) {
                        removed.add(receipt.receipt().id() + ":" + receipt.receipt().state() + ":" + cause);
                    }
                }).build();
    }

    private ReceiptCorrelator<String> node() {
        return node(10_000);
    }

    private static DeliveryReceipt receipt(String id, ReceiptState state) {
        return DeliveryReceipt.builder().id(id).sub(1).dlvrd(0).stat(state).err("000").text("hello").build();
    }

    @Test
    void intermediateBeforeSubmitSmRespIsHeldThenMatchedOnAnotherNodeWithoutSettling() {
        ReceiptCorrelator<String> a = node();
        ReceiptCorrelator<String> b = node();
        DeliveryReceipt enroute = receipt("5", ReceiptState.ENROUTE);

        assertThat(b.received(SCOPE, enroute)).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(a.submitted(SCOPE, "0005", "msg-5")).hasValueSatisfying(m -> {
            assertThat(m.tracked()).isEqualTo("msg-5");
            assertThat(m.receipt()).isEqualTo(enroute);
            assertThat(m.isFinal()).isFalse();
        });
        assertThat(a.heldReceipts()).isZero();
        assertThat(a.pendingSubmissions()).isEqualTo(1);
        // The submission stayed for its final receipt: any node matches it, once.
        assertThat(b.received(SCOPE, receipt("5", ReceiptState.DELIVRD)))
                .isInstanceOfSatisfying(ReceiptOutcome.Matched.class, m -> {
                    assertThat(m.match().tracked()).isEqualTo("msg-5");
                    assertThat(m.match().isFinal()).isTrue();
                });
        assertThat(a.pendingSubmissions()).isZero();
        assertThat(removed).isEmpty();
    }

    @Test
    void anIntermediateAfterItsSubmissionMatchesAndLeavesItStored() {
        ReceiptCorrelator<String> a = node();
        a.submitted(SCOPE, "4", "msg-4");

        assertThat(node().received(SCOPE, receipt("4", ReceiptState.ENROUTE)))
                .isInstanceOfSatisfying(ReceiptOutcome.Matched.class, m -> assertThat(m.match().isFinal()).isFalse());
        assertThat(a.pendingSubmissions()).isEqualTo(1);
        assertThat(a.heldReceipts()).isZero();
    }

    @Test
    void aSecondIntermediateBeforeSubmitSmRespReplacesTheFirst() {
        ReceiptCorrelator<String> a = node();
        DeliveryReceipt notification = receipt("6", ReceiptState.DELIVRD).toBuilder().kind(ReceiptKind.INTERMEDIATE)
                .build();

        assertThat(a.received(SCOPE, notification)).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(node().received(SCOPE, receipt("6", ReceiptState.ENROUTE))).isInstanceOf(ReceiptOutcome.Held.class);

        assertThat(removed).containsExactly("6:DELIVRD:REPLACED");
        assertThat(a.heldReceipts()).isEqualTo(1);
        assertThat(a.submitted(SCOPE, "6", "msg-6")).hasValueSatisfying(
                m -> assertThat(m.receipt().state()).isEqualTo(ReceiptState.ENROUTE));
        assertThat(a.pendingSubmissions()).isEqualTo(1);
    }

    @Test
    void anIntermediateAfterAHeldFinalReceiptIsIgnoredAndTheFinalOneStillMatches() {
        ReceiptCorrelator<String> a = node();

        assertThat(a.received(SCOPE, receipt("7", ReceiptState.DELIVRD))).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(node().received(SCOPE, receipt("7", ReceiptState.ENROUTE)))
                .isInstanceOfSatisfying(ReceiptOutcome.Ignored.class,
                        i -> assertThat(i.reason()).contains("final receipt").contains("already held"));

        assertThat(removed).isEmpty();
        assertThat(a.submitted(SCOPE, "7", "msg-7")).hasValueSatisfying(m -> {
            assertThat(m.receipt().state()).isEqualTo(ReceiptState.DELIVRD);
            assertThat(m.isFinal()).isTrue();
        });
        assertThat(a.pendingSubmissions()).isZero();
        assertThat(a.heldReceipts()).isZero();
    }

    @Test
    void aFinalReceiptReplacesAHeldIntermediateOne() {
        ReceiptCorrelator<String> a = node();

        a.received(SCOPE, receipt("8", ReceiptState.ENROUTE));
        assertThat(node().received(SCOPE, receipt("8", ReceiptState.UNDELIV))).isInstanceOf(ReceiptOutcome.Held.class);

        assertThat(removed).containsExactly("8:ENROUTE:REPLACED");
        assertThat(a.submitted(SCOPE, "8", "msg-8")).hasValueSatisfying(m -> assertThat(m.isFinal()).isTrue());
        assertThat(a.pendingSubmissions()).isZero();
    }

    @Test
    void aHeldIntermediateReceiptExpiresAndIsEvictedLikeAFinalOne() {
        ReceiptCorrelator<String> a = node(1);

        a.received(SCOPE, receipt("1", ReceiptState.ENROUTE));
        a.received(SCOPE, receipt("2", ReceiptState.DELIVRD));
        a.received(SCOPE, receipt("3", ReceiptState.ENROUTE));
        clock.now = clock.now.plus(Duration.ofMinutes(6));

        assertThat(node().expire()).isEqualTo(1);
        assertThat(removed).containsExactly("1:ENROUTE:EVICTED", "2:DELIVRD:EVICTED", "3:ENROUTE:EXPIRED");
        assertThat(a.heldReceipts()).isZero();
        assertThat(a.submitted(SCOPE, "3", "msg-3")).isEmpty();
    }

    @Test
    void receiptsOfTheWrongKindAreRejectedBeforeAnythingIsSent() {
        RedisReceiptStore<String> store = store();
        CorrelationKey key = new CorrelationKey(SCOPE, "1");
        HeldReceipt enroute = new HeldReceipt(key, receipt("1", ReceiptState.ENROUTE), Instant.now());
        HeldReceipt delivered = new HeldReceipt(key, receipt("1", ReceiptState.DELIVRD), Instant.now());

        assertThatThrownBy(() -> store.takeSubmittedOrHold(List.of(delivered, enroute), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intermediate");
        assertThatThrownBy(() -> store.peekSubmittedOrHold(delivered, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("final");
        assertThat(store.heldCount()).isZero();
    }

    @Test
    void aSubmissionWhoseReplyWasLostGetsTheIntermediateItTookBackAndStaysStored() throws Exception {
        try (ReplyDroppingProxy proxy = new ReplyDroppingProxy(REDIS.port())) {
            RedisReceiptStore<String> flaky = storeThrough(proxy);
            RedisReceiptStore<String> other = store();
            CorrelationKey key = new CorrelationKey(SCOPE, "9");
            other.peekSubmittedOrHold(new HeldReceipt(key, receipt("9", ReceiptState.ENROUTE), Instant.now()), 10);
            Submission<String> submission = new Submission<>(key, "9", "msg-9", Instant.now());
            proxy.dropNextReply();
            assertThatThrownBy(() -> flaky.putSubmittedOrTakeHeld(submission, 10))
                    .isInstanceOf(ClusterException.class);

            ReceiptStore.Update<String> again = flaky.putSubmittedOrTakeHeld(submission, 10);

            assertThat(again.receipt()).hasValueSatisfying(
                    h -> assertThat(h.receipt().state()).isEqualTo(ReceiptState.ENROUTE));
            assertThat(other.submittedCount()).isEqualTo(1);
            assertThat(other.heldCount()).isZero();
        }
    }

    @Test
    void anIntermediateWhoseReplyWasLostAndThatASubmissionTookIsNotHeldAgainByTheRetry() throws Exception {
        try (ReplyDroppingProxy proxy = new ReplyDroppingProxy(REDIS.port())) {
            RedisReceiptStore<String> flaky = storeThrough(proxy);
            RedisReceiptStore<String> other = store();
            CorrelationKey key = new CorrelationKey(SCOPE, "10");
            HeldReceipt enroute = new HeldReceipt(key, receipt("10", ReceiptState.ENROUTE), Instant.now());
            proxy.dropNextReply();
            assertThatThrownBy(() -> flaky.peekSubmittedOrHold(enroute, 10)).isInstanceOf(ClusterException.class);
            // The lost call held it; the submission, on another node, takes it: delivered once.
            assertThat(other.putSubmittedOrTakeHeld(new Submission<>(key, "10", "msg-10", Instant.now()), 10)
                    .receipt()).isPresent();

            ReceiptStore.Update<String> again = flaky.peekSubmittedOrHold(enroute, 10);

            assertThat(again.submission()).isEmpty();
            assertThat(again.receipt()).isEmpty();
            assertThat(other.heldCount()).isZero();
            assertThat(other.submittedCount()).isEqualTo(1);
        }
    }

    @Test
    void anIntermediateDoesNotTakeTheRetryOfALostFinalReceiptForItself() throws Exception {
        try (ReplyDroppingProxy proxy = new ReplyDroppingProxy(REDIS.port())) {
            RedisReceiptStore<String> flaky = storeThrough(proxy);
            RedisReceiptStore<String> other = store();
            CorrelationKey key = new CorrelationKey(SCOPE, "11");
            other.putSubmittedOrTakeHeld(new Submission<>(key, "11", "msg-11", Instant.now()), 10);
            HeldReceipt delivered = new HeldReceipt(key, receipt("11", ReceiptState.DELIVRD), Instant.now());
            proxy.dropNextReply();
            assertThatThrownBy(() -> flaky.takeSubmittedOrHold(delivered, 10)).isInstanceOf(ClusterException.class);
            // A late intermediate receipt through the same store finds the message settled: it is held.
            HeldReceipt enroute = new HeldReceipt(key, receipt("11", ReceiptState.ENROUTE), Instant.now());
            assertThat(flaky.peekSubmittedOrHold(enroute, 10).submission()).isEmpty();

            // The final receipt's retry still gets its lost match back.
            assertThat(flaky.takeSubmittedOrHold(delivered, 10).submission()).map(Submission::tracked)
                    .contains("msg-11");
        }
    }
}
