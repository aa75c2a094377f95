package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static SubmitSm payload(int octets, DataCoding dc) {
        return Fixtures.submit("").toBuilder().dataCoding(dc)
                .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[octets]))).build();
    }

    @Test
    void segmentsCountMessagePdusAndPayloadParts() {
        assertThat(RateLimiter.segments(Fixtures.submit("hello"))).isEqualTo(1);
        assertThat(RateLimiter.segments(new EnquireLink(1))).isZero();
        assertThat(RateLimiter.segments(payload(160, DataCoding.DEFAULT))).isEqualTo(1);
        assertThat(RateLimiter.segments(payload(161, DataCoding.DEFAULT))).isEqualTo(2);
        assertThat(RateLimiter.segments(payload(153 * 3, DataCoding.DEFAULT))).isEqualTo(3);
        assertThat(RateLimiter.segments(payload(140, DataCoding.UCS2))).isEqualTo(1);
        assertThat(RateLimiter.segments(payload(280, DataCoding.UCS2))).isEqualTo(3);
        assertThat(RateLimiter.segments(Fixtures.receipt("1"))).isEqualTo(1);
    }

    @Test
    void submitMultiCountsPerDestination() {
        List<DestAddress> dests = List.of(new SmeAddress(Fixtures.TO), new SmeAddress(Fixtures.FROM),
                new SmeAddress(Fixtures.TO));
        SubmitMulti m = SubmitMulti.builder().source(Fixtures.FROM).destAddresses(dests).build();
        assertThat(RateLimiter.segments(m)).isEqualTo(3);
    }

    @Test
    void tokenBucketHoldsOneSecondOfBurst() throws InterruptedException {
        RateLimiter r = RateLimiter.perSecond(5);
        for (int i = 0; i < 5; i++) {
            assertThat(r.tryAcquire(1)).isTrue();
        }
        assertThat(r.tryAcquire(1)).isFalse();
        assertThat(r.tryAcquire(0)).isTrue();
        RateLimiter fast = RateLimiter.perSecond(1_000_000);
        fast.acquire(10);
        assertThat(RateLimiter.unlimited().tryAcquire(Integer.MAX_VALUE)).isTrue();
    }

    @Test
    void rateMustBePositive() {
        assertThatThrownBy(() -> RateLimiter.perSecond(0)).hasMessageContaining("segmentsPerSecond");
        assertThatThrownBy(() -> RateLimiter.perSecond(Double.NaN)).hasMessageContaining("segmentsPerSecond");
    }

    @Test
    void sessionsAskTheLimiterForEveryMessageSegment() throws Exception {
        List<Integer> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        RateLimiter counting = new RateLimiter() {
            @Override
            public void acquire(int segments) {
                asked.add(segments);
            }
        };
        try (SmppServer server = SmppServer.start(SmppServer.builder().build());
                SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .rateLimiter(counting).build())) {
            s.send(Fixtures.submit("one"));
            s.send(payload(300, DataCoding.DEFAULT));
            s.send(new EnquireLink(0));
            assertThat(asked).containsExactly(1, 2);
            // The default tryAcquire cannot decide without waiting, so trySend never exceeds the rate.
            assertThat(s.trySend(Fixtures.submit("x"), (r, e) -> { })).isEqualTo(SendStatus.RATE_LIMITED);
            assertThat(s.trySend(new EnquireLink(0), (r, e) -> { })).isEqualTo(SendStatus.SENT);
        }
    }

    @Test
    void aLimiterThatThrowsLeavesTheWindowSlotFree() throws Exception {
        // a user's limiter failing (its own store down, say) must not cost the session a window slot per call
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        RateLimiter flaky = new RateLimiter() {
            @Override
            public void acquire(int segments) {
                tryAcquire(segments);
            }

            @Override
            public boolean tryAcquire(int segments) {
                if (failing.get()) {
                    throw new IllegalStateException("limiter store down");
                }
                return true;
            }
        };
        try (SmppServer server = SmppServer.start(SmppServer.builder().build());
                SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER).windowSize(1)
                        .rateLimiter(flaky).build())) {
            assertThatThrownBy(() -> s.trySend(Fixtures.submit("x"), (r, e) -> { }))
                    .hasMessage("limiter store down");
            assertThatThrownBy(() -> s.send(Fixtures.submit("x"))).hasMessage("limiter store down");
            failing.set(false);

            assertThat(s.send(Fixtures.submit("y"))).isNotNull();
            assertThat(s.trySend(Fixtures.submit("z"), (r, e) -> { })).isEqualTo(SendStatus.SENT);
        }
    }
}
