package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ErrorsCommandTest {

    @Test
    void explainsAProviderMeaningBesideTheStandardOne() {
        CliRun run = CliRun.of("errors", "0x0D", "--provider", "selfhost");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ESME_RBINDFAIL").contains("selfhost").contains("Invalid source address");
    }

    @Test
    void jsonListsEveryMeaningLabelledBySource() throws Exception {
        CliRun run = CliRun.of("errors", "13", "--provider", "selfhost", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("code").asInt()).isEqualTo(13);
        assertThat(json.get("hex").asText()).isEqualTo("0x0000000D");
        JsonNode meanings = json.get("meanings");
        assertThat(meanings.get(0).get("source").asText()).isEqualTo("standard");
        assertThat(meanings.get(0).get("name").asText()).isEqualTo("ESME_RBINDFAIL");
        assertThat(meanings.get(1).get("source").asText()).isEqualTo("selfhost");
        assertThat(meanings.get(1).get("relation").asText()).isEqualTo("contradicts");
    }

    @Test
    void throttlingIsExplainedWithItsRetryClass() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("errors", "0x58", "--json").out());
        assertThat(json.get("retry").asText()).isEqualTo("THROTTLED");
        assertThat(json.get("meanings").get(0).get("name").asText()).isEqualTo("ESME_RTHROTTLED");
    }

    @Test
    void jsonTellsSuccessFromAPermanentFailure() throws Exception {
        // ESME_ROK's retry class is PERMANENT (nothing to retry); the text says "none (success)", so must the JSON
        JsonNode ok = new ObjectMapper().readTree(CliRun.of("errors", "0", "--json").out());
        assertThat(ok.get("success").asBoolean()).isTrue();
        assertThat(ok.get("meanings").get(0).get("success").asBoolean()).isTrue();
        JsonNode delivered = new ObjectMapper().readTree(CliRun.of("errors", "2", "--provider", "sms-smpp-routes",
                "--scope", "receipt-status", "--json").out());
        assertThat(delivered.get("success").asBoolean()).isTrue();
        JsonNode failed = new ObjectMapper().readTree(CliRun.of("errors", "0x0D", "--json").out());
        assertThat(failed.get("retry").asText()).isEqualTo("PERMANENT");
        assertThat(failed.get("success").asBoolean()).isFalse();
        assertThat(failed.get("meanings").get(0).get("success").asBoolean()).isFalse();
    }

    @Test
    void badInputIsAUsageError() {
        assertThat(CliRun.of("errors", "0xZZ").exitCode()).isEqualTo(2);
        CliRun unknown = CliRun.of("errors", "5", "--provider", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown provider 'nope'").contains("ycloud");
    }
}
