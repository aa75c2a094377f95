package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PduFieldsTest {

    @Test
    void headerOnlyPdusHaveTheFiveHeaderKeys() {
        Map<String, Object> m = PduFields.describe(GenericNack.of(0x80000001, CommandStatus.of(0xFFFFFFFE)), 16);
        assertThat(m).containsExactly(Map.entry("command_length", 16), Map.entry("command_id", "0x80000000"),
                Map.entry("command", "generic_nack"), Map.entry("command_status", 0xFFFFFFFEL),
                Map.entry("sequence_number", 0x80000001L));
        assertThat(PduFields.describe(new EnquireLink(1), 16)).hasSize(5);
    }

    @Test
    void bodyFieldsFollowWireOrder() {
        SubmitSm sm = SamplePdus.submitSm();
        Map<String, Object> m = PduFields.describe(sm, PduCodec.defaults().encodedLength(sm));
        assertThat(m.keySet()).containsExactly("command_length", "command_id", "command", "command_status",
                "sequence_number", "service_type", "source_addr_ton", "source_addr_npi", "source_addr",
                "dest_addr_ton", "dest_addr_npi", "destination_addr", "esm_class", "protocol_id", "priority_flag",
                "schedule_delivery_time", "validity_period", "registered_delivery", "replace_if_present_flag",
                "data_coding", "sm_default_msg_id", "sm_length", "short_message", "tlvs");
        assertThat(m.get("short_message")).isEqualTo("050003a70201006800690000");
        assertThat(m.get("command_id")).isEqualTo("0x00000004");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tlvs = (List<Map<String, Object>>) m.get("tlvs");
        assertThat(tlvs.get(0)).containsExactly(Map.entry("tag", "0x0204"), Map.entry("length", 2),
                Map.entry("value", "1234"));
        assertThat(tlvs.get(1).get("tag")).isEqualTo("0x1401");
    }

    @Test
    void listsAreMaps() {
        SubmitMultiResp r = (SubmitMultiResp) SamplePdus.all().stream()
                .filter(p -> p instanceof SubmitMultiResp).findFirst().orElseThrow();
        Map<String, Object> m = PduFields.describe(r, PduCodec.defaults().encodedLength(r));
        assertThat(m.get("no_unsuccess")).isEqualTo(2);
        assertThat(m.get("unsuccess_sme")).asList().first().isEqualTo(Map.of("dest_addr_ton", 1,
                "dest_addr_npi", 1, "destination_addr", "447700900456", "error_status_code", 11));
    }
}
