package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ReceiptCorrelatorTest {

    private static final String ACCOUNT = "8x8/acme";
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final RecordingListener<String> listener = new RecordingListener<>();

    private ReceiptCorrelator.Builder<String> builder() {
        // Expiry runs only when a test calls expire(), unless the test sets a scan interval itself.
        return ReceiptCorrelator.<String>builder().clock(clock).listener(listener)
                .expiryScanInterval(Duration.ofDays(365));
    }

    static DeliveryReceipt receipt(String id, String stat) {
        return DeliveryReceipt.builder().id(id).stat(stat).build();
    }

    @Test
    void finalReceiptMatchesOnceAndSettlesTheSubmission() {
        ReceiptCorrelator<String> c = builder().build();

        assertThat(c.submitted(ACCOUNT, "123", "msg-1")).isEmpty();
        ReceiptOutcome<String> first = c.received(ACCOUNT, receipt("123", "DELIVRD"));
        ReceiptOutcome<String> repeat = c.received(ACCOUNT, receipt("123", "DELIVRD"));

        assertThat(first).isInstanceOfSatisfying(ReceiptOutcome.Matched.class,
                m -> assertThat(m.match().tracked()).isEqualTo("msg-1"));
        assertThat(repeat).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(c.pendingSubmissions()).isZero();
        assertThat(c.heldReceipts()).isEqualTo(1);
    }

    @Test
    void receiptBeforeSubmitSmRespIsHeldAndMatchedWhenTheResponseComes() {
        ReceiptCorrelator<String> c = builder().build();

        ReceiptOutcome<String> early = c.received(ACCOUNT, receipt("77", "UNDELIV"));
        var match = c.submitted(ACCOUNT, "77", "msg-77");

        assertThat(early).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.tracked()).isEqualTo("msg-77");
            assertThat(m.receipt().state()).isEqualTo(ReceiptState.UNDELIV);
            assertThat(m.isFinal()).isTrue();
        });
        assertThat(c.heldReceipts()).isZero();
        assertThat(c.pendingSubmissions()).isZero();
    }

    @Test
    void receiptOnAnotherBindOfTheSameSystemIdMatchesButAnotherAccountDoesNot() {
        // 8x8 (seed 000) sends the receipt to any bind of the submitting system_id: scope by account, not bind.
        ReceiptCorrelator<String> c = builder().build();
        c.submitted(ACCOUNT, "555", "msg");

        assertThat(c.received("8x8/other", receipt("555", "DELIVRD"))).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(c.received(ACCOUNT, receipt("555", "DELIVRD"))).isInstanceOf(ReceiptOutcome.Matched.class);
    }

    @Test
    void idPolicyMatchesHexSubmitWithDecimalReceipt() {
        ReceiptCorrelator<String> c = builder().idPolicy(StandardIdPolicy.HEX_TO_DECIMAL).build();
        c.submitted(ACCOUNT, "38e6dff7", "msg");

        assertThat(c.received(ACCOUNT, receipt("954654711", "DELIVRD"))).isInstanceOf(ReceiptOutcome.Matched.class);
    }

    @Test
    void receiptedMessageIdTlvWinsOverTheTextId() {
        ReceiptCorrelator<String> c = builder().build();
        c.submitted(ACCOUNT, "abc", "msg");
        DeliveryReceipt r = receipt("999", "DELIVRD").toBuilder().receiptedMessageId("abc").build();

        assertThat(c.received(ACCOUNT, r)).isInstanceOf(ReceiptOutcome.Matched.class);
    }

    @Test
    void intermediateReceiptsMatchWithoutSettling() {
        ReceiptCorrelator<String> c = builder().build();
        c.submitted(ACCOUNT, "1", "msg");

        ReceiptOutcome<String> enroute = c.received(ACCOUNT, receipt("1", "ENROUTE"));
        ReceiptOutcome<String> notification = c.received(ACCOUNT,
                receipt("1", "DELIVRD").toBuilder().kind(ReceiptKind.INTERMEDIATE).build());
        assertThat(c.pendingSubmissions()).isEqualTo(1);
        ReceiptOutcome<String> delivered = c.received(ACCOUNT, receipt("1", "DELIVRD"));

        assertThat(enroute).isInstanceOfSatisfying(ReceiptOutcome.Matched.class,
                m -> assertThat(m.match().isFinal()).isFalse());
        assertThat(notification).isInstanceOf(ReceiptOutcome.Matched.class);
        assertThat(delivered).isInstanceOfSatisfying(ReceiptOutcome.Matched.class,
                m -> assertThat(m.match().isFinal()).isTrue());
        assertThat(c.pendingSubmissions()).isZero();
    }

    @Test
    void receiptsWithoutIdAreIgnored() {
        ReceiptCorrelator<String> c = builder().build();

        assertThat(c.received(ACCOUNT, receipt("", "DELIVRD"))).isInstanceOf(ReceiptOutcome.Ignored.class);
        assertThat(c.received(ACCOUNT, receipt("", "ENROUTE"))).isInstanceOf(ReceiptOutcome.Ignored.class);
        assertThat(c.heldReceipts()).isZero();
    }

    @Test
    void intermediateBeforeSubmitSmRespIsHeldThenMatchedWithoutSettling() {
        ReceiptCorrelator<String> c = builder().build();

        ReceiptOutcome<String> early = c.received(ACCOUNT, receipt("5", "ENROUTE"));
        assertThat(early).isInstanceOfSatisfying(ReceiptOutcome.Held.class,
                h -> assertThat(h.held().receipt().state()).isEqualTo(ReceiptState.ENROUTE));
        assertThat(c.heldReceipts()).isEqualTo(1);

        assertThat(c.submitted(ACCOUNT, "5", "msg-5")).hasValueSatisfying(m -> {
            assertThat(m.tracked()).isEqualTo("msg-5");
            assertThat(m.receipt().state()).isEqualTo(ReceiptState.ENROUTE);
            assertThat(m.isFinal()).isFalse();
        });
        // The submission stays for its final receipt, which matches it later.
        assertThat(c.heldReceipts()).isZero();
        assertThat(c.pendingSubmissions()).isEqualTo(1);
        assertThat(c.received(ACCOUNT, receipt("5", "DELIVRD"))).isInstanceOfSatisfying(ReceiptOutcome.Matched.class,
                m -> {
                    assertThat(m.match().tracked()).isEqualTo("msg-5");
                    assertThat(m.match().isFinal()).isTrue();
                });
        assertThat(c.pendingSubmissions()).isZero();
        assertThat(listener.submissions).isEmpty();
        assertThat(listener.receipts).isEmpty();
    }

    @Test
    void aSecondIntermediateBeforeSubmitSmRespReplacesTheFirst() {
        ReceiptCorrelator<String> c = builder().build();

        DeliveryReceipt notification = receipt("6", "DELIVRD").toBuilder().kind(ReceiptKind.INTERMEDIATE).build();
        assertThat(c.received(ACCOUNT, notification)).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(c.received(ACCOUNT, receipt("6", "ENROUTE"))).isInstanceOf(ReceiptOutcome.Held.class);

        assertThat(listener.receipts).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.REPLACED);
            assertThat(r.entry().receipt()).isEqualTo(notification);
        });
        assertThat(c.heldReceipts()).isEqualTo(1);
        assertThat(c.submitted(ACCOUNT, "6", "msg-6")).hasValueSatisfying(
                m -> assertThat(m.receipt().state()).isEqualTo(ReceiptState.ENROUTE));
        assertThat(c.pendingSubmissions()).isEqualTo(1);
    }

    @Test
    void anIntermediateAfterAHeldFinalReceiptIsIgnoredAndTheFinalOneStillMatches() {
        ReceiptCorrelator<String> c = builder().build();

        assertThat(c.received(ACCOUNT, receipt("7", "DELIVRD"))).isInstanceOf(ReceiptOutcome.Held.class);
        assertThat(c.received(ACCOUNT, receipt("7", "ENROUTE"))).isInstanceOfSatisfying(ReceiptOutcome.Ignored.class,
                i -> assertThat(i.reason()).contains("final receipt").contains("already held"));

        assertThat(listener.receipts).isEmpty();
        assertThat(c.heldReceipts()).isEqualTo(1);
        assertThat(c.submitted(ACCOUNT, "7", "msg-7")).hasValueSatisfying(m -> {
            assertThat(m.receipt().state()).isEqualTo(ReceiptState.DELIVRD);
            assertThat(m.isFinal()).isTrue();
        });
        assertThat(c.pendingSubmissions()).isZero();
        assertThat(c.heldReceipts()).isZero();
    }

    @Test
    void aFinalReceiptReplacesAHeldIntermediateOne() {
        ReceiptCorrelator<String> c = builder().build();

        c.received(ACCOUNT, receipt("8", "ENROUTE"));
        assertThat(c.received(ACCOUNT, receipt("8", "UNDELIV"))).isInstanceOf(ReceiptOutcome.Held.class);

        assertThat(listener.receipts).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.REPLACED);
            assertThat(r.entry().receipt().state()).isEqualTo(ReceiptState.ENROUTE);
        });
        assertThat(c.submitted(ACCOUNT, "8", "msg-8")).hasValueSatisfying(m -> assertThat(m.isFinal()).isTrue());
        assertThat(c.pendingSubmissions()).isZero();
    }

    @Test
    void aHeldIntermediateReceiptExpiresAndIsEvictedLikeAFinalOne() {
        ReceiptCorrelator<String> c = builder().maxHeldReceipts(1).heldReceiptTtl(Duration.ofMinutes(5)).build();

        c.received(ACCOUNT, receipt("a", "ENROUTE"));
        c.received(ACCOUNT, receipt("b", "DELIVRD"));
        c.received(ACCOUNT, receipt("c", "ENROUTE"));
        clock.advance(Duration.ofMinutes(6));

        assertThat(c.expire()).isEqualTo(1);
        assertThat(listener.receipts).extracting(r -> r.entry().receipt().id() + ":" + r.cause())
                .containsExactly("a:EVICTED", "b:EVICTED", "c:EXPIRED");
        assertThat(c.heldReceipts()).isZero();
        assertThat(c.submitted(ACCOUNT, "c", "msg-c")).isEmpty();
    }

    @Test
    void storesRejectAReceiptOfTheWrongKind() {
        InMemoryReceiptStore<String> store = new InMemoryReceiptStore<>();
        HeldReceipt enroute = new HeldReceipt(new CorrelationKey(ACCOUNT, "1"), receipt("1", "ENROUTE"),
                clock.instant());
        HeldReceipt delivered = new HeldReceipt(new CorrelationKey(ACCOUNT, "1"), receipt("1", "DELIVRD"),
                clock.instant());

        assertThatThrownBy(() -> store.takeSubmittedOrHold(enroute, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intermediate");
        assertThatThrownBy(() -> store.peekSubmittedOrHold(delivered, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("final");
        assertThat(store.heldCount()).isZero();
    }

    @Test
    void expiryReportsUnmatchedSubmissionsAndReceipts() {
        ReceiptCorrelator<String> c = builder().submittedTtl(Duration.ofHours(1)).heldReceiptTtl(Duration.ofMinutes(5))
                .build();
        c.submitted(ACCOUNT, "old", "old-msg");
        c.received(ACCOUNT, receipt("orphan", "DELIVRD"));
        clock.advance(Duration.ofMinutes(6));
        c.submitted(ACCOUNT, "young", "young-msg");

        assertThat(c.expire()).isEqualTo(1);
        assertThat(listener.receipts).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.EXPIRED);
            assertThat(r.entry().receipt().id()).isEqualTo("orphan");
        });
        assertThat(listener.submissions).isEmpty();

        clock.advance(Duration.ofMinutes(55));
        assertThat(c.expire()).isEqualTo(1);
        assertThat(listener.submissions).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.EXPIRED);
            assertThat(r.entry().tracked()).isEqualTo("old-msg");
        });
        assertThat(c.pendingSubmissions()).isEqualTo(1);
    }

    @Test
    void expiryAlsoRunsFromNormalCallsOncePerScanInterval() {
        ReceiptCorrelator<String> c = builder().submittedTtl(Duration.ofMinutes(1))
                .expiryScanInterval(Duration.ofSeconds(30)).build();
        c.submitted(ACCOUNT, "a", "a");
        clock.advance(Duration.ofMinutes(2));

        c.received(ACCOUNT, receipt("zzz", "DELIVRD"));

        assertThat(listener.submissions).extracting(ReceiptStore.Removal::cause).containsExactly(RemovalCause.EXPIRED);
    }

    @Test
    void timesToLiveLongerThanTheClockCanCountMeanNoAgeBound() {
        // ChronoUnit.FOREVER is the usual way to say "never": now - ttl lies before Instant.MIN.
        ReceiptCorrelator<String> c = builder().submittedTtl(ChronoUnit.FOREVER.getDuration())
                .heldReceiptTtl(ChronoUnit.FOREVER.getDuration()).expiryScanInterval(Duration.ofSeconds(1)).build();
        c.submitted(ACCOUNT, "1", "m1");
        c.received(ACCOUNT, receipt("2", "DELIVRD"));
        clock.advance(Duration.ofDays(3650));

        assertThat(c.submitted(ACCOUNT, "3", "m3")).isEmpty();
        assertThat(c.expire()).isZero();
        assertThat(c.pendingSubmissions()).isEqualTo(2);
        assertThat(c.heldReceipts()).isEqualTo(1);
        assertThat(listener.submissions).isEmpty();
        assertThat(listener.receipts).isEmpty();
    }

    @Test
    void aScanIntervalLongerThanTheClockCanCountMeansExpiryOnlyOnRequest() {
        ReceiptCorrelator<String> c = builder().submittedTtl(Duration.ofMinutes(1))
                .expiryScanInterval(ChronoUnit.FOREVER.getDuration()).build();
        c.submitted(ACCOUNT, "a", "a");
        clock.advance(Duration.ofMinutes(2));

        c.received(ACCOUNT, receipt("zzz", "DELIVRD"));
        assertThat(listener.submissions).isEmpty();
        assertThat(c.expire()).isEqualTo(1);
    }

    @Test
    void countBoundEvictsTheOldestAndReportsIt() {
        ReceiptCorrelator<String> c = builder().maxSubmitted(2).maxHeldReceipts(1).build();
        c.submitted(ACCOUNT, "1", "m1");
        c.submitted(ACCOUNT, "2", "m2");
        c.submitted(ACCOUNT, "3", "m3");
        c.received(ACCOUNT, receipt("x", "DELIVRD"));
        c.received(ACCOUNT, receipt("y", "DELIVRD"));

        assertThat(listener.submissions).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.EVICTED);
            assertThat(r.entry().tracked()).isEqualTo("m1");
        });
        assertThat(listener.receipts).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.EVICTED);
            assertThat(r.entry().receipt().id()).isEqualTo("x");
        });
        assertThat(c.pendingSubmissions()).isEqualTo(2);
        assertThat(c.heldReceipts()).isEqualTo(1);
    }

    @Test
    void aRepeatedMessageIdReplacesTheOlderSubmission() {
        ReceiptCorrelator<String> c = builder().build();
        c.submitted(ACCOUNT, "9", "first");
        c.submitted(ACCOUNT, "9", "second");

        assertThat(listener.submissions).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.REPLACED);
            assertThat(r.entry().tracked()).isEqualTo("first");
        });
        assertThat(c.received(ACCOUNT, receipt("9", "DELIVRD"))).isInstanceOfSatisfying(ReceiptOutcome.Matched.class,
                m -> assertThat(m.match().tracked()).isEqualTo("second"));
    }

    @Test
    void aFailingListenerDoesNotStopTheCorrelator() {
        ReceiptCorrelator<String> c = ReceiptCorrelator.<String>builder().clock(clock).maxSubmitted(1)
                .listener(new CorrelationListener<>() {
                    @Override
                    public void submissionRemoved(Submission<String> s, RemovalCause cause) {
                        throw new IllegalStateException("listener bug");
                    }
                }).build();
        c.submitted(ACCOUNT, "1", "m1");

        assertThat(c.submitted(ACCOUNT, "2", "m2")).isEmpty();
        assertThat(c.received(ACCOUNT, receipt("2", "DELIVRD"))).isInstanceOf(ReceiptOutcome.Matched.class);
    }

    @Test
    void forgetRemovesWithoutReporting() {
        ReceiptCorrelator<String> c = builder().idPolicy(StandardIdPolicy.NUMERIC).build();
        c.submitted(ACCOUNT, "0042", "m");

        assertThat(c.forget(ACCOUNT, "42")).contains("m");
        assertThat(c.forget(ACCOUNT, "42")).isEmpty();
        assertThat(listener.submissions).isEmpty();
    }

    @Test
    void blankSubmittedIdIsRejected() {
        ReceiptCorrelator<String> c = builder().build();

        assertThatThrownBy(() -> c.submitted(ACCOUNT, " ", "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messageId");
    }
}
