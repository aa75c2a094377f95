package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.simulator.SmppSimulator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A send process and a listen process on one 8x8 account correlate receipts through Redis. */
class SharedStoreTest {

    @Test
    void listenMatchesTheReceiptsOfMessagesAnotherProcessSent() throws Exception {
        try (RedisProcess redis = new RedisProcess();
                SmppSimulator smsc = SmppSimulator.builder().provider("8x8").credential("shop", "pw")
                        .receiptDelay(Duration.ofMillis(300)).start()) {
            String port = Integer.toString(smsc.port());
            CompletableFuture<CliRun> listen = CompletableFuture.supplyAsync(() -> CliRun.of("listen", "--host",
                    "127.0.0.1", "--port", port, "--system-id", "shop", "--password", "pw", "--bind", "rx",
                    "--store", redis.uri(), "--count", "5", "--timeout", "60", "--json"));
            for (int i = 0; i < 500 && smsc.stats().binds() < 1; i++) {
                Thread.sleep(10);
            }

            CliRun send = CliRun.of("send", "--host", "127.0.0.1", "--port", port, "--system-id", "shop",
                    "--password", "pw", "--bind", "tx", "--to", "+447700900123", "--text", "hello", "--count", "5",
                    "--store", redis.uri());
            assertThat(send.exitCode()).as(send.out() + send.err()).isZero();

            CliRun received = listen.get();
            assertThat(received.exitCode()).as(received.err()).isZero();
            String[] lines = received.out().strip().split("\n");
            assertThat(lines).hasSize(5);
            for (String line : lines) {
                JsonNode event = new ObjectMapper().readTree(line);
                assertThat(event.get("event").asText()).isEqualTo("receipt");
                assertThat(event.get("matched").asBoolean()).as(line).isTrue();
                assertThat(event.get("submitted_to").asText()).isEqualTo("447700900123");
            }
        }
    }

    @Test
    void badStoreUrisAndUnreachableRedisAreClearErrors() {
        String[] base = {"send", "--host", "127.0.0.1", "--port", "2775", "--system-id", "s", "--password", "p",
            "--to", "123", "--text", "x", "--store"};
        CliRun bad = CliRun.of(concat(base, "http://nope"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--store");
        CliRun refused = CliRun.of(concat(base, "redis://:secretpw@127.0.0.1:1"));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--store").doesNotContain("secretpw");
    }

    private static String[] concat(String[] base, String last) {
        String[] all = java.util.Arrays.copyOf(base, base.length + 1);
        all[base.length] = last;
        return all;
    }
}
