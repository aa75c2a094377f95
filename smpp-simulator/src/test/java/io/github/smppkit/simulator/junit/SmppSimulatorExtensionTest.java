package io.github.smppkit.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SmppSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmppSimulatorExtensionTest {

    private static final Set<Integer> PORTS = new HashSet<>();

    static SmppSession bind(int port) {
        return SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port).systemId("esme")
                .password("pw").bindType(BindType.TRANSCEIVER).build());
    }

    static SubmitSm hello() {
        return SubmitSm.builder().source(Address.of(1, 1, "111")).destination(Address.of(1, 1, "222"))
                .shortMessage(io.github.smppkit.codec.type.Bytes.of("hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .build();
    }

    @Nested
    class Registered {

        @RegisterExtension
        SmppSimulatorExtension smsc = SmppSimulatorExtension.withSettings(b -> b.provider("8x8").maxBinds(1));

        @Test
        void settingsApplyAndTheSimulatorIsReachable() {
            try (SmppSession s = bind(smsc.port())) {
                assertThat(s.send(hello()).status()).isEqualTo(CommandStatus.ESME_ROK);
                SimulatorEvent.MessageReceived m = smsc.simulator().awaitMessages(1, Duration.ofSeconds(10)).get(0);
                assertThat(m.text()).isEqualTo("hi");
            }
            assertThat(smsc.simulator().stats().binds()).isEqualTo(1);
        }

        @RepeatedTest(2)
        void eachTestGetsAFreshSimulator(SmppSimulator injected) {
            assertThat(injected).isSameAs(smsc.simulator());
            assertThat(injected.stats().submits()).isZero();
            assertThat(PORTS.add(injected.port())).isTrue();
            try (SmppSession s = bind(injected.port())) {
                assertThat(s.send(hello()).status()).isEqualTo(CommandStatus.ESME_ROK);
            }
        }
    }

    /** Two simulators in one test, e.g. a primary SMSC and its fallback: each closed after the test. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TwoRegistered {

        @RegisterExtension
        SmppSimulatorExtension primary = SmppSimulatorExtension.withSettings(b -> b.systemId("primary"));

        @RegisterExtension
        SmppSimulatorExtension fallback = SmppSimulatorExtension.withSettings(b -> b.systemId("fallback"));

        private final List<SmppSimulator> used = new ArrayList<>();

        @Test
        void eachExtensionHasItsOwnSimulator() {
            used.add(primary.simulator());
            used.add(fallback.simulator());
            assertThat(primary.port()).isNotEqualTo(fallback.port());
            try (SmppSession p = bind(primary.port()); SmppSession f = bind(fallback.port())) {
                assertThat(p.peerSystemId()).isEqualTo("primary");
                assertThat(f.peerSystemId()).isEqualTo("fallback");
            }
        }

        @AfterAll
        void bothWereClosed() {
            assertThat(used).hasSize(2).allSatisfy(smsc -> assertThatThrownBy(() -> bind(smsc.port()).close())
                    .isInstanceOf(SmppConnectionException.class));
        }
    }

    @Nested
    @ExtendWith(SmppSimulatorExtension.class)
    class Extended {

        @Test
        void parameterIsARunningSimulator(SmppSimulator smsc) {
            assertThat(smsc.localAddress().getAddress().isLoopbackAddress()).isTrue();
            try (SmppSession s = bind(smsc.port())) {
                s.send(hello());
            }
            assertThat(smsc.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
        }
    }

    @Test
    void simulatorOutsideATestIsAnError() {
        SmppSimulatorExtension ext = SmppSimulatorExtension.withSettings(b -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(ext::simulator).isInstanceOf(IllegalStateException.class);
    }
}
