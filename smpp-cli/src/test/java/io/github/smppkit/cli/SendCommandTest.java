package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.SmppSession;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SendCommandTest {

    private static CliRun send(int port, String password, String... extra) {
        String[] base = {"send", "--host", "127.0.0.1", "--port", Integer.toString(port), "--system-id", "user",
            "--password", password, "--to", "+447700900123"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void sendsLongMessagesAndWaitsForEveryReceipt() {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CliRun run = send(smsc.port(), "secret", "--text", "x".repeat(200) + " €", "--count", "5",
                    "--receipts", "--wait", "20");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out().strip()).endsWith("sent 5/5, receipts 5/5");
            assertThat(smsc.submits).hasValue(10); // two parts each
        }
    }

    @Test
    void eachLongMessageGetsItsOwnConcatenationReference() {
        // found against node-smpp: every message went out with UDH reference 0 and sar_msg_ref_num 0, so a
        // handset or SMSC would mix up the parts of two long messages to the same number (reference §12.3)
        String text = "A message long enough to need two parts once it passes the limit of one. ".repeat(3);
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CliRun udh = send(smsc.port(), "secret", "--text", text, "--count", "4");
            assertThat(udh.exitCode()).as(udh.out() + udh.err()).isZero();
            // UDH 05 00 03 ref total seq: one reference per message, the same in each of its parts
            assertThat(smsc.accepted).hasSize(8).allMatch(s -> s.esmClass().hasUdhi());
            Map<Integer, Set<Integer>> partsByReference = smsc.accepted.stream().collect(Collectors.groupingBy(
                    s -> s.shortMessage().get(3), Collectors.mapping(s -> s.shortMessage().get(5), Collectors.toSet())));
            assertThat(partsByReference).hasSize(4).allSatisfy((ref, parts) -> assertThat(parts).containsOnly(1, 2));

            smsc.accepted.clear();
            CliRun sar = send(smsc.port(), "secret", "--text", text, "--count", "4", "--long", "sar");
            assertThat(sar.exitCode()).as(sar.out() + sar.err()).isZero();
            assertThat(smsc.accepted).hasSize(8);
            assertThat(smsc.accepted.stream().map(s -> s.tlvs().get(StandardTlvs.SAR_MSG_REF_NUM).orElseThrow())
                    .distinct()).hasSize(4);
        }
    }

    @Test
    void jsonReportsEveryPartAndASummary() throws Exception {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CliRun run = send(smsc.port(), "secret", "--text", "hi", "--count", "3", "--json", "--receipts");

            assertThat(run.exitCode()).as(run.err()).isZero();
            String[] lines = run.out().strip().split("\n");
            assertThat(lines[lines.length - 1]).isEqualTo("sent 3/3, receipts 3/3");
            JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 2]);
            assertThat(summary.get("event").asText()).isEqualTo("summary");
            assertThat(summary.get("receipts").asInt()).isEqualTo(3);
            long parts = java.util.Arrays.stream(lines).filter(l -> l.contains("\"submit_sm_resp\"")).count();
            assertThat(parts).isEqualTo(3);
            assertThat(run.out()).contains("\"event\":\"receipt\"").contains("\"matched\":true");
            assertThat(summary.get("unmatched_receipts")).isEmpty();
        }
    }

    @Test
    void receiptsSentAsDataSmAreMatched() throws Exception {
        // reference §10: a receipt comes in a deliver_sm or a data_sm; this one carries only the TLVs
        try (TestSmsc smsc = TestSmsc.receiptsAsDataSm()) {
            CliRun run = send(smsc.port(), "secret", "--text", "hi", "--receipts", "--wait", "10", "--json");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            String[] lines = run.out().strip().split("\n");
            assertThat(lines[lines.length - 1]).isEqualTo("sent 1/1, receipts 1/1");
            JsonNode receipt = null;
            for (String line : lines) {
                if (line.contains("\"event\":\"receipt\"")) {
                    receipt = new ObjectMapper().readTree(line);
                }
            }
            assertThat(receipt).as("receipt event").isNotNull();
            assertThat(receipt.get("message_id").asText()).isEqualTo("1001");
            assertThat(receipt.get("stat").asText()).isEqualTo("DELIVRD");
        }
    }

    @Test
    void receiptsQuotingAnIdNotSentAreNamed() throws Exception {
        // larvitsmpp's SMSC answers each part of a long message with its own id, then quotes another in the receipt
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK, ReceiptState.DELIVRD, id -> "other-" + id)) {
            CliRun run = send(smsc.port(), "secret", "--text", "hi", "--count", "2", "--receipts", "--wait", "1");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("2 receipts quoted ids not sent here: other-1001, other-1002");
            assertThat(run.out().strip()).endsWith("sent 2/2, receipts 0/2");

            CliRun json = send(smsc.port(), "secret", "--text", "hi", "--receipts", "--wait", "1", "--json");
            String[] lines = json.out().strip().split("\n");
            JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 2]);
            assertThat(summary.get("unmatched_receipts").get(0).asText()).isEqualTo("other-1003");
        }
    }

    @Test
    void validityIsSentAsARelativeTime() {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            assertThat(send(smsc.port(), "secret", "--text", "hi", "--validity", "10m").exitCode()).isZero();
            assertThat(send(smsc.port(), "secret", "--text", "hi", "--validity", "PT1H30M").exitCode()).isZero();
            assertThat(send(smsc.port(), "secret", "--text", "hi").exitCode()).isZero();
            assertThat(smsc.accepted).extracting(SubmitSm::validityPeriod)
                    .containsExactly("000000001000000R", "000000013000000R", "");
        }
        CliRun bad = send(2775, "x", "--text", "hi", "--validity", "10x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--validity 10x: not a duration");
        assertThat(send(2775, "x", "--text", "hi", "--validity", "100d").err()).contains("99 days");
    }

    @Test
    void intermediateNotificationsAreNotTheAwaitedReceipts() {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK, ReceiptState.ENROUTE)) {
            CliRun run = send(smsc.port(), "secret", "--text", "hi", "--count", "2", "--receipts", "--wait", "1");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out().strip()).endsWith("sent 2/2, receipts 0/2");
        }
    }

    @Test
    void droppedConnectionEndsTheWaitForReceiptsWithTheReason() throws Exception {
        // found against a fiorix/go-smpp SMSC killed while receipts were due: send waited out all of --wait
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK, ReceiptState.ENROUTE)) {
            CompletableFuture<CliRun> send = CompletableFuture.supplyAsync(() -> send(smsc.port(), "secret",
                    "--text", "hi", "--receipts", "--wait", "120"));
            for (int i = 0; i < 2000 && smsc.receiptsAnswered.get() == 0; i++) { // up to 20 s
                Thread.sleep(10);
            }
            smsc.server.sessions("user").forEach(SmppSession::close); // the socket drops without unbind

            CliRun run = send.get(30, TimeUnit.SECONDS);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out().strip()).endsWith("sent 1/1, receipts 0/1");
            assertThat(run.err()).contains("session ended before every receipt arrived: peer closed the connection");
        }
    }

    @Test
    void rejectedSubmitsExitOneWithTheStatus() {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_RTHROTTLED)) {
            CliRun run = send(smsc.port(), "secret", "--text", "hi", "--count", "2");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("ESME_RTHROTTLED").contains("sent 0/2");
        }
    }

    @Test
    void failedBindIsExplainedByTheCatalog() {
        try (TestSmsc smsc = new TestSmsc(CommandStatus.ESME_ROK)) {
            CliRun run = send(smsc.port(), "wrong", "--text", "hi");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("bind refused").contains("0x0000000E").contains("ESME_RINVPASWD");
        }
    }

    @Test
    void tlvCarriersNeedAnAnnouncedVersionOrAssumeTlvs() throws Exception {
        String text = "A message long enough to need two parts once it passes the limit of one. ".repeat(3);
        try (UnannouncedVersionSmsc smsc = new UnannouncedVersionSmsc()) {
            CliRun refused = send(smsc.port(), "pw", "--text", text, "--long", "sar");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("--long sar needs TLVs").contains("--assume-tlvs");
            assertThat(smsc.submitTlvs).isEmpty();

            CliRun sent = send(smsc.port(), "pw", "--text", text, "--long", "sar", "--assume-tlvs");
            assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
            assertThat(smsc.submitTlvs).hasSizeGreaterThan(1)
                    .allMatch(t -> t.get(StandardTlvs.SAR_TOTAL_SEGMENTS).isPresent());

            CliRun udh = send(smsc.port(), "pw", "--text", text);
            assertThat(udh.exitCode()).as(udh.out() + udh.err()).isZero();
        }
    }

    @Test
    void unreachableHostIsAClearFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRun run = send(closedPort, "secret", "--text", "hi");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot bind to 127.0.0.1:" + closedPort);
    }

    @Test
    void unresolvableHostIsNamedInTheFailure() {
        CliRun run = CliRun.of("send", "--host", "no.such.invalid", "--port", "2775", "--system-id", "user",
                "--password", "secret", "--to", "+447700900123", "--text", "hi");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot bind to no.such.invalid:2775: the host no.such.invalid cannot be"
                + " resolved");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(send(2775, "x", "--text", "hi", "--count", "0").exitCode()).isEqualTo(2);
        assertThat(send(2775, "x", "--text", "hi", "--bind", "tx", "--receipts").exitCode()).isEqualTo(2);
        assertThat(send(2775, "x", "--text", "hi", "--bind", "xx").exitCode()).isEqualTo(2);
        CliRun receiver = send(2775, "x", "--text", "hi", "--bind", "rx");
        assertThat(receiver.exitCode()).isEqualTo(2);
        assertThat(receiver.err()).contains("--bind must be tx or trx to send");
        assertThat(send(70000, "x", "--text", "hi").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("send", "--host", "h").exitCode()).isEqualTo(2);
    }

    /** Runs send with the given options after a valid base, none of which should reach the (absent) SMSC. */
    private static CliRun sendWith(String... options) {
        Map<String, String> args = new LinkedHashMap<>(Map.of("--host", "127.0.0.1", "--port", "2775",
                "--system-id", "user", "--password", "pw", "--to", "+447700900123", "--text", "hi"));
        for (int i = 0; i < options.length; i += 2) {
            args.put(options[i], options[i + 1]);
        }
        List<String> all = new ArrayList<>(List.of("send"));
        args.forEach((name, value) -> {
            all.add(name);
            all.add(value);
        });
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void valuesTheBindOrSubmitCannotCarryAreUsageErrorsNamingTheOption() {
        Map<String[], String> cases = new LinkedHashMap<>();
        cases.put(new String[] {"--system-id", "a".repeat(16)},
                "--system-id has 16 characters; SMPP allows at most 15");
        cases.put(new String[] {"--password", "123456789"}, "--password has 9 characters; SMPP allows at most 8");
        cases.put(new String[] {"--system-id", "\u65e5"}, "--system-id: U+65E5 at index 0 cannot be sent");
        cases.put(new String[] {"--password", "a\0b"}, "--password: U+0000 at index 1 cannot be sent");
        cases.put(new String[] {"--host", ""}, "--host is empty");
        cases.put(new String[] {"--to", "1".repeat(21)}, "--to has 21 characters; SMPP allows at most 20");
        cases.put(new String[] {"--from", "\u65e5\u672c"}, "--from: U+65E5 at index 0 cannot be sent");
        cases.put(new String[] {"--to", "+44 7700 900123"}, "--to '+44 7700 900123' is not a phone number");
        cases.put(new String[] {"--to", "abc"}, "--to 'abc' is not a phone number");
        cases.put(new String[] {"--window", "65536"}, "--window must be at most 65535");
        cases.put(new String[] {"--rate", "Infinity"}, "--rate must be a positive number");
        cases.put(new String[] {"--count", "1000001"}, "--count must be at most 1000000");
        cases.forEach((options, message) -> {
            CliRun run = sendWith(options);
            assertThat(run.exitCode()).as(String.join(" ", options) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("smpp send: " + message).doesNotContain("Exception");
            assertThat(run.err().strip()).doesNotContain("\n");
        });
    }

    @Test
    void aTextTooLongToSendIsRefusedBeforeBinding() {
        CliRun run = sendWith("--text", "x".repeat(160 * 256));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("smpp send: text needs more than 255 segments in gsm7");
    }
}
