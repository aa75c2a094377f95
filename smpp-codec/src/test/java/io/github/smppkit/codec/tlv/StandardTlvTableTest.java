package io.github.smppkit.codec.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.Strictness;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard key against reference §5.2, transcribed row by row: its name, type and value-length rule, and
 * what the decoder does one octet outside the rule. STRICT answers ESME_RINVTLVLEN (§5.1); LENIENT keeps the
 * TLV as received, and its typed value reads as absent.
 */
class StandardTlvTableTest {

    /**
     * tag | name | type | valid lengths | the §5.2 Length column where it is not that rule. I1, I2 and I4 are
     * INT, C is C_STRING, OS is OCTETS. Where the sources disagree ([!] in §5.2) the rule admits what each of
     * them sends.
     */
    private static final List<String> TABLE = List.of(
            "0x0005 | dest_addr_subunit           | INT      | 1",
            "0x0006 | dest_network_type           | INT      | 1",
            "0x0007 | dest_bearer_type            | INT      | 1",
            "0x0008 | dest_telematics_id          | INT      | 2",
            "0x000D | source_addr_subunit         | INT      | 1",
            "0x000E | source_network_type         | INT      | 1",
            "0x000F | source_bearer_type          | INT      | 1",
            "0x0010 | source_telematics_id        | INT      | 1 or 2  | [!] 1 vs 2",
            "0x0017 | qos_time_to_live            | INT      | 4",
            "0x0019 | payload_type                | INT      | 1",
            "0x001D | additional_status_info_text | C_STRING | 1-256",
            "0x001E | receipted_message_id        | C_STRING | 1-65",
            "0x0030 | ms_msg_wait_facilities      | INT      | 1",
            "0x0201 | privacy_indicator           | INT      | 1",
            "0x0202 | source_subaddress           | OCTETS   | 2-23",
            "0x0203 | dest_subaddress             | OCTETS   | 2-23",
            "0x0204 | user_message_reference      | INT      | 2",
            "0x0205 | user_response_code          | INT      | 1",
            "0x020A | source_port                 | INT      | 2",
            "0x020B | destination_port            | INT      | 2",
            "0x020C | sar_msg_ref_num             | INT      | 2",
            "0x020D | language_indicator          | INT      | 1",
            "0x020E | sar_total_segments          | INT      | 1",
            "0x020F | sar_segment_seqnum          | INT      | 1",
            "0x0210 | sc_interface_version        | INT      | 1",
            "0x0302 | callback_num_pres_ind       | INT      | 1",
            "0x0303 | callback_num_atag           | OCTETS   | 0-65",
            "0x0304 | number_of_messages          | INT      | 1",
            "0x0381 | callback_num                | OCTETS   | 4-19",
            "0x0420 | dpf_result                  | INT      | 1",
            "0x0421 | set_dpf                     | INT      | 1",
            "0x0422 | ms_availability_status      | INT      | 1",
            "0x0423 | network_error_code          | OCTETS   | 3",
            "0x0424 | message_payload             | OCTETS   | 0-65535",
            "0x0425 | delivery_failure_reason     | INT      | 1",
            "0x0426 | more_messages_to_send       | INT      | 1",
            "0x0427 | message_state               | INT      | 1",
            "0x0428 | congestion_state            | INT      | 1",
            "0x0501 | ussd_service_op             | INT      | 1",
            "0x0600 | broadcast_channel_indicator | INT      | 1",
            "0x0601 | broadcast_content_type      | OCTETS   | 3",
            "0x0602 | broadcast_content_type_info | OCTETS   | 0-255",
            "0x0603 | broadcast_message_class     | INT      | 1",
            "0x0604 | broadcast_rep_num           | INT      | 1 or 2  | [!] 1 vs 2",
            "0x0605 | broadcast_frequency_interval| OCTETS   | 3",
            "0x0606 | broadcast_area_identifier   | OCTETS   | 1-65535 | var (a format octet, then area data)",
            "0x0607 | broadcast_error_status      | INT      | 4",
            "0x0608 | broadcast_area_success      | INT      | 1",
            "0x0609 | broadcast_end_time          | C_STRING | 0-17    | 17 (0-17)",
            "0x060A | broadcast_service_group     | OCTETS   | 1-255",
            "0x060B | billing_identification      | OCTETS   | 0-1024",
            "0x060D | source_network_id           | C_STRING | 1-66    | 7-66; [!] a Kannel fork: up to 65",
            "0x060E | dest_network_id             | C_STRING | 1-66    | 7-66; [!] a Kannel fork: up to 65",
            "0x060F | source_node_id              | OCTETS   | 6",
            "0x0610 | dest_node_id                | OCTETS   | 6",
            "0x0611 | dest_addr_np_resolution     | INT      | 1",
            "0x0612 | dest_addr_np_information    | OCTETS   | 0-10",
            "0x0613 | dest_addr_np_country        | OCTETS   | 1-5",
            "0x1201 | display_time                | INT      | 1",
            "0x1203 | sms_signal                  | INT      | 2",
            "0x1204 | ms_validity                 | OCTETS   | 1 or 4  | 1 / 4, I1 (v5: 1 or 4): kept raw",
            "0x130C | alert_on_message_delivery   | INT      | 0 or 1  | 0 (v3.4); 0 or 1 (v5)",
            "0x1380 | its_reply_type              | INT      | 1",
            "0x1383 | its_session_info            | OCTETS   | 2");

