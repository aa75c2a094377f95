package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SMSC side of outbind: our server dials our client, which binds as receiver and gets a deliver_sm. */
class OutbindServerTest {

    @Test
    void serverOutbindsAndTheEsmeBindsAndReceives() throws Exception {
        List<CommandId> seen = new CopyOnWriteArrayList<>();
        RequestHandler handler = (SmppSession session, Request<?> request) -> {
            seen.add(request.commandId());
            return HandlerResult.defaultAnswer();
        };
        ClientConfig config = SmppClient.builder().host("unused").systemId("esme").password("pw")
                .bindType(BindType.RECEIVER).requestHandler(handler).build();
        try (SmppServer server = SmppServer.start(SmppServer.builder().port(0)
                .authenticator(BindAuthenticator.of("esme", "pw")).build());
                ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CompletableFuture<SmppSession> esme = CompletableFuture.supplyAsync(
                    () -> SmppClient.acceptOutbind(config, listener, Duration.ofSeconds(30), "smsc", "smscpw"));

            SmppSession smscSide = server.outbind((InetSocketAddress) listener.getLocalAddress(), "smsc", "smscpw");

            SmppSession client = esme.get(30, TimeUnit.SECONDS);
            assertThat(client.state()).isEqualTo(SessionState.BOUND);
            assertThat(Fixtures.eventually(() -> smscSide.state() == SessionState.BOUND)).isTrue();
            assertThat(server.sessions("esme")).hasSize(1);
            DeliverSmResp resp = smscSide.send(DeliverSm.builder().source(Address.of(1, 1, "447700900123"))
                    .destination(Address.of(0, 1, "12345")).shortMessage(Bytes.of((byte) 'h', (byte) 'i')).build());
            assertThat(resp.status().isOk()).isTrue();
            assertThat(seen).containsExactly(CommandId.DELIVER_SM);
            client.unbind();
        }
    }

    @Test
    void outbindCarriesASequenceNumberInTheValidRange() throws Exception {
        // reference §2.3: 1..0x7FFFFFFF; 0 is kept for a generic_nack to an unreadable PDU, and strict ESMEs refuse it
        try (SmppServer server = SmppServer.start(SmppServer.builder().port(0).build());
                ServerSocket esme = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.outbind((InetSocketAddress) esme.getLocalSocketAddress(), "esme", "pw");
            try (RawClient smsc = new RawClient(esme.accept())) {
                Pdu outbind = smsc.read();
                assertThat(outbind).isInstanceOf(Outbind.class);
                assertThat(outbind.sequenceNumber()).isBetween(1, 0x7FFFFFFF);
            }
        }
    }

    @Test
    void unreachableEsmeIsAConnectionFailure() throws Exception {
        int closed;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closed = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        try (SmppServer server = SmppServer.start(SmppServer.builder().port(0).build())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.outbind(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), closed), "esme", "pw"))
                    .isInstanceOf(SmppConnectionException.class).hasMessageContaining("outbind to");
        }
    }
}
