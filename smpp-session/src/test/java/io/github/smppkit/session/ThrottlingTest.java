package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Throttling answers slow the session down by themselves ("retry later", reference §13: ESME_RTHROTTLED and
 * ESME_RMSGQFUL by default, more through {@code throttlingStatuses}), in a submit_sm_resp or a generic_nack; other
 * error statuses do not. A pause in force shows as {@code trySend} refusing one of two sends in a row.
 */
class ThrottlingTest {

    /** Throttled answers in a row: each doubles the pause, from 10 ms to 80 ms, a margin for a loaded machine. */
    private static final int THROTTLED = 4;
    private static final int VENDOR_THROTTLED = 0x400;

    @Test
    void esmeRthrottledPausesTheSession() throws Exception {
        assertThat(pauseAfter(seq -> SubmitSmResp.of(seq, CommandStatus.ESME_RTHROTTLED),
                ClientConfig.DEFAULT_THROTTLING)).isTrue();
    }

    @Test
    void esmeRmsgqfulPausesTheSession() throws Exception {
        assertThat(pauseAfter(seq -> SubmitSmResp.of(seq, CommandStatus.ESME_RMSGQFUL),
                ClientConfig.DEFAULT_THROTTLING)).isTrue();
    }

    @Test
    void aGenericNackCarryingEsmeRthrottledPausesTheSession() throws Exception {
        assertThat(pauseAfter(seq -> GenericNack.of(seq, CommandStatus.ESME_RTHROTTLED),
                ClientConfig.DEFAULT_THROTTLING)).isTrue();
    }

    @Test
    void aStatusAddedToThrottlingStatusesPausesTheSessionAndOnlyThen() throws Exception {
        IntFunction<Response> vendor = seq -> SubmitSmResp.of(seq, CommandStatus.of(VENDOR_THROTTLED));
        assertThat(pauseAfter(vendor, code -> code == VENDOR_THROTTLED || ClientConfig.DEFAULT_THROTTLING.test(code)))
                .isTrue();
        assertThat(pauseAfter(vendor, ClientConfig.DEFAULT_THROTTLING)).as("not configured").isFalse();
    }

    @Test
    void otherErrorStatusesDoNotPause() throws Exception {
        assertThat(pauseAfter(seq -> SubmitSmResp.of(seq, CommandStatus.ESME_RSUBMITFAIL),
                ClientConfig.DEFAULT_THROTTLING)).isFalse();
    }

    /**
     * Sends {@link #THROTTLED} submits to an SMSC answering each with {@code answer}, checks the observer heard of
     * each throttling answer, and tells whether a pause is in force. Later submits get no answer, so that no
     * answer can ease the pause while the test looks at it.
     */
    private static boolean pauseAfter(IntFunction<Response> answer, IntPredicate throttling)
            throws Exception {
        AtomicInteger submits = new AtomicInteger();
        List<Duration> backoffs = new CopyOnWriteArrayList<>();
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (!RawPeer.answerBind(p, pdu, true) && pdu.commandId() == CommandId.SUBMIT_SM
                    && submits.getAndIncrement() < THROTTLED) {
                p.send(answer.apply(pdu.sequenceNumber()));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().windowSize(10).throttlingStatuses(throttling)
                .sessionObserver(new SessionObserver() {
                    @Override
                    public void throttled(SmppSession session, CommandStatus status, Duration backoff) {
                        backoffs.add(backoff);
                    }
                }).build())) {
            for (int i = 0; i < THROTTLED; i++) {
                CommandStatus status = s.send(Fixtures.submit("m" + i)).status();
                assertThat(status.isOk()).isFalse();
            }
            boolean paused = Fixtures.pauseInForce(s);
            assertThat(backoffs).hasSize(paused ? THROTTLED : 0);
            return paused;
        }
    }
}
