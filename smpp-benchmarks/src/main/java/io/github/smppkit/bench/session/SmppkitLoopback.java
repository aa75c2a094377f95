package io.github.smppkit.bench.session;

import io.github.smppkit.bench.codec.SmppkitPdus;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.ResponseCallback;
import io.github.smppkit.session.SendStatus;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.time.Duration;

/**
 * smppkit's client against its own server: {@code trySend} with a callback (falling back to {@code sendAsync}
 * when the session's window is momentarily full), one immutable submit_sm record reused for every send (the
 * session assigns the sequence numbers), and a server handler answering each submit_sm with a message_id.
 *
 * <p>Thread-safety: {@link #send} from one thread.
 *
 * @since 0.1.0
 */
final class SmppkitLoopback implements Loopback {

    private final SubmitSm submit = SmppkitPdus.submitSm().withSequenceNumber(0);
    private SmppServer server;
    private SmppSession session;

    @Override
    public String library() {
        return "smppkit";
    }

    @Override
    public void open(int maxWindow) {
        server = SmppServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .systemId("bench-smsc")
                .windowSize(maxWindow)
                .maxPendingInbound(Math.max(100, maxWindow))
                .requestHandler(SmppkitLoopback::answer)
                .build());
        session = SmppClient.connect(ClientConfig.builder()
                .host("127.0.0.1")
                .port(server.localAddress().getPort())
                .bindType(BindType.TRANSCEIVER)
                .systemId(SessionSample.SYSTEM_ID)
                .password(SessionSample.PASSWORD)
                .windowSize(maxWindow)
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }

    private static HandlerResult answer(SmppSession session, Request<?> request) {
        return request instanceof SubmitSm
                ? HandlerResult.answer(SubmitSmResp.ok(request.sequenceNumber(), SessionSample.MESSAGE_ID))
                : HandlerResult.defaultAnswer();
    }

    @Override
    public boolean blocking() {
        return false;
    }

    @Override
    public void send(Completion done) {
        ResponseCallback callback = (Response r, io.github.smppkit.session.SmppException failure) ->
                done.complete(failure == null && r.status().isOk());
        SendStatus status = session.trySend(submit, callback);
        if (status == SendStatus.WINDOW_FULL) {
            // our semaphore was released by the callback a moment before the session freed its slot
            session.sendAsync(submit).whenComplete((r, e) -> done.complete(e == null && r.status().isOk()));
        } else if (status != SendStatus.SENT) {
            throw new IllegalStateException("trySend: " + status);
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