    private static final PduCodec LENIENT = PduCodec.defaults();
    private static final PduCodec STRICT = PduCodec.of(CodecConfig.builder().strictness(Strictness.STRICT).build());

    /** One row: the lengths are a range {@code min-max}, one length, or two ({@code a or b}). */
    record Row(int tag, String name, String type, int min, int max, boolean minOrMaxOnly) {

        static Row parse(String line) {
            String[] c = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            String[] bounds = c[3].split(" or |-");
            int min = Integer.parseInt(bounds[0]);
            int max = Integer.parseInt(bounds[bounds.length - 1]);
            return new Row(Integer.decode(c[0]), c[1], c[2], min, max, c[3].contains(" or "));
        }

        boolean accepts(int length) {
            return minOrMaxOnly ? length == min || length == max : length >= min && length <= max;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rows() {
        return TABLE.stream().map(Row::parse).collect(Collectors.toList());
    }

    @Test
    void theTableHasEveryStandardKey() {
        Set<Integer> known = new TreeSet<>();
        IntStream.rangeClosed(0, 0xFFFF).filter(tag -> StandardTlvs.byTag(tag) != null).forEach(known::add);
        assertThat(rows()).extracting(Row::tag).containsExactlyInAnyOrderElementsOf(known).hasSize(64);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void keyFollowsTheReference(Row row) {
        TlvKey<?> key = StandardTlvs.byTag(row.tag());
        assertThat(key.name()).isEqualTo(row.name());
        assertThat(key.type()).hasToString(row.type());
        assertThat(key.minLength()).isEqualTo(row.min());
        assertThat(key.maxLength()).isEqualTo(row.max());
        for (int length = 0; length <= Math.min(row.max() + 1, 0xFFFF); length++) {
            assertThat(key.accepts(length)).as("%s of %d octets", row.name(), length).isEqualTo(row.accepts(length));
        }
    }

    @ParameterizedTest
    @MethodSource("rows")
    void strictRefusesALengthOutsideTheRuleAndLenientKeepsIt(Row row) {
        TlvKey<?> key = StandardTlvs.byTag(row.tag());
        for (int length : lengthsAroundTheRule(row)) {
            byte[] value = new byte[length];
            Arrays.fill(value, (byte) '1');
            byte[] frame = submitSmRespWith(row.tag(), value);
            DecodeResult strict = STRICT.decode(ByteBuffer.wrap(frame));
            DecodeResult.Decoded lenient = (DecodeResult.Decoded) LENIENT.decode(ByteBuffer.wrap(frame));
            Tlvs kept = lenient.pdu().tlvs();
            assertThat(kept.find(row.tag())).contains(new Tlv(row.tag(), Bytes.of(value)));
            if (row.accepts(length)) {
                assertThat(strict).as("%s of %d octets", row.name(), length).isEqualTo(lenient);
            } else {
                assertThat(strict).as("%s of %d octets", row.name(), length)
                        .isInstanceOfSatisfying(DecodeResult.Malformed.class, m -> {
                            assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVTLVLEN);
                            assertThat(m.reason()).contains(row.name());
                        });
                assertThat(kept.get(key)).isEmpty();
            }
        }
    }

    /** One octet below and above the rule, its bounds, and for a two-length rule every length between. */
    private static Set<Integer> lengthsAroundTheRule(Row row) {
        Set<Integer> lengths = new TreeSet<>();
        IntStream.of(row.min() - 1, row.min(), row.max(), row.max() + 1).filter(n -> n >= 0 && n <= 0xFFFF)
                .forEach(lengths::add);
        if (row.minOrMaxOnly()) {
            IntStream.range(row.min() + 1, row.max()).forEach(lengths::add);
        }
        return lengths;
    }

    /** submit_sm_resp with an empty message_id and one TLV. */
    private static byte[] submitSmRespWith(int tag, byte[] value) {
        int length = 16 + 1 + 4 + value.length;
        return ByteBuffer.allocate(length).putInt(length).putInt(0x80000004).putInt(0).putInt(1).put((byte) 0)
                .putShort((short) tag).putShort((short) value.length).put(value).array();
    }

    @Test
    void msValidityIsOneOrFourOctetsBothWays() {
        assertThat(StandardTlvs.MS_VALIDITY.encode(Bytes.fromHex("01"))).isEqualTo(Bytes.fromHex("01"));
        assertThat(StandardTlvs.MS_VALIDITY.encode(Bytes.fromHex("04010005"))).isEqualTo(Bytes.fromHex("04010005"));
        assertThatThrownBy(() -> StandardTlvs.MS_VALIDITY.encode(Bytes.fromHex("0401")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ms_validity: 2 octets, not 1 or 4");
        assertThat(Tlvs.of(new Tlv(0x1204, Bytes.fromHex("040100"))).get(StandardTlvs.MS_VALIDITY)).isEmpty();
    }

    @Test
    void anEmptyBroadcastEndTimeIsAcceptedButHasNoText() {
        Tlvs empty = Tlvs.of(new Tlv(0x0609, Bytes.EMPTY));
        assertThat(StandardTlvs.BROADCAST_END_TIME.accepts(0)).isTrue();
        // a C string of no octets lacks its NUL: nothing to read as text, so the typed value is absent
        assertThat(empty.get(StandardTlvs.BROADCAST_END_TIME)).isEmpty();
        assertThat(StandardTlvs.BROADCAST_END_TIME.encode("")).isEqualTo(Bytes.fromHex("00"));
    }
}
