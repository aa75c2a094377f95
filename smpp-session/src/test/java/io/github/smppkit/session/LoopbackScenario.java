package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client against our server over loopback: bind, N submit_sm through the window, one deliver_sm receipt per
 * message sent back by the server to a receiving session, unbind; every count checked.
 */
final class LoopbackScenario {

    private LoopbackScenario() {
    }

    static void run(ThreadFactory threads, int window, boolean transceiver, int messages) throws Exception {
        AtomicInteger submits = new AtomicInteger();
        AtomicInteger ids = new AtomicInteger();
        ExecutorService receipts = Executors.newSingleThreadExecutor(threads);
        SmppServer[] holder = new SmppServer[1];
        RequestHandler serverHandler = (session, request) -> {
            if (request.commandId() != CommandId.SUBMIT_SM) {
                return HandlerResult.defaultAnswer();
            }
            submits.incrementAndGet();
            String id = Integer.toHexString(ids.incrementAndGet());
            // Receipts leave from another thread: the reader must never wait for its own session's window.
            receipts.execute(() -> deliverReceipt(holder[0], session.peerSystemId(), id));
            return HandlerResult.answer(SubmitSmResp.ok(0, id));
        };
        ServerConfig serverConfig = SmppServer.builder().threadFactory(threads).requestHandler(serverHandler)
                .authenticator(BindAuthenticator.of("esme", "secret")).windowSize(window).build();
        Set<String> receiptIds = ConcurrentHashMap.newKeySet();
        CountDownLatch allReceipts = new CountDownLatch(messages);
        RequestHandler clientHandler = (session, request) -> {
            if (request.commandId() == CommandId.DELIVER_SM) {
                receiptIds.add(new String(((io.github.smppkit.codec.pdu.DeliverSm) request).shortMessage()
                        .toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).split(" ")[0]);
                allReceipts.countDown();
            }
            return HandlerResult.defaultAnswer();
        };
        try (SmppServer server = SmppServer.start(serverConfig)) {
            holder[0] = server;
            List<SmppSession> sessions = new ArrayList<>();
            SmppSession sender;
            if (transceiver) {
                sender = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER).threadFactory(threads)
                        .windowSize(window).requestHandler(clientHandler).build());
                sessions.add(sender);
            } else {
                SmppSession rx = SmppClient.connect(Fixtures.client(server, BindType.RECEIVER).threadFactory(threads)
                        .requestHandler(clientHandler).build());
                sender = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER).threadFactory(threads)
                        .windowSize(window).build());
                sessions.add(rx);
                sessions.add(sender);
            }
            for (SmppSession s : sessions) {
                assertThat(s.state()).isEqualTo(SessionState.BOUND);
                assertThat(s.peerSystemId()).isEqualTo("smppkit");
            }
            List<CompletableFuture<SubmitSmResp>> futures = new ArrayList<>(messages);
            for (int i = 0; i < messages; i++) {
                futures.add(sender.sendAsync(Fixtures.submit("message " + i)));
            }
            Set<String> messageIds = new HashSet<>();
            int ok = 0;
            for (CompletableFuture<SubmitSmResp> f : futures) {
                SubmitSmResp r = f.get(60, TimeUnit.SECONDS);
                if (r.status().equals(CommandStatus.ESME_ROK)) {
                    ok++;
                    messageIds.add(r.messageId());
                }
            }
            assertThat(ok).isEqualTo(messages);
            assertThat(messageIds).hasSize(messages);
            assertThat(allReceipts.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(receiptIds).hasSize(messages);
            assertThat(submits.get()).isEqualTo(messages);
            for (SmppSession s : sessions) {
                s.unbind();
                assertThat(s.state()).isEqualTo(SessionState.CLOSED);
                assertThat(s.pendingCount()).isZero();
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
        } finally {
            receipts.shutdownNow();
        }
    }

    private static void deliverReceipt(SmppServer server, String systemId, String id) {
        for (SmppSession s : server.sessions(systemId)) {
            if (s.bindType().canReceive()) {
                s.sendAsync(Fixtures.receipt(id)).join();
                return;
            }
        }
        throw new IllegalStateException("no receiving session for " + systemId);
    }
}
