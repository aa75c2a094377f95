package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.SmppSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ListenCommandTest {

    private static final String LONG_MO = "Reply: " + "y".repeat(170) + " 😀 done";

    @Test
    void printsReceiptsAndReassembledMessagesThenStopsAtCount() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = CompletableFuture.supplyAsync(() -> CliRun.of("listen", "--host",
                    "127.0.0.1", "--port", Integer.toString(smsc.port()), "--system-id", "user", "--password",
                    "secret", "--count", "2", "--timeout", "30", "--json"));
            SmppSession session = awaitSession(smsc);

            DeliveryReceipt receipt = DeliveryReceipt.builder().id("4711").sub(1).dlvrd(0)
                    .stat(ReceiptState.UNDELIV).err("005").text("hello").build();
            session.send(ReceiptFormatter.standard().toDeliverSm(receipt, Address.of(1, 1, "447700900123"),
                    Address.of(5, 0, "Brand")));
            List<DeliverSm> parts = MessageParts.deliverSms(MessagePlanner.plan(LONG_MO, PlanOptions.defaults()),
                    DeliverSm.builder().source(Address.of(1, 1, "447700900123"))
                            .destination(Address.of(0, 1, "12345")).build());
            for (int i = parts.size() - 1; i >= 0; i--) { // out of order on purpose
                session.send(parts.get(i));
            }

            CliRun run = listen.get();
            assertThat(run.exitCode()).as(run.err()).isZero();
            String[] lines = run.out().strip().split("\n");
            assertThat(lines).hasSize(2);
            ObjectMapper json = new ObjectMapper();
            JsonNode first = json.readTree(lines[0]);
            assertThat(first.get("event").asText()).isEqualTo("receipt");
            assertThat(first.get("message_id").asText()).isEqualTo("4711");
            assertThat(first.get("stat").asText()).isEqualTo("UNDELIV");
            assertThat(first.get("err").asText()).isEqualTo("005");
            JsonNode second = json.readTree(lines[1]);
            assertThat(second.get("event").asText()).isEqualTo("message");
            assertThat(second.get("text").asText()).isEqualTo(LONG_MO);
            assertThat(second.get("parts").asInt()).isEqualTo(parts.size()).isGreaterThan(1);
        }
    }

    @Test
    void timeoutBeforeCountExitsOne() {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CliRun run = CliRun.of("listen", "--host", "127.0.0.1", "--port", Integer.toString(smsc.port()),
                    "--system-id", "user", "--password", "secret", "--count", "1", "--timeout", "0");
            assertThat(run.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void listenNeedsAnEndAndAReceivingBind() {
        String[] base = {"listen", "--host", "127.0.0.1", "--port", "2775", "--system-id", "u", "--password", "p"};
        assertThat(CliRun.of(base).exitCode()).isEqualTo(2);
        String[] tx = java.util.Arrays.copyOf(base, base.length + 4);
        tx[base.length] = "--bind";
        tx[base.length + 1] = "tx";
        tx[base.length + 2] = "--count";
        tx[base.length + 3] = "1";
        assertThat(CliRun.of(tx).exitCode()).isEqualTo(2);
    }

    private static SmppSession awaitSession(TestSmsc smsc) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            List<SmppSession> sessions = smsc.server.sessions("user");
            if (!sessions.isEmpty()) {
                return sessions.get(0);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("listen did not bind");
    }
}
