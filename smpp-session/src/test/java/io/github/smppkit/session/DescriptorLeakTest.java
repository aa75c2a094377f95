package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.io.File;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions give back every file descriptor they took (socket and, over plain TCP, the selectors of their reader and
 * writer), however they end: closed or unbound by our client, closed by our server when the peer vanishes or never
 * binds or while its writes wait on a peer not reading, after a refused bind, or as the lost links of a reconnecting
 * client. Counts this JVM's descriptors (Linux) before and after many sessions; a descriptor kept per session would
 * show as hundreds.
 */
class DescriptorLeakTest {

    private static final int SESSIONS = 200;
    /** Descriptors the JVM may open meanwhile for itself (jars, a thread's), far fewer than one per session. */
    private static final int SLACK = 40;
    /** Sessions stalled at once, each with a full window of large PDUs queued. */
    private static final int STALLED = 40;

    @Test
    void clientSessionsClosedOrUnboundGiveBackTheirDescriptors() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build())) {
            warmUp(server);
            long before = openDescriptors();
            for (int i = 0; i < SESSIONS; i++) {
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .enquireLinkInterval(Duration.ZERO).build());
                assertThat(client.send(Fixtures.submit("x"))).isInstanceOf(SubmitSmResp.class);
                if (i % 2 == 0) {
                    client.unbind();
                }
                client.close();
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(() -> openDescriptors() <= before + SLACK))
                    .as("descriptors after %d sessions: %d, before: %d", SESSIONS, openDescriptors(), before)
                    .isTrue();
        }
    }

    @Test
    void serverSessionsWhosePeerVanishesOrNeverBindsGiveBackTheirDescriptors() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build())) {
            warmUp(server);
            long before = openDescriptors();
            for (int i = 0; i < SESSIONS; i++) {
                try (RawClient c = new RawClient(server.localAddress())) {
                    if (i % 2 == 0) {
                        c.send(new BindTransceiver(1, "esme", "secret", "", InterfaceVersion.V34, Address.EMPTY,
                                Tlvs.empty()));
                        c.read();
                    }
                }
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(() -> openDescriptors() <= before + SLACK))
                    .as("descriptors after %d sessions: %d, before: %d", SESSIONS, openDescriptors(), before)
                    .isTrue();
        }
    }

    @Test
    void serverSessionsWhoseWritesWaitOnAPeerNotReadingGiveBackTheirDescriptors() throws Exception {
        DeliverSm large = DeliverSm.builder().source(Fixtures.TO).destination(Fixtures.FROM)
                .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[32_000]))).build();
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .windowSize(300).maxBindsPerSystemId(STALLED)
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build())) {
            warmUp(server);
            long before = openDescriptors();
            List<RawClient> peers = new ArrayList<>();
            try {
                for (int i = 0; i < STALLED; i++) {
                    Socket socket = new Socket();
                    socket.setReceiveBufferSize(4096);
                    socket.connect(server.localAddress(), 10_000);
                    RawClient c = new RawClient(socket);
                    peers.add(c);
                    c.send(new BindTransceiver(1, "esme", "secret", "", InterfaceVersion.V34, Address.EMPTY,
                            Tlvs.empty()));
                    c.read();
                }
                assertThat(Fixtures.eventually(() -> server.sessions().size() == STALLED)).isTrue();
                for (SmppSession s : server.sessions()) {
                    // a window of these (9.6 MB) is more than the socket buffers hold: the writer thread waits
                    while (s.trySend(large, (r, e) -> { }) == SendStatus.SENT) {
                        assertThat(s.state()).isEqualTo(SessionState.BOUND);
                    }
                }
            } finally {
                for (RawClient c : peers) {
                    c.close();
                }
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(() -> openDescriptors() <= before + SLACK))
                    .as("descriptors after %d sessions: %d, before: %d", STALLED, openDescriptors(), before)
                    .isTrue();
        }
    }

    @Test
    void sessionsWhoseBindIsRefusedGiveBackTheirDescriptors() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .authenticator(BindAuthenticator.of("esme", "secret")).build())) {
            warmUp(server);
            long before = openDescriptors();
            for (int i = 0; i < SESSIONS; i++) {
                assertThatThrownBy(() -> SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .password("wrong").enquireLinkInterval(Duration.ZERO).build()))
                        .isInstanceOf(SmppBindException.class);
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(() -> openDescriptors() <= before + SLACK))
                    .as("descriptors after %d sessions: %d, before: %d", SESSIONS, openDescriptors(), before)
                    .isTrue();
        }
    }

    @Test
    void aReconnectingClientGivesBackTheDescriptorsOfEachLostLink() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build())) {
            warmUp(server);
            long before = openDescriptors();
            try (SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .enquireLinkInterval(Duration.ZERO)
                    .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(1), Duration.ofMillis(5))).build())) {
                for (int i = 0; i < SESSIONS / 2; i++) {
                    assertThat(Fixtures.eventually(() -> server.sessions().size() == 1)).isTrue();
                    SmppSession link = server.sessions().get(0);
                    link.close();
                    // a new connection comes once the client has seen the old one end; send waits for its bind
                    assertThat(Fixtures.eventually(() -> server.sessions().stream().anyMatch(s -> s != link)))
                            .isTrue();
                    assertThat(client.send(Fixtures.submit("x"))).isInstanceOf(SubmitSmResp.class);
                }
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(() -> openDescriptors() <= before + SLACK))
                    .as("descriptors after %d links: %d, before: %d", SESSIONS / 2, openDescriptors(), before)
                    .isTrue();
        }
    }

    /** Loads the classes and opens what the JVM opens once, so that the count before is the steady one. */
    private static void warmUp(SmppServer server) {
        for (int i = 0; i < 5; i++) {
            try (SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .enquireLinkInterval(Duration.ZERO).build())) {
                client.send(Fixtures.submit("warm-up"));
                client.unbind();
            }
        }
        Fixtures.eventually(() -> server.sessions().isEmpty());
    }

    private static long openDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        assumeTrue(fds != null, "counts descriptors through /proc (Linux)");
        return fds.length;
    }
}
