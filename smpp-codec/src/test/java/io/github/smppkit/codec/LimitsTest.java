package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.DecodeResult.Malformed;
import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.view.DeliverSmView;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private final PduCodec codec = PduCodec.defaults();

    @Test
    void maxCommandLength16AcceptsHeadersOnly() {
        PduCodec tiny = PduCodec.of(CodecConfig.builder().maxCommandLength(16).build());
        assertThat(tiny.decode(ByteBuffer.wrap(codec.encode(new EnquireLink(3)))))
                .isEqualTo(new Decoded(new EnquireLink(3), 16));
        ByteBuffer buf = ByteBuffer.wrap(codec.encode(SamplePdus.submitSm()));
        Malformed m = (Malformed) tiny.decode(buf);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(m.reaction()).isEqualTo(Reaction.CLOSE);
        assertThat(m.frameLength()).isZero();
        assertThat(m.sequenceNumber()).isEqualTo(7);
        assertThat(buf.position()).isZero();
        assertThatThrownBy(() -> tiny.encode(SamplePdus.submitSm())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("command_length");
    }

    @Test
    void hugeCommandLengthIsRejectedFromItsFirstFourOctets() {
        ByteBuffer buf = ByteBuffer.wrap(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        Malformed m = (Malformed) codec.decode(buf);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(m.reaction()).isEqualTo(Reaction.CLOSE);
        assertThat(m.sequenceNumber()).isZero();
        assertThat(m.reason()).contains("4294967295");
        assertThat(buf.position()).isZero();
        assertThat(PduFramer.frameLength(buf, 0, 70_000)).isEqualTo(PduFramer.TOO_LONG);
    }

    @Test
    void commandLengthBelow16IsRejected() {
        ByteBuffer buf = ByteBuffer.wrap(Bytes.fromHex("0000000f00000015000000000000000100").toByteArray());
        Malformed m = (Malformed) codec.decode(buf);
        assertThat(m.reaction()).isEqualTo(Reaction.CLOSE);
        assertThat(m.sequenceNumber()).isEqualTo(1);
        assertThat(m.commandId()).isEqualTo(0x15);
        assertThat(PduFramer.frameLength(buf, 0, 70_000)).isEqualTo(PduFramer.TOO_SHORT);
    }

    @Test
    void framerReportsNeedMoreAndFrameLengths() {
        byte[] wire = codec.encode(SamplePdus.submitSm());
        ByteBuffer buf = ByteBuffer.allocate(wire.length + 10);
        buf.position(10);
        buf.put(wire);
        assertThat(PduFramer.frameLength(buf, 10, 70_000)).isEqualTo(wire.length);
        buf.limit(13);
        assertThat(PduFramer.frameLength(buf, 10, 70_000)).isEqualTo(PduFramer.NEED_MORE);
        buf.limit(10 + wire.length - 1);
        assertThat(PduFramer.frameLength(buf, 10, 70_000)).isEqualTo(PduFramer.NEED_MORE);
    }

    @Test
    void encodeChecksTheDestinationFirstAndLeavesItUntouched() {
        SubmitSm pdu = SamplePdus.submitSm();
        int len = codec.encodedLength(pdu);
        ByteBuffer small = ByteBuffer.allocate(len - 1);
        small.put(0, (byte) 0x77);
        assertThatThrownBy(() -> codec.encode(pdu, small)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dst");
        assertThat(small.position()).isZero();
        assertThat(small.get(0)).isEqualTo((byte) 0x77);
        assertThatThrownBy(() -> codec.encode(pdu, ByteBuffer.allocate(len).asReadOnlyBuffer()))
                .isInstanceOf(ReadOnlyBufferException.class);
        assertThatThrownBy(() -> codec.encode(pdu, (ByteBuffer) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> codec.encode(null, ByteBuffer.allocate(100)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void shortMessageEmitLimitComesFromTheConfig() {
        SubmitSm max = SamplePdus.submitSm().toBuilder().shortMessage(Bytes.of(new byte[255])).build();
        assertThatThrownBy(() -> codec.encode(max)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short_message: 255 > 254");
        PduCodec v5 = PduCodec.of(CodecConfig.builder().maxShortMessageLength(255).build());
        assertThat(((Decoded) codec.decode(ByteBuffer.wrap(v5.encode(max)))).pdu()).isEqualTo(max);
        assertThatThrownBy(() -> SamplePdus.submitSm().toBuilder().shortMessage(Bytes.of(new byte[300])).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("short_message: 300 > 255");
    }

    @Test
    void longAddressesAreAcceptedOnDecodeButNotEmitted() {
        Address long21 = Address.of(1, 1, "123456789012345678901");
        DataSm dataSm = DataSm.builder().source(long21).build();
        assertThatThrownBy(() -> codec.encode(dataSm)).hasMessage("source_addr: 21 > 20");
        CancelSm cancel = new CancelSm(1, "", "id", Address.EMPTY, long21, Tlvs.empty());
        assertThatThrownBy(() -> codec.encodedLength(cancel)).hasMessage("destination_addr: 21 > 20");
        // jSMPP refuses an alert_notification source_addr over 21 octets (reference §4.16)
        Address max20 = Address.of(1, 1, "12345678901234567890");
        AlertNotification alert = new AlertNotification(1, long21, max20, Tlvs.empty());
        assertThatThrownBy(() -> codec.encode(alert)).hasMessage("source_addr: 21 > 20");
        AlertNotification longEsme = new AlertNotification(1, max20, long21, Tlvs.empty());
        assertThatThrownBy(() -> codec.encodedLength(longEsme)).hasMessage("esme_addr: 21 > 20");
        PduCodec relay = PduCodec.of(CodecConfig.builder().maxEmittedAddressLength(21).build());
        assertThat(((Decoded) codec.decode(ByteBuffer.wrap(relay.encode(alert)))).pdu()).isEqualTo(alert);
        ByteBuffer wire = ByteBuffer.allocate(48);
        wire.putInt(48).putInt(0x103).putInt(0).putInt(1).put((byte) 0).put((byte) 1).put((byte) 1)
                .put("123456789012345678901".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0)
                .put((byte) 1).put((byte) 1).put((byte) '1').put((byte) 0).put(new byte[3]).flip();
        DataSm decoded = (DataSm) ((Decoded) codec.decode(wire)).pdu();
        assertThat(decoded.source().value()).isEqualTo("123456789012345678901");
    }

    @Test
    void deliverSmTimesAreKeptOnDecodeButNotEmitted() {
        // deliver_sm has submit_sm's layout: a submit_sm with both times, relabelled, is what such a peer sends
        String schedule = "261123120000000+";
        String validity = "000001000000000R";
        SubmitSm timed = SamplePdus.submitSm().toBuilder().scheduleDeliveryTime(schedule).validityPeriod(validity)
                .build();
        ByteBuffer wire = ByteBuffer.wrap(codec.encode(timed));
        wire.putInt(4, 0x05);
        DeliverSm decoded = (DeliverSm) ((Decoded) codec.decode(wire)).pdu();
        assertThat(decoded.scheduleDeliveryTime()).isEqualTo(schedule);
        assertThat(decoded.validityPeriod()).isEqualTo(validity);
        DeliverSmView view = new DeliverSmView().wrap(wire, 0, wire.limit());
        assertThat(view.scheduleDeliveryTime()).isEqualTo(schedule);
        assertThat(view.toRecord()).isEqualTo(decoded);

        assertThatThrownBy(() -> codec.encodedLength(decoded))
                .hasMessage("schedule_delivery_time: must be NULL in deliver_sm, not \"" + schedule
                        + "\" (reference §4.9)");
        DeliverSm validityOnly = decoded.toBuilder().scheduleDeliveryTime("").build();
        ByteBuffer heap = ByteBuffer.allocate(1024);
        ByteBuffer direct = ByteBuffer.allocateDirect(1024);
        for (ByteBuffer dst : new ByteBuffer[] {heap, direct}) {
            assertThatThrownBy(() -> codec.encode(validityOnly, dst))
                    .hasMessage("validity_period: must be NULL in deliver_sm, not \"" + validity
                            + "\" (reference §4.9)");
            assertThat(dst.position()).isZero();
        }
        DeliverSm cleared = validityOnly.toBuilder().validityPeriod("").build();
        assertThat(((Decoded) codec.decode(ByteBuffer.wrap(codec.encode(cleared)))).pdu()).isEqualTo(cleared);
    }

    @Test
    void tooManyTlvsAreAnsweredWithTheTlvStreamStatus() {
        Tlvs.Builder many = Tlvs.builder();
        for (int i = 0; i < 300; i++) {
            many.add(new io.github.smppkit.codec.tlv.Tlv(0x1400, Bytes.EMPTY));
        }
        SubmitSm pdu = SamplePdus.submitSm().toBuilder().tlvs(many.build()).build();
        byte[] wire = codec.encode(pdu);

        Malformed malformed = (Malformed) codec.decode(ByteBuffer.wrap(wire));
        assertThat(malformed.status()).isEqualTo(CommandStatus.ESME_RINVTLVSTREAM);
        assertThat(malformed.reason()).isEqualTo("tlvs: 300 > 256");
        assertThat(malformed.frameLength()).isEqualTo(wire.length);
        PduCodec generous = PduCodec.of(CodecConfig.builder().maxTlvs(300).build());
        assertThat(((Decoded) generous.decode(ByteBuffer.wrap(wire))).pdu()).isEqualTo(pdu);
    }

    /** The default limit is exact on each decoding path (submit_sm, data_sm, message_id responses, the rest). */
    @Test
    void theDefaultTlvLimitAccepts256AndRefuses257() {
        assertThat(CodecConfig.defaults().maxTlvs()).isEqualTo(256);
        for (Pdu pdu : withTlvs(256)) {
            assertThat(((Decoded) codec.decode(ByteBuffer.wrap(codec.encode(pdu)))).pdu()).isEqualTo(pdu);
        }
        for (Pdu pdu : withTlvs(257)) {
            Malformed malformed = (Malformed) codec.decode(ByteBuffer.wrap(codec.encode(pdu)));
            assertThat(malformed.status()).as("%s", pdu.commandId()).isEqualTo(CommandStatus.ESME_RINVTLVSTREAM);
            assertThat(malformed.reason()).isEqualTo("tlvs: 257 > 256");
        }
    }

    private static List<Pdu> withTlvs(int count) {
        Tlvs.Builder many = Tlvs.builder();
        for (int i = 0; i < count; i++) {
            many.add(new io.github.smppkit.codec.tlv.Tlv(0x1400 + i, Bytes.EMPTY));
        }
        Tlvs tlvs = many.build();
        return List.of(SamplePdus.submitSm().toBuilder().tlvs(tlvs).build(), DataSm.builder().tlvs(tlvs).build(),
                new SubmitSmResp(1, CommandStatus.ESME_ROK, "id", tlvs), new EnquireLink(1, tlvs));
    }

    @Test
    void aRelayCanEmitWhatTheDecoderAccepts() {
        PduCodec relay = PduCodec.of(CodecConfig.builder().maxEmittedAddressLength(64).build());
        Address long64 = Address.of(1, 1, "1".repeat(64));
        DataSm dataSm = DataSm.builder().source(long64).destination(long64).build();
        assertThat(((Decoded) relay.decode(ByteBuffer.wrap(relay.encode(dataSm)))).pdu()).isEqualTo(dataSm);
        CancelSm cancel = new CancelSm(1, "", "id", Address.EMPTY, long64, Tlvs.empty());
        assertThat(((Decoded) relay.decode(ByteBuffer.wrap(relay.encode(cancel)))).pdu()).isEqualTo(cancel);
        AlertNotification alert = new AlertNotification(1, long64, long64, Tlvs.empty());
        assertThat(((Decoded) relay.decode(ByteBuffer.wrap(relay.encode(alert)))).pdu()).isEqualTo(alert);
        assertThatThrownBy(() -> CodecConfig.builder().maxEmittedAddressLength(65).build())
                .hasMessage("maxEmittedAddressLength: 65 not in 20..64");
        assertThatThrownBy(() -> CodecConfig.builder().maxEmittedAddressLength(19).build())
                .hasMessage("maxEmittedAddressLength: 19 not in 20..64");
    }

    @Test
    void recordsNameTheBadField() {
        assertThatThrownBy(() -> new BindTransmitter(1, "1234567890123456", "", "", InterfaceVersion.V34,
                Address.EMPTY, Tlvs.empty())).hasMessage("system_id: 16 > 15");
        assertThatThrownBy(() -> SubmitSm.builder().priorityFlag(256).build())
                .hasMessage("priority_flag: 256 not in 0..255");
        assertThatThrownBy(() -> SubmitSm.builder().validityPeriod("12345").build())
                .hasMessageContaining("validity_period");
        assertThatThrownBy(() -> SubmitSm.builder().serviceType(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("service_type");
        // an address is checked by the record that holds it, which names the field
        assertThatThrownBy(() -> SubmitSm.builder().source(Address.of(1, 1, "a\u0000b")).build())
                .hasMessage("source_addr: character 0 at 1 is not a non-NUL Latin-1 character");
        assertThatThrownBy(() -> DataSm.builder().destination(Address.of(1, 1, "\u20ac")).build())
                .hasMessage("destination_addr: character 8364 at 0 is not a non-NUL Latin-1 character");
        assertThatThrownBy(() -> new AlertNotification(1, Address.EMPTY, Address.of(1, 1, "1".repeat(65)),
                Tlvs.empty())).hasMessage("esme_addr: 65 > 64");
        assertThatThrownBy(() -> new SmeAddress(Address.of(1, 1, "x\u0000"))).hasMessage(
                "destination_addr: character 0 at 1 is not a non-NUL Latin-1 character");
        assertThatThrownBy(() -> new BindTransmitter(1, "sys", "", "", InterfaceVersion.V34,
                Address.of(1, 1, "1".repeat(41)), Tlvs.empty())).hasMessage("address_range: 41 > 40");
        assertThatThrownBy(() -> Address.of(256, 0, "")).hasMessageContaining("ton");
    }

    @Test
    void bindToStringHidesThePassword() {
        BindTransmitter bind = new BindTransmitter(1, "sys", "s3cr3tpw", "", InterfaceVersion.V34, Address.EMPTY,
                Tlvs.empty());
        assertThat(bind.toString()).contains("sys").doesNotContain("s3cr3tpw");
        assertThat(new io.github.smppkit.codec.pdu.Outbind(1, "sys", "s3cr3tpw", Tlvs.empty()).toString())
                .doesNotContain("s3cr3tpw");
    }
}
