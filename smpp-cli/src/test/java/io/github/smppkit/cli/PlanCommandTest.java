package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PlanCommandTest {

    private static JsonNode plan(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "plan";
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void shortGsmTextIsOneUnpackedSegment() throws Exception {
        JsonNode json = plan("Hello");
        assertThat(json.get("encoding").asText()).isEqualTo("gsm7");
        assertThat(json.get("data_coding").asInt()).isZero();
        assertThat(json.get("segments").asInt()).isEqualTo(1);
        assertThat(json.get("units_left").asInt()).isEqualTo(155);
        JsonNode part = json.get("parts").get(0);
        assertThat(part.get("text").asText()).isEqualTo("Hello");
        assertThat(part.get("udh").asText()).isEmpty();
        assertThat(part.get("short_message").asText()).isEqualTo("48656c6c6f");
    }

    @Test
    void argumentsAreJoinedBySpaces() throws Exception {
        assertThat(plan("Hello", "world").get("parts").get(0).get("text").asText()).isEqualTo("Hello world");
    }

    @Test
    void a161CharacterGsmTextTakesTwoSegmentsWithConcatenationUdh() throws Exception {
        JsonNode json = plan("a".repeat(161));
        assertThat(json.get("segments").asInt()).isEqualTo(2);
        assertThat(json.get("parts").get(0).get("text").asText()).hasSize(153);
        assertThat(json.get("parts").get(0).get("udh").asText()).startsWith("050003").endsWith("0201");
        assertThat(json.get("parts").get(1).get("udh").asText()).endsWith("0202");
        assertThat(json.get("units_left").asInt()).isEqualTo(153 - 8);
    }

    @Test
    void emojiSwitchesToUcs2() throws Exception {
        JsonNode json = plan("Hi \uD83D\uDE00");
        assertThat(json.get("encoding").asText()).isEqualTo("ucs2");
        assertThat(json.get("data_coding").asInt()).isEqualTo(8);
        assertThat(json.get("parts").get(0).get("short_message").asText()).isEqualTo("004800690020d83dde00");
    }

    @Test
    void sixteenBitReferenceAndSarAndPayloadCarriers() throws Exception {
        String text = "b".repeat(200);
        assertThat(plan("--ref16", text).get("parts").get(0).get("udh").asText()).startsWith("060804");
        JsonNode sar = plan("--long", "sar", text);
        assertThat(sar.get("segments").asInt()).isEqualTo(2);
        assertThat(sar.get("parts").get(0).get("udh").asText()).isEmpty();
        assertThat(sar.get("parts").get(0).get("total").asInt()).isEqualTo(2);
        JsonNode payload = plan("--long", "payload", text);
        assertThat(payload.get("segments").asInt()).isEqualTo(1);
        assertThat(payload.get("parts").get(0).get("message_payload").asText()).hasSize(400);
    }

    @Test
    void payloadPlansCountTheSmsTheMcWillMake() throws Exception {
        JsonNode payload = plan("--long", "payload", "a".repeat(400));
        assertThat(payload.get("segments").asInt()).isEqualTo(1);
        // 153 septets per part: 400 septets make 3 SMS, with 3 * 153 - 400 left in the last
        assertThat(payload.get("sms").asInt()).isEqualTo(3);
        assertThat(payload.get("units_left").asInt()).isEqualTo(59);
        JsonNode udh = plan("a".repeat(400));
        assertThat(udh.get("segments").asInt()).isEqualTo(3);
        assertThat(udh.get("sms").asInt()).isEqualTo(3);
        assertThat(plan("Hello").get("sms").asInt()).isEqualTo(1);
    }

    @Test
    void nationalAllowsTheTurkishTablesInsteadOfUcs2() throws Exception {
        String turkish = "\u015Eeker \u0131\u011F";
        assertThat(plan(turkish).get("encoding").asText()).isEqualTo("ucs2");
        JsonNode json = plan("--national", turkish);
        assertThat(json.get("encoding").asText()).isEqualTo("gsm7");
        assertThat(json.get("data_coding").asInt()).isZero();
        // one message either way: the single-shift table, tried first, wins; UDH IE 0x24, language 1
        assertThat(json.get("single_shift").asText()).isEqualTo("turkish");
        assertThat(json.get("parts").get(0).get("udh").asText()).isEqualTo("03240101");
    }

    @Test
    void forcedUcs2AndLatin1() throws Exception {
        JsonNode ucs2 = plan("--encoding", "ucs2", "Hello");
        assertThat(ucs2.get("encoding").asText()).isEqualTo("ucs2");
        assertThat(ucs2.get("data_coding").asInt()).isEqualTo(8);
        assertThat(ucs2.get("units_left").asInt()).isEqualTo(70 - 5);
        assertThat(ucs2.get("parts").get(0).get("short_message").asText()).isEqualTo("00480065006c006c006f");
        // auto would send this in GSM 7-bit (e acute is 0x05 there)
        JsonNode latin1 = plan("--encoding", "latin1", "caf\u00e9");
        assertThat(latin1.get("encoding").asText()).isEqualTo("latin1");
        assertThat(latin1.get("data_coding").asInt()).isEqualTo(3);
        assertThat(latin1.get("units_left").asInt()).isEqualTo(140 - 4);
        assertThat(latin1.get("parts").get(0).get("short_message").asText()).isEqualTo("636166e9");
        assertThat(plan("caf\u00e9").get("encoding").asText()).isEqualTo("gsm7");
    }

    @Test
    void forcedGsmRefusesAnUnencodableCharacterNamingIt() {
        CliRun run = CliRun.of("plan", "--encoding", "gsm7", "caf\u00e9 \u4e2d");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("U+4E2D").contains("index 5");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("plan", "--encoding", "utf8", "x").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("plan", "--long", "mms", "x").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("plan").exitCode()).isEqualTo(2);
    }

    @Test
    void aTextTooLongToSendIsRefusedInOneClearLine() {
        CliRun segments = CliRun.of("plan", "x".repeat(160 * 256));
        assertThat(segments.exitCode()).isEqualTo(1);
        assertThat(segments.err().strip()).isEqualTo("smpp plan: text needs more than 255 segments in gsm7");

        CliRun payload = CliRun.of("plan", "--long", "payload", "x".repeat(70_000));
        assertThat(payload.exitCode()).isEqualTo(1);
        assertThat(payload.err().strip()).isEqualTo("smpp plan: message_payload: 70000 octets > 65535");
    }
}
