package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
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
