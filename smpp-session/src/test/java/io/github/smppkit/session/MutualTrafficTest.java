package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Our client and our server on one transceiver link, both sending large PDUs with a full window while each request
 * handler pauses once: the writes of both sides then block on full socket buffers. Neither side may stop reading
 * merely because its own write is blocked, or each waits for the other until both close as dead peers.
 */
class MutualTrafficTest {

    private static final int WINDOW = 300;
    private static final int PER_SIDE = 600;
    /** A window of these (9.6 MB) is more than the loopback socket buffers of a side hold. */
    private static final int PAYLOAD = 32_000;
    private static final long HANDLER_PAUSE_MILLIS = 500;

    @Test
    void bothSidesSendingLargePdusWithFullWindowsGetEveryAnswer() throws Exception {
        List<String> closed = new CopyOnWriteArrayList<>();
        SessionObserver observer = new SessionObserver() {
            @Override
            public void closed(SmppSession session, String reason) {
                closed.add(session + ": " + reason);
            }
        };
        Tlvs payload = Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[PAYLOAD]));
        SubmitSm submit = Fixtures.submit("").toBuilder().tlvs(payload).build();
        DeliverSm deliver = DeliverSm.builder().source(Fixtures.TO).destination(Fixtures.FROM).tlvs(payload).build();
        try (SmppServer server = SmppServer.start(SmppServer.builder().windowSize(WINDOW)
                .deadPeerTimeout(Duration.ofSeconds(3)).enquireLinkInterval(Duration.ZERO)
                .responseTimeout(Duration.ofSeconds(60)).sessionObserver(observer)
                .requestHandler(pausingOnce()).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .windowSize(WINDOW).deadPeerTimeout(Duration.ofSeconds(3))
                        .enquireLinkInterval(Duration.ZERO).responseTimeout(Duration.ofSeconds(60))
                        .sessionObserver(observer).requestHandler(pausingOnce()).build())) {
            assertThat(Fixtures.eventually(() -> server.sessions().size() == 1)).isTrue();
            SmppSession serverSide = server.sessions().get(0);
            List<CompletableFuture<? extends Response>> answers = new CopyOnWriteArrayList<>();
            Thread delivering = new Thread(() -> {
                for (int i = 0; i < PER_SIDE; i++) {
                    answers.add(serverSide.sendAsync(deliver));
                }
            }, "delivering");
            delivering.start();
            for (int i = 0; i < PER_SIDE; i++) {
                answers.add(client.sendAsync(submit));
            }
            delivering.join(60_000);

            int ok = 0;
            for (CompletableFuture<? extends Response> answer : answers) {
                if (answer.handle((r, e) -> e == null && r.status().isOk()).get(60, TimeUnit.SECONDS)) {
                    ok++;
                }
            }
            assertThat(closed).as("sessions closed during the traffic").isEmpty();
            assertThat(ok).as("requests answered OK").isEqualTo(2 * PER_SIDE);
        }
    }

    /** Answers OK, after holding the reader thread on the first request, as a slow handler would. */
    private static RequestHandler pausingOnce() {
        AtomicInteger seen = new AtomicInteger();
        return (session, request) -> {
            if (seen.incrementAndGet() == 1) {
                Thread.sleep(HANDLER_PAUSE_MILLIS);
            }
            return HandlerResult.defaultAnswer();
        };
    }
}
