package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvidersCommandTest {

    private static Map<String, JsonNode> profilesByName() throws Exception {
        CliRun run = CliRun.of("providers", "--json");
        assertThat(run.exitCode()).isZero();
        Map<String, JsonNode> byName = new HashMap<>();
        for (String line : run.out().strip().split("\n")) {
            JsonNode node = new ObjectMapper().readTree(line);
            byName.put(node.get("name").asText(), node);
        }
        return byName;
    }

    @Test
    void listsEveryProfileWithItsLimitsAsJson() throws Exception {
        Map<String, JsonNode> byName = profilesByName();

        assertThat(byName).containsOnlyKeys("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic");
        JsonNode eightByEight = byName.get("8x8");
        assertThat(eightByEight.get("port").asInt()).isEqualTo(2775);
        assertThat(eightByEight.get("tls_port").asInt()).isEqualTo(2776);
        assertThat(eightByEight.get("max_binds").asInt()).isEqualTo(4);
        assertThat(eightByEight.get("regions").get("eu").asText()).isEqualTo("smpp.8x8.uk");
        assertThat(byName.get("sms-smpp-routes").get("max_rate_per_second").asInt()).isEqualTo(500);
        assertThat(byName.get("ycloud").get("tls_port").asInt()).isEqualTo(30012);
        assertThat(byName.get("selfhost").get("port").asInt()).isEqualTo(2558);
        assertThat(byName.get("selfhost").get("rate_per_second").asInt()).isEqualTo(10);
    }

    @Test
    void listsTheMessageSizeLimits() throws Exception {
        // seed 002, 0x01: "Max 140 octets; 160 chars in uncompressed default character encoding."
        Map<String, JsonNode> byName = profilesByName();
        JsonNode routes = byName.get("sms-smpp-routes");
        assertThat(routes.get("max_message_octets").asInt()).isEqualTo(140);
        assertThat(routes.get("max_message_chars").asInt()).isEqualTo(160);
        assertThat(byName.get("8x8").get("max_message_octets").isNull()).isTrue();
        assertThat(CliRun.of("providers").out()).contains("max_message_octets: 140");
    }

    @Test
    void textListingNamesEachProfile() {
        CliRun run = CliRun.of("providers");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("8x8 (").contains("selfhost (").contains("port: 2558");
    }

    @Test
    void unknownOptionIsAUsageErrorAndHelpWorks() {
        CliRun bad = CliRun.of("providers", "--yaml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--yaml");
        CliRun help = CliRun.of("providers", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: smpp providers");
    }
}
