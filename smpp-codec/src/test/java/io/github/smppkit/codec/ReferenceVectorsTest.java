package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The test vectors 1 to 8 of SMPP-REFERENCE.md §14, both ways. */
class ReferenceVectorsTest {

    private static final String BODY7 = "00 01 01 343437373030393030313233 00 01 01 343437373030393030343536 00"
            + " 00 00 00 00 00 01 00 00 00 05 48656C6C6F";

    private final PduCodec codec = PduCodec.defaults();
    private final PduCodec withBodies = PduCodec.of(CodecConfig.builder().errorResponseBody(true).build());

    private static byte[] hex(String spaced) {
        return Bytes.fromHex(spaced.replace(" ", "")).toByteArray();
    }

    private Pdu decode(String spaced) {
        byte[] wire = hex(spaced);
        DecodeResult r = codec.decode(ByteBuffer.wrap(wire));
        assertThat(r).isInstanceOf(Decoded.class);
        assertThat(((Decoded) r).frameLength()).isEqualTo(wire.length);
        return ((Decoded) r).pdu();
    }

    private static SubmitSm vector7(int seq) {
        return SubmitSm.builder().sequenceNumber(seq).source(Address.of(1, 1, "447700900123"))
                .destination(Address.of(1, 1, "447700900456"))
                .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
                .shortMessage(Bytes.of("Hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).build();
    }

    @Test
    void vector1EnquireLink() {
        String v = "00000010 00000015 00000000 00000001";
        assertThat(decode(v)).isEqualTo(new EnquireLink(1));
        assertThat(codec.encode(new EnquireLink(1))).isEqualTo(hex(v));
    }

    @Test
    void vector2EnquireLinkResp() {
        String v = "00000010 80000015 00000000 00000001";
        EnquireLinkResp pdu = EnquireLinkResp.of(1, CommandStatus.ESME_ROK);
        assertThat(decode(v)).isEqualTo(pdu);
        assertThat(codec.encode(pdu)).isEqualTo(hex(v));
    }

    @Test
    void vector3GenericNack() {
        String v = "00000010 80000000 00000003 00000007";
        GenericNack pdu = GenericNack.of(7, CommandStatus.ESME_RINVCMDID);
        assertThat(decode(v)).isEqualTo(pdu);
        assertThat(codec.encode(pdu)).isEqualTo(hex(v));
    }

    @Test
    void vector4BindTransmitterRespWithScInterfaceVersion() {
        String v = "0000001D 80000002 00000000 0003995F 54574954544552 00 0210 0001 34";
        BindTransmitterResp pdu = new BindTransmitterResp(235871, CommandStatus.ESME_ROK, "TWITTER",
                Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34));
        assertThat(decode(v)).isEqualTo(pdu);
        assertThat(pdu.tlvs().getInt(StandardTlvs.SC_INTERFACE_VERSION, -1)).isEqualTo(0x34);
        assertThat(codec.encode(pdu)).isEqualTo(hex(v));
    }

    @Test
    void vector5ErrorBindRespWithBody() {
        String v = "00000015 80000009 0000000E 00004DB3 534D5343 00";
        BindTransceiverResp pdu = new BindTransceiverResp(19891, CommandStatus.ESME_RINVPASWD, "SMSC", Tlvs.empty());
        assertThat(decode(v)).isEqualTo(pdu);
        assertThat(withBodies.encode(pdu)).isEqualTo(hex(v));
        assertThat(codec.encode(pdu)).isEqualTo(hex("00000010 80000009 0000000E 00004DB3"));
    }

    @Test
    void vector6ErrorSubmitSmRespWithMessageId() {
        String v = "00000021 80000004 0000000B 00000002 30413030303030304133443332334131 00";
        SubmitSmResp pdu = new SubmitSmResp(2, CommandStatus.ESME_RINVDSTADR, "0A000000A3D323A1", Tlvs.empty());
        assertThat(decode(v)).isEqualTo(pdu);
        assertThat(withBodies.encode(pdu)).isEqualTo(hex(v));
    }

    @Test
    void vector7SubmitSm() {
        String v = "0000003E 00000004 00000000 00000007 " + BODY7;
        assertThat(decode(v)).isEqualTo(vector7(7));
        assertThat(codec.encode(vector7(7))).isEqualTo(hex(v));
    }

    @Test
    void vector8SubmitSmWithSarTlvs() {
        String v = "0000004E 00000004 00000000 00000008 " + BODY7 + " 020C 0002 1234 020E 0001 02 020F 0001 01";
        SubmitSm pdu = vector7(8).toBuilder().tlvs(Tlvs.builder()
                .add(StandardTlvs.SAR_MSG_REF_NUM, 0x1234)
                .add(StandardTlvs.SAR_TOTAL_SEGMENTS, 2)
                .add(StandardTlvs.SAR_SEGMENT_SEQNUM, 1).build()).build();
        assertThat(decode(v)).isEqualTo(pdu);
        assertThat(codec.encode(pdu)).isEqualTo(hex(v));
        SubmitSm decoded = (SubmitSm) decode(v);
        assertThat(decoded.tlvs().get(StandardTlvs.SAR_MSG_REF_NUM)).contains(0x1234);
        assertThat(decoded.tlvs().get(StandardTlvs.SAR_TOTAL_SEGMENTS)).contains(2);
    }
}
