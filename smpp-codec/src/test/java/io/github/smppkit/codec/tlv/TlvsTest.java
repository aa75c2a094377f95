package io.github.smppkit.codec.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.Bytes;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TlvsTest {

    @Test
    void keepsOrderRepeatsAndUnknownTags() {
        Tlvs t = Tlvs.builder()
                .add(0x1401, Bytes.fromHex("0102"))
                .add(StandardTlvs.CALLBACK_NUM, Bytes.fromHex("00010131"))
                .add(StandardTlvs.CALLBACK_NUM, Bytes.fromHex("00010132"))
                .add(0x8081, Bytes.EMPTY)
                .build();
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.asList()).extracting(Tlv::tag).containsExactly(0x1401, 0x0381, 0x0381, 0x8081);
        assertThat(t.getAll(StandardTlvs.CALLBACK_NUM)).containsExactly(Bytes.fromHex("00010131"),
                Bytes.fromHex("00010132"));
        assertThat(t.get(StandardTlvs.CALLBACK_NUM)).contains(Bytes.fromHex("00010131"));
        assertThat(t.find(0x8081)).contains(new Tlv(0x8081, Bytes.EMPTY));
        assertThat(t.encodedLength()).isEqualTo(4 * 4 + 2 + 4 + 4);
        Tlvs without = t.without(0x0381);
        assertThat(without.asList()).extracting(Tlv::tag).containsExactly(0x1401, 0x8081);
        assertThat(t.without(0x9999)).isSameAs(t);
        assertThat(Tlvs.of(new Tlv(1, Bytes.EMPTY)).without(1)).isEqualTo(Tlvs.empty());
    }

    @Test
    void typedValuesDecodeByActualLength() {
        Tlvs t = Tlvs.builder()
                .add(new Tlv(0x0010, Bytes.fromHex("0102")))
                .add(new Tlv(0x0604, Bytes.fromHex("03")))
                .add(new Tlv(0x130C, Bytes.EMPTY))
                .add(StandardTlvs.RECEIPTED_MESSAGE_ID, "abc")
                .add(new Tlv(0x0427, Bytes.fromHex("0002")))
                .add(new Tlv(0x0204, Bytes.fromHex("000102")))
                .build();
        assertThat(t.get(StandardTlvs.SOURCE_TELEMATICS_ID)).contains(0x0102);
        assertThat(t.get(StandardTlvs.BROADCAST_REP_NUM)).contains(3);
        assertThat(t.get(StandardTlvs.ALERT_ON_MESSAGE_DELIVERY)).contains(0);
        assertThat(t.get(StandardTlvs.RECEIPTED_MESSAGE_ID)).contains("abc");
        assertThat(t.find(0x001E).orElseThrow().value()).isEqualTo(Bytes.fromHex("61626300"));
        assertThat(t.get(StandardTlvs.MESSAGE_STATE)).isEmpty();
        assertThat(t.getInt(StandardTlvs.MESSAGE_STATE, -1)).isEqualTo(-1);
        assertThat(t.get(StandardTlvs.USER_MESSAGE_REFERENCE)).isEmpty();
        assertThat(t.get(StandardTlvs.MESSAGE_PAYLOAD)).isEmpty();
    }

    @Test
    void cStringWithoutNulIsNotReturned() {
        Tlvs t = Tlvs.of(new Tlv(0x001E, Bytes.fromHex("6162")));
        assertThat(t.get(StandardTlvs.RECEIPTED_MESSAGE_ID)).isEmpty();
    }

    @Test
    void encodesIntegersAtTheKeyWidth() {
        assertThat(StandardTlvs.SAR_MSG_REF_NUM.encode(5)).isEqualTo(Bytes.fromHex("0005"));
        assertThat(StandardTlvs.QOS_TIME_TO_LIVE.encode(5)).isEqualTo(Bytes.fromHex("00000005"));
        assertThat(StandardTlvs.SOURCE_TELEMATICS_ID.encode(0x1234)).isEqualTo(Bytes.fromHex("1234"));
        assertThat(StandardTlvs.ALERT_ON_MESSAGE_DELIVERY.encode(0)).isEqualTo(Bytes.EMPTY);
        assertThat(StandardTlvs.BROADCAST_ERROR_STATUS.encode(0x80000000))
                .isEqualTo(Bytes.fromHex("80000000"));
        assertThatThrownBy(() -> StandardTlvs.SAR_TOTAL_SEGMENTS.encode(256))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardTlvs.NETWORK_ERROR_CODE.encode(Bytes.fromHex("01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseChecksFramingAndEqualityIsByContent() {
        byte[] raw = Bytes.fromHex("99020e000102020c00021234").toByteArray();
        Tlvs t = Tlvs.parse(ByteBuffer.wrap(raw), 1, raw.length - 1);
        assertThat(t).isEqualTo(Tlvs.builder().add(StandardTlvs.SAR_TOTAL_SEGMENTS, 2)
                .add(StandardTlvs.SAR_MSG_REF_NUM, 0x1234).build());
        assertThat(t.hashCode()).isEqualTo(Tlvs.of(t.asList().toArray(new Tlv[0])).hashCode());
        assertThatThrownBy(() -> Tlvs.parse(ByteBuffer.wrap(raw), 1, raw.length - 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(t.toString()).contains("sar_total_segments");
    }

    @Test
    void parseFromAnArrayCopiesTheRangeLikeTheBufferForm() {
        byte[] raw = Bytes.fromHex("99020e000102020c0002123477").toByteArray();
        Tlvs t = Tlvs.parse(raw, 1, raw.length - 2);
        assertThat(t).isEqualTo(Tlvs.parse(ByteBuffer.wrap(raw), 1, raw.length - 2));
        assertThat(t.size()).isEqualTo(2);
        raw[5] = 9;
        assertThat(t.getInt(StandardTlvs.SAR_TOTAL_SEGMENTS, -1)).as("a copy, not a view").isEqualTo(2);
        assertThat(Tlvs.parse(raw, 3, 0)).isSameAs(Tlvs.empty());
        assertThatThrownBy(() -> Tlvs.parse(raw, 1, raw.length - 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken framing at offset 5");
        assertThatThrownBy(() -> Tlvs.parse(raw, 2, raw.length)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void standardKeysCoverTheReferenceTable() {
        assertThat(StandardTlvs.byTag(0x0424)).isSameAs(StandardTlvs.MESSAGE_PAYLOAD);
        assertThat(StandardTlvs.byTag(0x060C)).isNull();
        assertThat(StandardTlvs.byTag(0x1401)).isNull();
        assertThat(StandardTlvs.byTag(0x10000)).isNull();
        int known = 0;
        for (int tag = 0; tag <= 0xFFFF; tag++) {
            TlvKey<?> key = StandardTlvs.byTag(tag);
            if (key != null) {
                known++;
                assertThat(key.tag()).isEqualTo(tag);
            }
        }
        assertThat(known).isEqualTo(64);
        assertThat(StandardTlvs.DESTINATION_PORT.name()).isEqualTo("destination_port");
    }

    @Test
    void rejectsBadTlvs() {
        assertThatThrownBy(() -> new Tlv(0x10000, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tlv(1, Bytes.of(new byte[65536])))
                .hasMessage("tlv value: 65536 > 65535");
    }

    @Test
    void copyToPutsIntoAnArrayWhatWriteToPutsIntoABuffer() {
        Tlvs tlvs = Tlvs.builder()
                .add(StandardTlvs.CALLBACK_NUM, Bytes.fromHex("00010131"))
                .add(0x1401, Bytes.fromHex("0102"))
                .add(0x8081, Bytes.EMPTY)
                .build();
        ByteBuffer written = ByteBuffer.allocate(tlvs.encodedLength());
        tlvs.writeTo(written);
        byte[] copied = new byte[tlvs.encodedLength() + 4];
        tlvs.copyTo(copied, 2);
        assertThat(Arrays.copyOfRange(copied, 2, 2 + tlvs.encodedLength())).isEqualTo(written.array());
        assertThat(copied[0]).isZero();
        assertThat(copied[copied.length - 1]).isZero();
        assertThatThrownBy(() -> tlvs.copyTo(new byte[tlvs.encodedLength()], 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        Tlvs.empty().copyTo(new byte[0], 0);
    }
}
