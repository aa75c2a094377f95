package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Notification;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The ESME side of outbind: accept the SMSC's connection, get an outbind with the expected credentials,
 * bind_receiver on it, receive.
 */
class OutbindTest {

    @Test
    void bindsAsReceiverAfterAnOutbind() throws Exception {
        List<CommandId> seen = new CopyOnWriteArrayList<>();
        ClientConfig config = receiverRecording(seen);
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            CompletableFuture<SmppSession> accepted = acceptOutbindOnLoopback(config, listener);
            try (RawClient smsc = new RawClient((InetSocketAddress) listener.getLocalAddress())) {
                smsc.send(new Outbind(1, "smsc", "smscpw", Tlvs.empty()));
                Pdu bind = smsc.read();
                assertThat(bind).isInstanceOf(BindReceiver.class);
                assertThat(((BindReceiver) bind).systemId()).isEqualTo("esme");
                smsc.send(new BindReceiverResp(bind.sequenceNumber(), CommandStatus.ESME_ROK, "smsc",
                        Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34)));
                SmppSession s = accepted.get(30, TimeUnit.SECONDS);
                assertThat(s.state()).isEqualTo(SessionState.BOUND);
                assertThat(s.peerSystemId()).isEqualTo("smsc");
                smsc.send(Fixtures.receipt("42").withSequenceNumber(7));
                Pdu resp = smsc.read();
                assertThat(resp).isInstanceOf(DeliverSmResp.class);
                assertThat(((DeliverSmResp) resp).status()).isEqualTo(CommandStatus.ESME_ROK);
                assertThat(resp.sequenceNumber()).isEqualTo(7);
                assertThat(seen).containsExactly(CommandId.OUTBIND, CommandId.DELIVER_SM);
                s.close();
                assertThat(s.pendingCount()).isZero();
            }
        }
    }

    @Test
    void anOutbindWithOtherCredentialsIsClosedWithoutABind() throws Exception {
        // our bind carries our password: whoever reaches the listener must not get it by sending any outbind
        for (Outbind wrong : List.of(new Outbind(1, "smsc", "guess", Tlvs.empty()),
                new Outbind(1, "other", "smscpw", Tlvs.empty()))) {
            List<CommandId> seen = new CopyOnWriteArrayList<>();
            ClientConfig config = receiverRecording(seen);
            try (ServerSocketChannel listener = ServerSocketChannel.open()) {
                CompletableFuture<SmppSession> accepted = acceptOutbindOnLoopback(config, listener);
                try (RawClient smsc = new RawClient((InetSocketAddress) listener.getLocalAddress())) {
                    smsc.send(wrong);
                    // not one octet (no bind_receiver) before the close
                    assertThat(smsc.closedByPeer()).as("closed without a bind after %s", wrong.systemId()).isTrue();
                }
                assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SmppConnectionException.class)
                        .hasMessageContaining("not the expected SMSC's");
                assertThat(seen).isEmpty();
            }
        }
    }

    @Test
    void theExpectedSmscCredentialsAreRequired() throws Exception {
        ClientConfig config = SmppClient.builder().host("unused").systemId("esme").bindType(BindType.RECEIVER)
                .build();
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> SmppClient.acceptOutbind(config, listener, Duration.ofSeconds(1), null, "pw"))
                    .isInstanceOf(NullPointerException.class).hasMessage("smscSystemId");
            assertThatThrownBy(() -> SmppClient.acceptOutbind(config, listener, Duration.ofSeconds(1), "smsc", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("smscPassword");
        }
    }

    @Test
    void transmitterCannotAnswerAnOutbind() throws Exception {
        ClientConfig config = SmppClient.builder().host("unused").systemId("esme").bindType(BindType.TRANSMITTER)
                .build();
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> SmppClient.acceptOutbind(config, listener, Duration.ofSeconds(1), "smsc", "pw"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bindType");
        }
    }

    @Test
    void aBindSlotRefusedAfterTheConnectionClosesIt() throws Exception {
        BindAdmission none = new BindAdmission() {
            @Override
            public void acquire(String systemId) {
                throw new SmppTimeoutException("bind admission: no slot for " + systemId);
            }

            @Override
            public void release(String systemId) {
                throw new AssertionError("released a slot never acquired");
            }
        };
        ClientConfig config = SmppClient.builder().host("unused").systemId("esme").bindType(BindType.RECEIVER)
                .bindAdmission(none).build();
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CompletableFuture<SmppSession> accepted = CompletableFuture.supplyAsync(
                    () -> SmppClient.acceptOutbind(config, listener, Duration.ofSeconds(30), "smsc", "pw"));
            try (RawClient smsc = new RawClient((InetSocketAddress) listener.getLocalAddress())) {
                // the SMSC is not left waiting for a bind that will never come
                assertThat(smsc.closedByPeer()).isTrue();
            }
            assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SmppTimeoutException.class);
        }
    }

    @Test
    void noConnectionTimesOut() throws Exception {
        ClientConfig config = SmppClient.builder().host("unused").systemId("esme").bindType(BindType.RECEIVER)
                .build();
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThatThrownBy(() -> SmppClient.acceptOutbind(config, listener, Duration.ofMillis(100), "smsc", "pw"))
                    .isInstanceOf(SmppConnectionException.class).hasMessageContaining("no connection");
        }
    }

    /** An ESME config binding as receiver whose handler notes every request and notification it sees. */
    private static ClientConfig receiverRecording(List<CommandId> seen) {
        RequestHandler handler = new RequestHandler() {
            @Override
            public HandlerResult handle(SmppSession session, Request<?> request) {
                seen.add(request.commandId());
                return HandlerResult.defaultAnswer();
            }

            @Override
            public void notification(SmppSession session, Notification notification) {
                seen.add(notification.commandId());
            }
        };
        return SmppClient.builder().host("unused").systemId("esme").password("pw")
                .bindType(BindType.RECEIVER).requestHandler(handler).build();
    }

    /** Listens on a loopback port and accepts, in the background, an outbind from SMSC "smsc"/"smscpw". */
    private static CompletableFuture<SmppSession> acceptOutbindOnLoopback(ClientConfig config,
            ServerSocketChannel listener) throws IOException {
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return CompletableFuture.supplyAsync(
                () -> SmppClient.acceptOutbind(config, listener, Duration.ofSeconds(30), "smsc", "smscpw"));
    }
}
