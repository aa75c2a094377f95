package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed frames with the SMPP 3.3-only command ids 0x22-0x24 (reference §2.2: reserved from 3.4 on) get the
 * answer their well-formed forms get: generic_nack ESME_RINVCMDID from a peer bound as 3.4, never a _resp of a
 * reserved id; a 3.3 peer still gets the command's own _resp with the decoder's status (reference §2.4).
 */
class V33OnlyCommandsTest {

    /**
     * A malformed frame and, for a 3.3 peer, the answer's command_id and command_status: 0xC0 for 1-3 octets left
     * after the mandatory fields, 0x02 for fields that run past command_length (reference §2.4).
     */
    private record Frame(String what, String hex, int v33CommandId, int v33Status) {
        byte[] bytes() {
            return HexFormat.of().parseHex(hex.replace(" ", ""));
        }

        int sequenceNumber() {
            return ByteBuffer.wrap(bytes()).getInt(12);
        }
    }

    private static final List<Frame> MALFORMED = List.of(
            new Frame("param_retrieve, 1 octet after param_name", "00000015 00000022 00000000 00000030 01013100 05",
                    0x80000022, 0x000000C0),
            new Frame("query_last_msgs without num_messages", "00000014 00000023 00000000 00000031 01013100",
                    0x80000023, 0x00000002),
            new Frame("query_msg_details without a body", "00000010 00000024 00000000 00000032",
                    0x80000024, 0x00000002));

    private SmppServer server;

    @BeforeEach
    void start() {
        server = SmppServer.start(SmppServer.builder().authenticator(BindAuthenticator.of("esme", "secret"))
                .requestHandler((session, request) -> HandlerResult.answer(
                        request.response(CommandStatus.ESME_RSYSERR))).build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPeerBoundAs34GetsGenericNackInvalidCommandId() throws Exception {
        try (RawClient c = new RawClient(server.localAddress())) {
            c.send(new BindTransceiver(1, "esme", "secret", "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()));
            assertThat(((Response) c.read()).status()).isEqualTo(CommandStatus.ESME_ROK);
            for (Frame f : MALFORMED) {
                c.sendRaw(f.bytes());
                ByteBuffer answer = ByteBuffer.wrap(c.readFrame());
                assertThat(answer.getInt(0)).as(f.what()).isEqualTo(16);
                assertThat(answer.getInt(4)).as(f.what()).isEqualTo(0x80000000);
                assertThat(answer.getInt(8)).as(f.what()).isEqualTo(0x00000003);
                assertThat(answer.getInt(12)).as(f.what()).isEqualTo(f.sequenceNumber());
            }
            c.send(new EnquireLink(9));
            assertThat(((Response) c.read()).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aPeerBoundAs33GetsTheCommandsOwnErrorResponse() throws Exception {
        try (RawClient c = new RawClient(server.localAddress())) {
            c.send(new BindTransmitter(1, "esme", "secret", "", InterfaceVersion.V33, Address.EMPTY, Tlvs.empty()));
            assertThat(((Response) c.read()).status()).isEqualTo(CommandStatus.ESME_ROK);
            for (Frame f : MALFORMED) {
                c.sendRaw(f.bytes());
                ByteBuffer answer = ByteBuffer.wrap(c.readFrame());
                assertThat(answer.getInt(4)).as(f.what()).isEqualTo(f.v33CommandId());
                assertThat(answer.getInt(8)).as(f.what()).isEqualTo(f.v33Status());
                assertThat(answer.getInt(12)).as(f.what()).isEqualTo(f.sequenceNumber());
            }
        }
    }

    @Test
    void aClientBoundToA34SmscAnswersGenericNackToo() throws Exception {
        BlockingQueue<Pdu> answers = new LinkedBlockingQueue<>();
        try (RawPeer smsc = new RawPeer((peer, pdu) -> {
            if (RawPeer.answerBind(peer, pdu, true)) {
                for (Frame f : MALFORMED) {
                    peer.sendRaw(f.bytes());
                }
            } else {
                answers.add(pdu);
            }
            return true;
        }); SmppSession s = SmppClient.connect(smsc.client().build())) {
            for (Frame f : MALFORMED) {
                Pdu answer = answers.poll(30, TimeUnit.SECONDS);
                assertThat(answer).as(f.what()).isInstanceOf(GenericNack.class);
                assertThat(((Response) answer).status().code()).as(f.what()).isEqualTo(0x00000003);
                assertThat(answer.sequenceNumber()).as(f.what()).isEqualTo(f.sequenceNumber());
            }
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }
}
