package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // reference §14 vector 7 and vector 4
    private static final String SUBMIT_SM = "0000003E 00000004 00000000 00000007 00 01 01 343437373030393030313233 00"
            + " 01 01 343437373030393030343536 00 00 00 00 00 00 01 00 00 00 05 48656C6C6F";
    private static final String BIND_RESP = "0000001D80000002000000000003995F54574954544552000210000134";

    @Test
    void decodesConcatenatedPdusAsJsonLinesWithSpecFieldNames() throws Exception {
        CliRun run = CliRun.of("decode", "--json", SUBMIT_SM, BIND_RESP);

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode submit = JSON.readTree(lines[0]);
        assertThat(submit.get("command").asText()).isEqualTo("submit_sm");
        assertThat(submit.get("command_id").asText()).isEqualTo("0x00000004");
        assertThat(submit.get("sequence_number").asInt()).isEqualTo(7);
        assertThat(submit.get("source_addr").asText()).isEqualTo("447700900123");
        assertThat(submit.get("destination_addr").asText()).isEqualTo("447700900456");
        assertThat(submit.get("registered_delivery").asInt()).isEqualTo(1);
        assertThat(submit.get("short_message").asText()).isEqualTo("48656c6c6f");
        JsonNode bind = JSON.readTree(lines[1]);
        assertThat(bind.get("command").asText()).isEqualTo("bind_transmitter_resp");
        assertThat(bind.get("system_id").asText()).isEqualTo("TWITTER");
        JsonNode tlv = bind.get("tlvs").get(0);
        assertThat(tlv.get("tag").asText()).isEqualTo("0x0210");
        assertThat(tlv.get("name").asText()).isEqualTo("sc_interface_version");
        assertThat(tlv.get("length").asInt()).isEqualTo(1);
        assertThat(tlv.get("value").asText()).isEqualTo("34");
    }

    @Test
    void timeFieldsAreShownWithWhatTheyName() throws Exception {
        // schedule 261124100000004+ (10:00 at UTC+1), validity 000000001000000R (10 minutes)
        String submit = "0000004900000004000000000000000900010131323300010134353600000000"
                + " 323631313234313030303030303034 2b00 3030303030303030313030303030305200 00000000026869";
        JsonNode times = JSON.readTree(CliRun.of("decode", "--json", submit).out()).get("times");
        assertThat(times.get("schedule_delivery_time").asText()).isEqualTo("2026-11-24T09:00:00Z");
        assertThat(times.get("validity_period").asText()).isEqualTo("relative PT10M");
        String text = CliRun.of("decode", submit).out();
        assertThat(text).contains("times:", "validity_period: \"relative PT10M\"");
        // schedule 010203040506000R, validity 000001000000000R
        JsonNode both = JSON.readTree(CliRun.of("decode", "--json", "0000004900000004000000000000000900010131323300"
                + "010134353600000000 3031303230333034303530363030305200 3030303030313030303030303030305200"
                + " 00000000026869").out()).get("times");
        assertThat(both.get("schedule_delivery_time").asText()).isEqualTo("relative P1Y2M3DT4H5M6S");
        assertThat(both.get("validity_period").asText()).isEqualTo("relative P1D");
        // 16 characters, so the PDU decodes, but not a time: decode says why
        JsonNode bad = JSON.readTree(CliRun.of("decode", "--json", "00000039000000040000000000000009000101313233000"
                + "10134353600000000 3236313132343130303030303030782b00 0000000000026869").out()).get("times");
        assertThat(bad.get("schedule_delivery_time").asText()).startsWith("not a time:").contains("'x' at 14");
        // a submit_sm without times has no such entry
        assertThat(JSON.readTree(CliRun.of("decode", "--json", SUBMIT_SM).out()).has("times")).isFalse();
    }

    @Test
    void everyHexArgumentMayCarryItsOwn0xPrefix() {
        CliRun run = CliRun.of("decode", "0x00000010000000150000000000000001", "0X00000010800000150000000000000001");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[0]).startsWith("enquire_link 0x00000015  seq 1");
        assertThat(lines[lines.length - 1]).startsWith("enquire_link_resp 0x80000015  seq 1");
    }

    @Test
    void showsTheCommandStatusOnTheWireEvenOfARequest() throws Exception {
        // a request's status is ignored when read (reference §2.4), but decode shows what the peer sent
        CliRun run = CliRun.of("decode", "--json", "00000010000000150000000500000009",
                "000000108000000400000058 0000000a", "00000010000000150000000000000003");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(JSON.readTree(lines[0]).get("command_status").asLong()).isEqualTo(5);
        assertThat(JSON.readTree(lines[1]).get("command_status").asLong()).isEqualTo(0x58);
        assertThat(JSON.readTree(lines[2]).get("command_status").asLong()).isZero();
        assertThat(CliRun.of("decode", "000000100000001500000005ffffffff").out()).contains("status 5");
    }

    @Test
    void everyTlvHasTheSameKeysWithANullNameForAVendorTag() throws Exception {
        // BIND_RESP plus the vendor TLV 0x1401 (2 octets)
        String withVendorTlv = "0000002380000002000000000003995F54574954544552000210000134" + "14010002abcd";

        CliRun run = CliRun.of("decode", "--json", withVendorTlv);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode tlvs = JSON.readTree(run.out()).get("tlvs");
        for (JsonNode tlv : tlvs) {
            List<String> keys = new ArrayList<>();
            tlv.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("tag", "name", "length", "value");
        }
        assertThat(tlvs.get(0).get("name").asText()).isEqualTo("sc_interface_version");
        assertThat(tlvs.get(1).get("tag").asText()).isEqualTo("0x1401");
        assertThat(tlvs.get(1).get("name").isNull()).isTrue();
        assertThat(tlvs.get(1).get("value").asText()).isEqualTo("abcd");
    }

    @Test
    void addsTheParsedReceiptToADeliveryReceipt() throws Exception {
        String text = "id:11041301030001006668 sub:001 dlvrd:001 submit date:2111040501 done date:2111040501"
                + " stat:DELIVRD err:0 text:none";
        String body = "00" + "0101" + hex("447700900456") + "00" + "0101" + hex("YCloud") + "00"
                + "04" + "00" + "00" + "00" + "00" + "00" + "00" + "00" + "00"
                + String.format("%02x", text.length()) + hex(text);
        String pdu = String.format("%08x", 16 + body.length() / 2) + "00000005" + "00000000" + "00000009" + body;

        CliRun run = CliRun.of("decode", "--json", pdu);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode receipt = JSON.readTree(run.out()).get("receipt");
        assertThat(receipt.get("id").asText()).isEqualTo("11041301030001006668");
        assertThat(receipt.get("stat").asText()).isEqualTo("DELIVRD");
        assertThat(receipt.get("submit_date").asText()).isEqualTo("2021-11-04T05:01:00Z");
        assertThat(receipt.get("err").asText()).isEqualTo("0");
        assertThat(receipt.get("text").asText()).isEqualTo("none");
    }

    @Test
    void addsTheParsedReceiptToADataSmReceipt() throws Exception {
        // corpus node-data_sm-2: esm_class 0x04, no text, receipted_message_id "nd0003" and message_state 2
        String dataSm = "0000003c00000103000000000000000b000101343931353535313233343536370001013132333435000400"
                + "00001e00076e6430303033000427000102";

        CliRun run = CliRun.of("decode", "--json", dataSm);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode decoded = JSON.readTree(run.out());
        assertThat(decoded.get("command").asText()).isEqualTo("data_sm");
        JsonNode receipt = decoded.get("receipt");
        assertThat(receipt).as("receipt").isNotNull();
        assertThat(receipt.get("id").asText()).isEqualTo("nd0003");
        assertThat(receipt.get("stat").asText()).isEqualTo("DELIVRD");
        assertThat(receipt.get("submit_date").isNull()).isTrue();
        assertThat(receipt.get("done_date").isNull()).isTrue();
    }

    @Test
    void aMobileOriginatedMessageGetsNoReceipt() throws Exception {
        // corpus node-deliver_sm-2: esm_class 0, "MO test #1 from node-server"
        String mo = "0000004c00000005000000000000000100010134393135353530303030310000003132333435000000000000000000"
                + "001b4d4f20746573742023312066726f6d206e6f64652d736572766572";

        CliRun run = CliRun.of("decode", "--json", mo);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode decoded = JSON.readTree(run.out());
        assertThat(decoded.get("command").asText()).isEqualTo("deliver_sm");
        assertThat(decoded.get("short_message").asText()).isEqualTo(hex("MO test #1 from node-server"));
        assertThat(decoded.has("receipt")).isFalse();
    }

    @Test
    void theMessageStateTlvWinsOverTheStatWordAsTheIdDoes() throws Exception {
        // the text says DELIVRD, message_state 5 says UNDELIV: merged, the TLV wins (DESIGN: as for the id)
        DeliveryReceipt conflicting = DeliveryReceipt.builder().id("4711").stat(ReceiptState.DELIVRD)
                .messageState(5).build();
        DeliverSm deliver = ReceiptFormatter.standard().toDeliverSm(conflicting, Address.of(1, 1, "447700900123"),
                Address.of(5, 0, "Brand")).toBuilder().sequenceNumber(9).build();
        String pdu = Bytes.of(PduCodec.defaults().encode(deliver)).toHex();

        CliRun run = CliRun.of("decode", "--json", pdu);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode decoded = JSON.readTree(run.out());
        assertThat(decoded.get("esm_class").asInt()).isEqualTo(0x04);
        assertThat(decoded.get("short_message").asText()).contains(hex("stat:DELIVRD"));
        assertThat(decoded.get("tlvs").findValuesAsText("name")).contains("message_state");
        assertThat(decoded.get("receipt").get("stat").asText()).isEqualTo("UNDELIV");
        assertThat(CliRun.of("decode", pdu).out()).contains("stat: \"UNDELIV\"");
    }

    @Test
    void printsFieldsForPeopleWithoutJson() {
        CliRun run = CliRun.of("decode", "00000010 00000015 00000000 00000001");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("enquire_link 0x00000015  seq 1  status 0  length 16");
    }

    @Test
    void malformedPduExitsOneWithTheReason() {
        // command_length 12 < 16
        CliRun run = CliRun.of("decode", "0000000c0000001500000000");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("malformed").contains("ESME_RINVCMDLEN");
    }

    @Test
    void unknownCommandIdIsMalformedWithInvalidCommandId() {
        CliRun run = CliRun.of("decode", "00000010000000ff0000000000000005");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("ESME_RINVCMDID");
    }

    @Test
    void truncatedPduExitsOneWithTheMissingCount() {
        CliRun run = CliRun.of("decode", "000000100000001500000000");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("truncated").contains("4 more octet");
    }

    @Test
    void badHexIsAUsageError() {
        assertThat(CliRun.of("decode", "zz").exitCode()).isEqualTo(2);
        CliRun odd = CliRun.of("decode", "000");
        assertThat(odd.exitCode()).isEqualTo(2);
        assertThat(odd.err()).contains("odd number of digits");
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(CliRun.of("decode").exitCode()).isEqualTo(2);
    }

    private static String hex(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(String.format("%02x", (int) c));
        }
        return out.toString();
    }

    @Test
    void textOutputEscapesQuotesAndControlCharactersFromThePdu() {
        // a deliver_sm whose source_addr is a"b\ ESC[2J LF: raw, the ESC sequence would clear the terminal and the
        // line feed would start a line that looks like another field
        String deliver = "0000002f 00000005 00000000 00000001 00 0101 6122625c1b5b324a0a00 0101 34353600"
                + " 00 00 00 00 00 00 00 00 00 02 6869";
        CliRun run = CliRun.of("decode", deliver);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  source_addr: \"a\\\"b\\\\\\u001b[2J\\n\"\n")
                .doesNotContain("\u001b");
    }
}
