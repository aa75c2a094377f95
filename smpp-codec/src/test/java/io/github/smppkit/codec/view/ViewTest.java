package io.github.smppkit.codec.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewTest {

    private final PduCodec codec = PduCodec.defaults();

    private static SubmitSm submitSm() {
        return SubmitSm.builder().sequenceNumber(77).serviceType("CMT").source(Address.of(5, 0, "Sender"))
                .destination(Address.of(1, 1, "491701234567")).esmClass(EsmClass.UDHI).protocolId(0x40)
                .priorityFlag(1).validityPeriod("000000001000000R").registeredDelivery(RegisteredDelivery.of(0x11))
                .replaceIfPresentFlag(1).dataCoding(DataCoding.UCS2).smDefaultMsgId(9)
                .shortMessage(Bytes.fromHex("0500030a020100480069"))
                .tlvs(Tlvs.builder().add(StandardTlvs.SOURCE_PORT, 2948).add(new Tlv(0x1500, Bytes.fromHex("ff")))
                        .build()).build();
    }

    private static ByteBuffer framed(byte[] pdu, int offset) {
        ByteBuffer buf = ByteBuffer.allocate(pdu.length + offset + 5);
        buf.position(offset);
        buf.put(pdu);
        buf.put(new byte[] {1, 2, 3, 4, 5});
        return buf;
    }

    @Test
    void submitSmViewAgreesWithTheRecord() {
        SubmitSm pdu = submitSm();
        byte[] wire = codec.encode(pdu);
        ByteBuffer buf = framed(wire, 7);
        SubmitSmView v = new SubmitSmView().wrap(buf, 7, wire.length);
        assertThat(v.valid()).isTrue();
        assertThat(v.error()).isNull();
        assertThat(v.sequenceNumber()).isEqualTo(77);
        assertThat(v.serviceType()).isEqualTo("CMT");
        assertThat(v.sourceAddrTon()).isEqualTo(5);
        assertThat(v.sourceAddrNpi()).isZero();
        assertThat(v.sourceAddr()).isEqualTo("Sender");
        assertThat(v.sourceAddrLength()).isEqualTo(6);
        assertThat(buf.get(v.sourceAddrOffset())).isEqualTo((byte) 'S');
        assertThat(v.destAddrTon()).isEqualTo(1);
        assertThat(v.destAddrNpi()).isEqualTo(1);
        assertThat(v.destinationAddr()).isEqualTo("491701234567");
        assertThat(v.destinationAddrLength()).isEqualTo(12);
        assertThat(v.esmClass()).isEqualTo(0x40);
        assertThat(v.protocolId()).isEqualTo(0x40);
        assertThat(v.priorityFlag()).isEqualTo(1);
        assertThat(v.scheduleDeliveryTime()).isEmpty();
        assertThat(v.validityPeriod()).isEqualTo("000000001000000R");
        assertThat(v.registeredDelivery()).isEqualTo(0x11);
        assertThat(v.replaceIfPresentFlag()).isEqualTo(1);
        assertThat(v.dataCoding()).isEqualTo(8);
        assertThat(v.smDefaultMsgId()).isEqualTo(9);
        assertThat(v.smLength()).isEqualTo(10);
        assertThat(Bytes.copyOf(buf, v.shortMessageOffset(), v.shortMessageLength())).isEqualTo(pdu.shortMessage());
        assertThat(v.tlvsLength()).isEqualTo(pdu.tlvs().encodedLength());
        assertThat(v.toRecord()).isEqualTo(pdu);

        List<Integer> tags = new ArrayList<>();
        TlvCursor c = new TlvCursor();
        for (v.tlvs(c); c.next(); ) {
            tags.add(c.tag());
            if (c.tag() == 0x020A) {
                assertThat(c.intValue(-1)).isEqualTo(2948);
                assertThat(c.length()).isEqualTo(2);
            } else {
                assertThat(c.value()).isEqualTo(Bytes.fromHex("ff"));
                assertThat(buf.get(c.valueOffset())).isEqualTo((byte) 0xff);
            }
        }
        assertThat(tags).containsExactly(0x020A, 0x1500);
    }

    @Test
    void deliverSmViewIsReusableAcrossWraps() {
        DeliverSmView v = new DeliverSmView();
        for (int i = 0; i < 3; i++) {
            DeliverSm pdu = DeliverSm.builder().sequenceNumber(i).source(Address.of(1, 1, "1" + i))
                    .esmClass(EsmClass.DELIVERY_RECEIPT).shortMessage(Bytes.fromHex("6964"))
                    .tlvs(Tlvs.empty().with(StandardTlvs.RECEIPTED_MESSAGE_ID, "m" + i)).build();
            byte[] wire = codec.encode(pdu);
            v.wrap(ByteBuffer.wrap(wire), 0, wire.length);
            assertThat(v.valid()).isTrue();
            assertThat(v.sourceAddr()).isEqualTo("1" + i);
            assertThat(v.toRecord()).isEqualTo(pdu);
            assertThat(v.toRecord().tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID)).contains("m" + i);
        }
    }

    @Test
    void dataSmAndResponseViewsAgreeWithRecords() {
        DataSm pdu = DataSm.builder().sequenceNumber(5).serviceType("WAP").source(Address.of(1, 1, "123"))
                .destination(Address.of(1, 1, "456")).esmClass(EsmClass.DATAGRAM)
                .registeredDelivery(RegisteredDelivery.ON_FAILURE).dataCoding(DataCoding.BINARY)
                .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.fromHex("0102"))).build();
        byte[] wire = codec.encode(pdu);
        DataSmView d = new DataSmView().wrap(ByteBuffer.wrap(wire), 0, wire.length);
        assertThat(d.valid()).isTrue();
        assertThat(d.esmClass()).isEqualTo(1);
        assertThat(d.registeredDelivery()).isEqualTo(2);
        assertThat(d.dataCoding()).isEqualTo(4);
        assertThat(d.destinationAddr()).isEqualTo("456");
        assertThat(d.toRecord()).isEqualTo(pdu);

        SubmitSmResp resp = SubmitSmResp.ok(5, "abc123");
        byte[] rw = codec.encode(resp);
        MessageIdRespView r = new MessageIdRespView().wrap(ByteBuffer.wrap(rw), 0, rw.length);
        assertThat(r.valid()).isTrue();
        assertThat(r.commandId()).isEqualTo(CommandId.SUBMIT_SM_RESP.id());
        assertThat(r.messageId()).isEqualTo("abc123");
        assertThat(r.messageIdLength()).isEqualTo(6);
        assertThat(r.toRecord()).isEqualTo(resp);

        byte[] headerOnly = Bytes.fromHex("00000010800000050000000800000003").toByteArray();
        r.wrap(ByteBuffer.wrap(headerOnly), 0, 16);
        assertThat(r.valid()).isTrue();
        assertThat(r.messageId()).isEmpty();
        assertThat(r.commandStatus()).isEqualTo(8);
        assertThat(r.toRecord().status()).isEqualTo(CommandStatus.ESME_RSYSERR);
        assertThat(r.toRecord().commandId()).isEqualTo(CommandId.DELIVER_SM_RESP);
    }

    /** Reference §2.6: an error response whose body does not parse keeps its header, in the view as in the decoder. */
    @Test
    void errorResponseWithAnUnparseableBodyIsReadLikeTheDecoderReadsIt() {
        MessageIdRespView v = new MessageIdRespView();
        // deliver_sm_resp ESME_RSYSERR: message_id NULL, then two stray octets; submit_sm_resp ESME_RSYSERR:
        // message_id "AB" without its NUL
        for (String hex : List.of("0000001380000005000000080000000100" + "0102",
                "0000001280000004000000080000000c" + "4142")) {
            byte[] wire = Bytes.fromHex(hex).toByteArray();
            DecodeResult decoded = codec.decode(ByteBuffer.wrap(wire));
            v.wrap(ByteBuffer.wrap(wire), 0, wire.length);
            assertThat(v.valid()).as(hex).isTrue();
            assertThat(v.error()).isNull();
            assertThat(v.messageId()).isEmpty();
            assertThat(v.messageIdLength()).isZero();
            assertThat(v.tlvsLength()).isZero();
            assertThat(v.tlvs(new TlvCursor()).next()).isFalse();
            assertThat(v.commandStatus()).isEqualTo(8);
            assertThat(decoded).isEqualTo(new DecodeResult.Decoded(v.toRecord(), wire.length));
        }
        assertThat(v.toRecord()).isEqualTo(SubmitSmResp.of(12, CommandStatus.ESME_RSYSERR));
        byte[] deliver = Bytes.fromHex("0000001380000005000000080000000100" + "0102").toByteArray();
        assertThat(v.wrap(ByteBuffer.wrap(deliver), 0, deliver.length).toRecord())
                .isEqualTo(DeliverSmResp.of(1, CommandStatus.ESME_RSYSERR));

        // with status OK the same body stays malformed, as it does for the decoder
        ByteBuffer.wrap(deliver).putInt(8, 0);
        assertThat(v.wrap(ByteBuffer.wrap(deliver), 0, deliver.length).valid()).isFalse();
        assertThat(v.error()).isEqualTo(CommandStatus.ESME_RINVTLVSTREAM);
        assertThat(codec.decode(ByteBuffer.wrap(deliver))).isInstanceOf(DecodeResult.Malformed.class);
    }

    @Test
    void malformedPdusAreReportedNotThrown() {
        byte[] wire = codec.encode(submitSm());
        ByteBuffer.wrap(wire).putInt(0, 30);
        SubmitSmView v = new SubmitSmView().wrap(ByteBuffer.wrap(wire), 0, 30);
        assertThat(v.valid()).isFalse();
        assertThat(v.error()).isNotNull();
        assertThat(v.errorReason()).isNotBlank();
        assertThatThrownBy(v::toRecord).isInstanceOf(IllegalStateException.class);
        v.wrap(ByteBuffer.wrap(codec.encode(submitSm())), 0, 5);
        assertThat(v.error()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        byte[] deliver = codec.encode(DeliverSm.builder().build());
        v.wrap(ByteBuffer.wrap(deliver), 0, deliver.length);
        assertThat(v.error()).isEqualTo(CommandStatus.ESME_RINVCMDID);
    }

    @Test
    void headerViewReadsUnsignedLength() {
        byte[] wire = Bytes.fromHex("ffffffff800000040000005800000009").toByteArray();
        HeaderView h = new HeaderView().wrap(ByteBuffer.wrap(wire), 0);
        assertThat(h.commandLength()).isEqualTo(0xFFFFFFFFL);
        assertThat(h.command()).isEqualTo(CommandId.SUBMIT_SM_RESP);
        assertThat(h.commandStatus()).isEqualTo(0x58);
        assertThat(h.sequenceNumber()).isEqualTo(9);
    }
}
