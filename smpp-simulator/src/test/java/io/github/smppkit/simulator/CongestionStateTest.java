package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The simulator's congestion_state (SMPP 5.0, reference §5) in its OK answers to ESMEs bound as 5.0. */
class CongestionStateTest {

    /** A clock that stands still, so that the rate gate refills nothing during a test. */
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void eachOkAnswerSaysHowMuchOfTheRateIsInUseAndTheLastFreeTokenSaysCongested() {
        try (SmppSimulator smsc = SmppSimulator.builder().ratePerSecond(10).clock(FIXED).congestionState(true)
                .start(); Esme esme = Esme.bind(smsc, BindType.TRANSMITTER, InterfaceVersion.V50)) {
            List<Optional<Integer>> states = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                SubmitSmResp answer = esme.send(Esme.submit("m" + i, false));
                assertThat(answer.status()).isEqualTo(CommandStatus.ESME_ROK);
                states.add(answer.tlvs().get(StandardTlvs.CONGESTION_STATE));
            }
            assertThat(states).containsExactly(Optional.of(10), Optional.of(20), Optional.of(30), Optional.of(40),
                    Optional.of(50), Optional.of(60), Optional.of(70), Optional.of(80), Optional.of(90),
                    Optional.of(100));

            SubmitSmResp over = esme.send(Esme.submit("over", false));
            assertThat(over.status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
            assertThat(over.tlvs().isEmpty()).as("error answers stay header-only").isTrue();
        }
    }

    @Test
    void dataSmAnswersCarryItTooAndWithoutARateLimitTheSimulatorIsIdle() {
        try (SmppSimulator smsc = SmppSimulator.builder().congestionState(true).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER, InterfaceVersion.V50)) {
            assertThat(esme.send(Esme.submit("hello", false)).tlvs().get(StandardTlvs.CONGESTION_STATE)).contains(0);
            DataSmResp data = esme.session.send(DataSm.builder().source(Esme.FROM).destination(Esme.TO).build());
            assertThat(data.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(data.tlvs().get(StandardTlvs.CONGESTION_STATE)).contains(0);
        }
    }

    @Test
    void onlyEsmesBoundAsVersion50GetItAndOnlyWhenAsked() {
        try (SmppSimulator smsc = SmppSimulator.builder().ratePerSecond(10).clock(FIXED).congestionState(true)
                .start(); Esme esme = Esme.bind(smsc, BindType.TRANSMITTER, InterfaceVersion.V34)) {
            SubmitSmResp answer = esme.send(Esme.submit("hello", false));
            assertThat(answer.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(answer.tlvs().isEmpty()).isTrue();
        }
        try (SmppSimulator smsc = SmppSimulator.builder().ratePerSecond(10).clock(FIXED).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER, InterfaceVersion.V50)) {
            SubmitSmResp answer = esme.send(Esme.submit("hello", false));
            assertThat(answer.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(answer.tlvs().isEmpty()).isTrue();
        }
    }

    @Test
    void anSmppkitClientEasesOffWhenTheSimulatorSaysCongested() {
        List<Integer> congested = new CopyOnWriteArrayList<>();
        SessionObserver observer = new SessionObserver() {
            @Override
            public void congested(SmppSession session, int congestionState, Duration backoff) {
                congested.add(congestionState);
            }
        };
        try (SmppSimulator smsc = SmppSimulator.builder().ratePerSecond(2).clock(FIXED).congestionState(true)
                .start();
                SmppSession client = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(smsc.port())
                        .systemId("esme").password("secret").bindType(BindType.TRANSMITTER)
                        .interfaceVersion(InterfaceVersion.V50).sessionObserver(observer).build())) {
            assertThat(client.send(Esme.submit("one", false)).tlvs().get(StandardTlvs.CONGESTION_STATE))
                    .contains(50);
            assertThat(congested).isEmpty();
            assertThat(client.send(Esme.submit("two", false)).tlvs().get(StandardTlvs.CONGESTION_STATE))
                    .contains(100);
            assertThat(congested).containsExactly(100);
        }
    }
}
