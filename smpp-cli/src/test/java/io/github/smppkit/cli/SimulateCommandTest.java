package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator as a real process, stopped with SIGTERM, fed by {@code smpp send}. */
class SimulateCommandTest {

    private static final String LONG_TEXT = "A long message with {extension} characters € and more: "
            + "z".repeat(200);

    @Test
    void sendToSimulateEndToEndWithLongMessagesAndReceipts() throws Exception {
        try (SimulateProcess simulate = SimulateProcess.start("--system-id", "shop", "--password", "pw")) {
            CliRun send = CliRun.of("send", "--host", "127.0.0.1", "--port", Integer.toString(simulate.port),
                    "--system-id", "shop", "--password", "pw", "--to", "+447700900123", "--text", LONG_TEXT,
                    "--count", "3", "--long", "sar", "--receipts");
            assertThat(send.exitCode()).as(send.out() + send.err()).isZero();
            assertThat(send.out().strip()).endsWith("sent 3/3, receipts 3/3");

            List<JsonNode> messages = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            while (messages.size() < 3) {
                String line = simulate.lines.readLine();
                assertThat(line).as("simulator output ended early").isNotNull();
                JsonNode event = json.readTree(line);
                if (event.get("event").asText().equals("message")) {
                    messages.add(event);
                }
            }
            for (JsonNode message : messages) {
                assertThat(message.get("text").asText()).isEqualTo(LONG_TEXT);
                assertThat(message.get("parts").asInt()).isEqualTo(2);
                assertThat(message.get("destination").asText()).isEqualTo("447700900123");
            }
        }
    }

    @Test
    void assumeTlvsTakesAnEsmeBindingWithVersionZeroAs34() throws Exception {
        assertThat(bindWithVersionZero().tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).isEmpty();
        assertThat(bindWithVersionZero("--assume-tlvs").tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).contains(0x34);
    }

    /** Starts {@code smpp simulate} with the options and returns its answer to a bind with interface_version 0. */
    private static BindResp bindWithVersionZero(String... options) throws Exception {
        try (SimulateProcess simulate = SimulateProcess.start(options)) {
            byte[] frame = simulate.firstAnswer(new BindTransceiver(1, "lv", "pw", "", InterfaceVersion.of(0),
                    Address.EMPTY, Tlvs.empty()));
            DecodeResult decoded = PduCodec.defaults().decode(ByteBuffer.wrap(frame));
            assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
            BindResp resp = (BindResp) ((DecodeResult.Decoded) decoded).pdu();
            assertThat(resp.status().isOk()).isTrue();
            return resp;
        }
    }

    @Test
    void rateThrottlesAndCongestionStateTellsVersion50Esmes() throws Exception {
        try (SimulateProcess simulate = SimulateProcess.start("--rate", "1");
                SmppSession esme = bind(simulate, InterfaceVersion.V50)) {
            SubmitSmResp first = esme.send(submit());
            assertThat(first.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(first.tlvs().isEmpty()).isTrue();
            // the bucket holds one token and refills in a second
            assertThat(esme.send(submit()).status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
        }
        try (SimulateProcess simulate = SimulateProcess.start("--rate", "1", "--congestion-state");
                SmppSession esme = bind(simulate, InterfaceVersion.V50)) {
            assertThat(esme.send(submit()).tlvs().get(StandardTlvs.CONGESTION_STATE)).contains(100);
        }
        assertThat(CliRun.of("simulate", "--port", "0", "--rate", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void firstIdNumbersTheMessageIds() throws Exception {
        try (SimulateProcess simulate = SimulateProcess.start("--first-id", "1000");
                SmppSession esme = bind(simulate, InterfaceVersion.V34)) {
            assertThat(esme.send(submit()).messageId()).isEqualTo("1000");
            assertThat(esme.send(submit()).messageId()).isEqualTo("1001");
        }
        assertThat(CliRun.of("simulate", "--port", "0", "--first-id", "0").exitCode()).isEqualTo(2);
    }

    private static SmppSession bind(SimulateProcess simulate, InterfaceVersion version) {
        return SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(simulate.port).systemId("esme")
                .password("pw").bindType(BindType.TRANSMITTER).interfaceVersion(version)
                .throttlingStatuses(code -> false).build());
    }

    private static SubmitSm submit() {
        return SubmitSm.builder().source(Address.of(1, 1, "447700900001")).destination(Address.of(1, 1,
                "447700900123")).build();
    }

    @Test
    void wrongCredentialsAreRefusedAndExplained() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--system-id", "only-id");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("simulate", "--port", "0", "--provider", "acme").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("simulate", "--port", "99999").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnresolvableHostIsAUsageErrorNamingIt() {
        // .invalid never resolves (RFC 2606); the server's bind failed with an exception that has no message
        CliRun run = CliRun.of("simulate", "--host", "no.such.invalid", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--host no.such.invalid cannot be resolved").doesNotContain("null");
    }

    @Test
    void durationEndsARunCleanly() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--duration", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("listening on 127.0.0.1:");
    }

    @Test
    void credentialsNoClientCouldBindWithAreUsageErrors() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--system-id", "a".repeat(16), "--password", "pw",
                "--duration", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("smpp simulate: --system-id has 16 characters; SMPP allows at most 15");
        assertThat(CliRun.of("simulate", "--port", "0", "--system-id", "u", "--password", "123456789",
                "--duration", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void aReceiptDelayBeyondADayIsAUsageError() {
        // 2^63-1 ms once made every accepted submit fail inside the simulator with "long overflow"
        CliRun run = CliRun.of("simulate", "--port", "0", "--receipt-delay-ms", Long.toString(Long.MAX_VALUE),
                "--duration", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--receipt-delay-ms must be at most 86400000");
        assertThat(CliRun.of("simulate", "--port", "0", "--receipt-delay-ms", "86400000", "--duration", "0")
                .exitCode()).isZero();
    }
}
