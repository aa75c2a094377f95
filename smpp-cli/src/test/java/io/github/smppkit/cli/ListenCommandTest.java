package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.SmppSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ListenCommandTest {

    private static final String LONG_MO = "Reply: " + "y".repeat(170) + " 😀 done";

    /** A DELIVRD receipt for message {@code id}, as the SMSC sends it. */
    private static DeliverSm deliveredReceipt(String id) {
        DeliveryReceipt receipt = DeliveryReceipt.builder().id(id).sub(1).dlvrd(1).stat(ReceiptState.DELIVRD)
                .err("000").text("hi").build();
        return ReceiptFormatter.standard().toDeliverSm(receipt, Address.of(1, 1, "447700900123"),
                Address.of(5, 0, "Brand"));
    }

    @Test
    void printsReceiptsAndReassembledMessagesThenStopsAtCount() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = listen(smsc, "--count", "2", "--timeout", "30", "--json");
            SmppSession session = awaitSession(smsc);

            DeliveryReceipt receipt = DeliveryReceipt.builder().id("4711").sub(1).dlvrd(0)
                    .stat(ReceiptState.UNDELIV).err("005").text("hello").build();
            session.send(ReceiptFormatter.standard().toDeliverSm(receipt, Address.of(1, 1, "447700900123"),
                    Address.of(5, 0, "Brand")));
            List<DeliverSm> parts = longMoParts();
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
    void theMessageStateTlvWinsOverTheStatWord() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = listen(smsc, "--count", "1", "--timeout", "30", "--json");
            SmppSession session = awaitSession(smsc);
            // the text says DELIVRD, message_state 5 says UNDELIV: merged, the TLV wins, as for the id
            DeliveryReceipt conflicting = DeliveryReceipt.builder().id("4714").stat(ReceiptState.DELIVRD)
                    .messageState(5).build();
            DeliverSm deliver = ReceiptFormatter.standard().toDeliverSm(conflicting,
                    Address.of(1, 1, "447700900123"), Address.of(5, 0, "Brand"));
            assertThat(deliver.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(5);
            session.send(deliver);

            CliRun run = listen.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode event = new ObjectMapper().readTree(run.out());
            assertThat(event.get("stat").asText()).isEqualTo("UNDELIV");
            assertThat(event.get("receipt").get("stat").asText()).isEqualTo("UNDELIV");
        }
    }

    /** The parts of {@link #LONG_MO} as deliver_sm from 447700900123 to 12345. */
    private static List<DeliverSm> longMoParts() {
        return MessageParts.deliverSms(MessagePlanner.plan(LONG_MO, PlanOptions.defaults()),
                DeliverSm.builder().source(Address.of(1, 1, "447700900123")).destination(Address.of(0, 1, "12345"))
                        .build());
    }

    @Test
    void unreadablePartsAndMessagesStillMissingPartsAtTheEndAreReported() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = listen(smsc, "--count", "1", "--timeout", "30", "--json");
            SmppSession session = awaitSession(smsc);
            // UDHI set, but the UDH length 5 runs past the 3 octets of user data
            DeliverSm unreadable = DeliverSm.builder().source(Address.of(1, 1, "447700900123"))
                    .destination(Address.of(0, 1, "12345")).esmClass(EsmClass.UDHI)
                    .shortMessage(Bytes.of((byte) 0x05, (byte) 0x00, (byte) 0x03)).build();
            assertThat(session.send(unreadable).status()).isEqualTo(CommandStatus.ESME_ROK);
            List<DeliverSm> parts = longMoParts();
            session.send(parts.get(0));
            session.send(deliveredReceipt("4715")); // the one event --count waits for

            CliRun run = listen.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).as(run.err()).isZero();
            String[] lines = run.out().strip().split("\n");
            assertThat(lines).hasSize(3);
            ObjectMapper json = new ObjectMapper();
            JsonNode invalid = json.readTree(lines[0]);
            assertThat(invalid.get("event").asText()).isEqualTo("invalid");
            assertThat(invalid.get("source_addr").asText()).isEqualTo("447700900123");
            assertThat(invalid.get("reason").asText()).isEqualTo("UDH length 5 exceeds user data of 3 octets");
            assertThat(json.readTree(lines[1]).get("event").asText()).isEqualTo("receipt");
            JsonNode incomplete = json.readTree(lines[2]);
            assertThat(incomplete.get("event").asText()).isEqualTo("incomplete");
            assertThat(incomplete.get("source_addr").asText()).isEqualTo("447700900123");
            assertThat(incomplete.get("destination_addr").asText()).isEqualTo("12345");
            assertThat(incomplete.get("received").asInt()).isEqualTo(1);
            assertThat(incomplete.get("parts").asInt()).isEqualTo(parts.size()).isGreaterThan(1);
            assertThat(incomplete.get("reason").asText()).isEqualTo("PENDING");
        }
    }

    @Test
    void aMessageStillMissingPartsAtTheTimeoutIsReportedInPlainText() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = listen(smsc, "--timeout", "2");
            List<DeliverSm> parts = longMoParts();
            awaitSession(smsc).send(parts.get(1));

            CliRun run = listen.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().strip()).startsWith("incomplete source_addr=447700900123 destination_addr=12345")
                    .endsWith("received=1 parts=" + parts.size() + " reason=PENDING");
        }
    }

    @Test
    void aMessageMissingPartsPastTheReassemblyTimeoutIsReportedWhileListening() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process listen = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "listen", "--host", "127.0.0.1", "--port", Integer.toString(smsc.port()),
                    "--system-id", "user", "--password", "secret", "--json", "--reassembly-timeout", "1").start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(listen.getInputStream(),
                    StandardCharsets.UTF_8))) {
                try {
                    awaitSession(smsc).send(longMoParts().get(0));

                    // bounded: on a timeout the finally below ends the process, which ends the read
                    String line = CompletableFuture.supplyAsync(() -> readLine(lines)).get(20, TimeUnit.SECONDS);
                    assertThat(line).as("listen printed nothing").isNotNull();
                    JsonNode event = new ObjectMapper().readTree(line);
                    assertThat(event.get("event").asText()).isEqualTo("incomplete");
                    assertThat(event.get("received").asInt()).isEqualTo(1);
                    assertThat(event.get("reason").asText()).isEqualTo("EXPIRED");
                    assertThat(listen.isAlive()).as("listen goes on after giving a message up").isTrue();
                } finally {
                    listen.destroy(); // before the reader is closed, which waits for the read to end
                }
            }
            assertThat(listen.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void deliveriesBeyondCountAreNeitherPrintedNorAccepted() throws Exception {
        // found against a fiorix/go-smpp SMSC sending a burst: listen --count 5 printed 8 events, accepting
        // messages it was about to unbind on; beyond the count they must stay with the SMSC (ESME_RX_T_APPN, §6)
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = listen(smsc, "--count", "1", "--timeout", "30", "--json");
            SmppSession session = awaitSession(smsc);
            List<CompletableFuture<DeliverSmResp>> answers = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                answers.add(session.sendAsync(deliveredReceipt("48" + i)));
            }

            CliRun run = listen.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().strip().split("\n")).hasSize(1);
            List<CommandStatus> statuses = new ArrayList<>();
            for (CompletableFuture<DeliverSmResp> answer : answers) {
                try {
                    statuses.add(answer.get(30, TimeUnit.SECONDS).status());
                } catch (ExecutionException unansweredBeforeTheUnbind) {
                    // not accepted either: the SMSC delivers it again
                }
            }
            assertThat(statuses).containsOnlyOnce(CommandStatus.ESME_ROK)
                    .isSubsetOf(CommandStatus.ESME_ROK, CommandStatus.ESME_RX_T_APPN);
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
    void withoutCountOrTimeoutListensUntilTerminated() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process listen = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "listen", "--host", "127.0.0.1", "--port", Integer.toString(smsc.port()),
                    "--system-id", "user", "--password", "secret", "--json").start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(listen.getInputStream(),
                    StandardCharsets.UTF_8))) {
                try {
                    SmppSession session = awaitSession(smsc);
                    session.send(deliveredReceipt("4712"));

                    // bounded: on a timeout the finally below ends the process, which ends the read
                    String line = CompletableFuture.supplyAsync(() -> readLine(lines)).get(20, TimeUnit.SECONDS);
                    assertThat(line).as("listen printed nothing").isNotNull();
                    JsonNode event = new ObjectMapper().readTree(line);
                    assertThat(event.get("event").asText()).isEqualTo("receipt");
                    assertThat(event.get("message_id").asText()).isEqualTo("4712");
                    assertThat(listen.isAlive()).as("listen goes on after an event").isTrue();
                } finally {
                    listen.destroy(); // SIGTERM, before the reader is closed, which waits for the read to end
                }
            }
            assertThat(listen.waitFor(20, TimeUnit.SECONDS)).as("listen stops on SIGTERM").isTrue();
        }
    }

    @Test
    void smscUnbindEndsTheListenWithTheReason() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            // --timeout only bounds the test: the unbind must end the listen, as the reason in the error shows
            CompletableFuture<CliRun> listen = listen(smsc, "--count", "3", "--timeout", "60", "--json");
            SmppSession session = awaitSession(smsc);
            session.send(deliveredReceipt("4713"));
            session.unbind(); // as node-smpp's session.unbind() does on an SMSC going down

            CliRun run = listen.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("\"message_id\":\"4713\"");
            assertThat(run.err()).contains("session ended after 1 of 3 events: peer unbound");
        }
    }

    @Test
    void droppedConnectionEndsAListenWithoutCountOrTimeout() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CompletableFuture<CliRun> listen = listen(smsc);
            awaitSession(smsc).close(); // the socket drops without unbind

            CliRun run = listen.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("session ended: peer closed the connection");
        }
    }

    @Test
    void unresolvableHostIsNamedInTheFailure() {
        CliRun run = CliRun.of("listen", "--host", "no.such.invalid", "--port", "2775", "--system-id", "user",
                "--password", "secret", "--count", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot bind to no.such.invalid:2775: the host no.such.invalid cannot be"
                + " resolved");
    }

    @Test
    void listenNeedsAReceivingBind() {
        CliRun run = CliRun.of("listen", "--host", "127.0.0.1", "--port", "2775", "--system-id", "u", "--password",
                "p", "--bind", "tx", "--count", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("listen", "--host", "127.0.0.1", "--port", "2775", "--system-id", "u", "--password",
                "p", "--reassembly-timeout", "0").exitCode()).isEqualTo(2);
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code listen} bound to the SMSC as user/secret, with more arguments, on another thread. */
    private static CompletableFuture<CliRun> listen(TestSmsc smsc, String... more) {
        List<String> args = new ArrayList<>(List.of("listen", "--host", "127.0.0.1", "--port",
                Integer.toString(smsc.port()), "--system-id", "user", "--password", "secret"));
        args.addAll(List.of(more));
        return CompletableFuture.supplyAsync(() -> CliRun.of(args.toArray(String[]::new)));
    }

    private static SmppSession awaitSession(TestSmsc smsc) throws InterruptedException {
        for (int i = 0; i < 2000; i++) { // up to 20 s: a listen process starts a JVM first
            List<SmppSession> sessions = smsc.server.sessions("user");
            if (!sessions.isEmpty()) {
                // listed once its bind_resp is queued; the answer to this comes after listen has read that
                sessions.get(0).send(new EnquireLink(0));
                return sessions.get(0);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("listen did not bind");
    }

    @Test
    void credentialsTheBindCannotCarryAreUsageErrors() {
        CliRun run = CliRun.of("listen", "--host", "127.0.0.1", "--port", "2775", "--system-id", "a".repeat(16),
                "--password", "pw", "--timeout", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("smpp listen: --system-id has 16 characters; SMPP allows at most 15");
    }
}
