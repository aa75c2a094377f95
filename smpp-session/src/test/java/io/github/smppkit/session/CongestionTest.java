package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SMPP 5.0 congestion_state in OK answers (reference §5): 100 slows the session down as a throttling status does,
 * 90..99 keep it slow, anything else lets it ease. A pause in force shows as {@code trySend} refusing one of two
 * sends in a row.
 */
class CongestionTest {

    @Test
    void aCongestedAnswerBacksOffAndIsReported(@TempDir Path dir) throws Exception {
        List<Integer> reported = new CopyOnWriteArrayList<>();
        Path file = dir.resolve("congested.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("io.github.smppkit.Congested");
            recording.start();
            try (RawPeer peer = answering(100); SmppSession s = connect(peer, reported)) {
                assertThat(s.send(Fixtures.submit("a")).status()).isEqualTo(CommandStatus.ESME_ROK);

                assertThat(reported).containsExactly(100);
                assertThat(Fixtures.pauseInForce(s)).isTrue();
            }
            recording.stop();
            recording.dump(file);
        }
        assertThat(RecordingFile.readAllEvents(file))
                .filteredOn(e -> e.getEventType().getName().equals("io.github.smppkit.Congested"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getInt("congestionState")).isEqualTo(100);
                    assertThat(e.getLong("backoff")).isPositive();
                });
    }

    @Test
    void nearingCongestionKeepsThePauseThatPlainAnswersEase() throws Exception {
        List<Integer> reported = new CopyOnWriteArrayList<>();
        try (RawPeer peer = answering(100, 95, 95, 95); SmppSession s = connect(peer, reported)) {
            for (int i = 0; i < 4; i++) {
                s.send(Fixtures.submit("m" + i));
            }

            assertThat(reported).containsExactly(100);
            assertThat(Fixtures.pauseInForce(s)).isTrue();
        }
        try (RawPeer peer = answering(100, 0); SmppSession s = connect(peer, reported)) {
            s.send(Fixtures.submit("congested"));
            s.send(Fixtures.submit("eased"));

            assertThat(Fixtures.pauseInForce(s)).as("one plain answer halves 10 ms to nothing").isFalse();
        }
    }

    @Test
    void reservedValuesAboveOneHundredAreNotCongestion() throws Exception {
        List<Integer> reported = new CopyOnWriteArrayList<>();
        try (RawPeer peer = answering(101); SmppSession s = connect(peer, reported)) {
            s.send(Fixtures.submit("a"));

            assertThat(reported).isEmpty();
            assertThat(Fixtures.pauseInForce(s)).isFalse();
        }
    }

    /**
     * An SMSC answering its n-th submit_sm with the n-th congestion_state (0: none). Later submits get no answer,
     * so that no answer can ease the pause while a test looks at it.
     */
    private static RawPeer answering(int... congestion) throws Exception {
        AtomicInteger submits = new AtomicInteger();
        return new RawPeer((p, pdu) -> {
            if (RawPeer.answerBind(p, pdu, true) || pdu.commandId() != CommandId.SUBMIT_SM) {
                return true;
            }
            int n = submits.getAndIncrement();
            if (n >= congestion.length) {
                return true;
            }
            int state = congestion[n];
            Tlvs tlvs = state == 0 ? Tlvs.empty() : Tlvs.empty().with(StandardTlvs.CONGESTION_STATE, state);
            p.send(new SubmitSmResp(pdu.sequenceNumber(), CommandStatus.ESME_ROK, "id" + n, tlvs));
            return true;
        });
    }

    private static SmppSession connect(RawPeer peer, List<Integer> reported) {
        return SmppClient.connect(peer.client().windowSize(10).sessionObserver(new SessionObserver() {
            @Override
            public void congested(SmppSession session, int congestionState, Duration backoff) {
                assertThat(backoff).isPositive();
                reported.add(congestionState);
            }
        }).build());
    }
}
