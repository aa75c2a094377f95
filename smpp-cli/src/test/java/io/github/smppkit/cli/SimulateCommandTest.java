package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The simulator as a real process, stopped with SIGTERM, fed by {@code smpp send}. */
class SimulateCommandTest {

    private static final String LONG_TEXT = "A long message with {extension} characters € and more: "
            + "z".repeat(200);

    @Test
    void sendToSimulateEndToEndWithLongMessagesAndReceipts() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process simulate = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "simulate", "--port", "0", "--system-id", "shop", "--password", "pw")
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(simulate.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            assertThat(first).startsWith("listening on 127.0.0.1:");
            String port = first.substring(first.lastIndexOf(':') + 1);

            CliRun send = CliRun.of("send", "--host", "127.0.0.1", "--port", port, "--system-id", "shop",
                    "--password", "pw", "--to", "+447700900123", "--text", LONG_TEXT, "--count", "3",
                    "--long", "sar", "--receipts");
            assertThat(send.exitCode()).as(send.out() + send.err()).isZero();
            assertThat(send.out().strip()).endsWith("sent 3/3, receipts 3/3");

            List<JsonNode> messages = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            while (messages.size() < 3) {
                String line = lines.readLine();
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
        } finally {
            simulate.destroy(); // SIGTERM
        }
        assertThat(simulate.waitFor(20, TimeUnit.SECONDS)).as("simulate stops on SIGTERM").isTrue();
    }

    @Test
    void assumeTlvsTakesAnEsmeBindingWithVersionZeroAs34() throws Exception {
        assertThat(bindWithVersionZero().tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).isEmpty();
        assertThat(bindWithVersionZero("--assume-tlvs").tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).contains(0x34);
    }

    /** Starts {@code smpp simulate} with the options and returns its answer to a bind with interface_version 0. */
    private static BindResp bindWithVersionZero(String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "simulate", "--port", "0"));
        command.addAll(List.of(options));
        Process simulate = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(simulate.getInputStream(),
                StandardCharsets.UTF_8)); Socket socket = new Socket()) {
            String first = lines.readLine();
            assertThat(first).startsWith("listening on 127.0.0.1:");
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(first.substring(
                    first.lastIndexOf(':') + 1))), 10_000);
            socket.setSoTimeout(30_000);
            PduCodec codec = PduCodec.defaults();
            socket.getOutputStream().write(codec.encode(new BindTransceiver(1, "lv", "pw", "",
                    InterfaceVersion.of(0), Address.EMPTY, Tlvs.empty())));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] frame = new byte[in.readInt()];
            ByteBuffer.wrap(frame).putInt(frame.length);
            in.readFully(frame, 4, frame.length - 4);
            DecodeResult decoded = codec.decode(ByteBuffer.wrap(frame));
            assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
            BindResp resp = (BindResp) ((DecodeResult.Decoded) decoded).pdu();
            assertThat(resp.status().isOk()).isTrue();
            return resp;
        } finally {
            simulate.destroy();
            assertThat(simulate.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void wrongCredentialsAreRefusedAndExplained() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--system-id", "only-id");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("simulate", "--port", "0", "--provider", "acme").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("simulate", "--port", "99999").exitCode()).isEqualTo(2);
    }

    @Test
    void durationEndsARunCleanly() {
        CliRun run = CliRun.of("simulate", "--port", "0", "--duration", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("listening on 127.0.0.1:");
    }
}
