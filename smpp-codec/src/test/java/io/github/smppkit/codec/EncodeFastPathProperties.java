package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * submit_sm and deliver_sm are sized and written by a path of their own, in one pass when a heap buffer has room for
 * any such PDU. It must give exactly the octets of the spec layout (written here field by field, independently of
 * the codec), on every kind of buffer, and must refuse a buffer with too little room, or a PDU over an emit limit,
 * without writing.
 */
class EncodeFastPathProperties {

    private static final PduCodec CODEC = PduCodec.defaults();

    @Property(tries = 400)
    void shortMessagePdusAreWrittenInTheSpecLayoutIntoEveryKindOfBuffer(@ForAll("shortMessagePdu") Pdu p,
            @ForAll @IntRange(max = 40) int offset, @ForAll boolean littleEndian) {
        byte[] expected = reference(p);
        assertThat(CODEC.encodedLength(p)).isEqualTo(expected.length);
        assertThat(CODEC.encode(p)).isEqualTo(expected);

        // heap buffers whose array starts before the buffer, so that array indexes differ from buffer indexes: one
        // with room for any submit_sm (written in one pass), one with a few octets more than this PDU (sized first)
        ByteBuffer roomy = ByteBuffer.wrap(new byte[offset + 2048], offset, 2000).slice();
        ByteBuffer tight = ByteBuffer.wrap(new byte[offset + expected.length + 50], offset, expected.length + 40)
                .slice();
        ByteBuffer direct = ByteBuffer.allocateDirect(offset + expected.length + 3)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        for (ByteBuffer dst : new ByteBuffer[] {roomy.position(offset % 7), tight.position(offset % 7),
                direct.position(offset)}) {
            int start = dst.position();
            int written = CODEC.encode(p, dst);
            assertThat(written).isEqualTo(expected.length);
            assertThat(dst.position()).isEqualTo(start + expected.length);
            byte[] out = new byte[expected.length];
            dst.get(start, out);
            assertThat(out).as("octets in a %s buffer of %d octets", dst.isDirect() ? "direct" : "heap",
                    dst.capacity()).isEqualTo(expected);
        }

        ByteBuffer readOnly = ByteBuffer.allocate(expected.length).asReadOnlyBuffer();
        assertThatThrownBy(() -> CODEC.encode(p, readOnly)).isInstanceOf(ReadOnlyBufferException.class);
    }

    @Property(tries = 200)
    void aTooSmallBufferIsRefusedBeforeAnythingIsWritten(@ForAll("shortMessagePdu") Pdu p) {
        int length = CODEC.encodedLength(p);
        byte[] array = new byte[length + 10];
        ByteBuffer dst = ByteBuffer.wrap(array, 11, length - 1);
        String message = "dst: " + (length - 1) + " octets remaining, " + length + " needed";
        assertThatThrownBy(() -> CODEC.encode(p, dst)).hasMessage(message);
        assertThat(array).containsOnly(0);
        assertThat(dst.position()).isEqualTo(11);
    }

    @Property(tries = 200)
    void theEmitLimitsHoldInABufferWithRoomForAnySubmitSm(@ForAll("shortMessagePdu") Pdu p) {
        byte[] expected = reference(p);
        int length = expected.length;
        byte[] array = new byte[4096];
        ByteBuffer roomy = ByteBuffer.wrap(array, 5, 4000);

        PduCodec justEnough = PduCodec.of(CodecConfig.builder().maxCommandLength(length).build());
        assertThat(justEnough.encode(p, roomy)).isEqualTo(length);
        assertThat(Arrays.copyOfRange(array, 5, 5 + length)).isEqualTo(expected);

        Arrays.fill(array, (byte) 0);
        roomy.position(5);
        PduCodec oneShort = PduCodec.of(CodecConfig.builder().maxCommandLength(length - 1).build());
        assertThatThrownBy(() -> oneShort.encode(p, roomy))
                .hasMessage("command_length: " + length + " > " + (length - 1));
        int sm = p instanceof SubmitSm ? ((SubmitSm) p).shortMessage().size() : ((DeliverSm) p).shortMessage().size();
        if (sm > 0) {
            PduCodec smOneShort = PduCodec.of(CodecConfig.builder().maxShortMessageLength(sm - 1).build());
            assertThatThrownBy(() -> smOneShort.encode(p, roomy)).hasMessage("short_message: " + sm + " > " + (sm - 1));
        }
        assertThat(array).containsOnly(0);
        assertThat(roomy.position()).isEqualTo(5);
    }

    @Provide
    Arbitrary<Pdu> shortMessagePdu() {
        return Arbitraries.oneOf(PduArbitraries.submitSm(), PduArbitraries.deliverSm());
    }

    /** The submit_sm / deliver_sm layout of reference §4.4.1 / §4.6.1, octet by octet. */
    private static byte[] reference(Pdu p) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int id;
        if (p instanceof SubmitSm) {
            SubmitSm m = (SubmitSm) p;
            id = 0x00000004;
            fields(body, m.serviceType(), m.source(), m.destination(), m.esmClass().value(), m.protocolId(),
                    m.priorityFlag(), m.scheduleDeliveryTime(), m.validityPeriod());
            tail(body, m.registeredDelivery().value(), m.replaceIfPresentFlag(), m.dataCoding().value(),
                    m.smDefaultMsgId(), m.shortMessage(), m.tlvs());
        } else {
            DeliverSm m = (DeliverSm) p;
            id = 0x00000005;
            fields(body, m.serviceType(), m.source(), m.destination(), m.esmClass().value(), m.protocolId(),
                    m.priorityFlag(), m.scheduleDeliveryTime(), m.validityPeriod());
            tail(body, m.registeredDelivery().value(), m.replaceIfPresentFlag(), m.dataCoding().value(),
                    m.smDefaultMsgId(), m.shortMessage(), m.tlvs());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int32(out, 16 + body.size());
        int32(out, id);
        int32(out, 0);
        int32(out, p.sequenceNumber());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void fields(ByteArrayOutputStream out, String svc, Address src, Address dst, int esm, int pid,
            int prio, String sched, String valid) {
        cString(out, svc);
        address(out, src);
        address(out, dst);
        out.write(esm);
        out.write(pid);
        out.write(prio);
        cString(out, sched);
        cString(out, valid);
    }

    private static void tail(ByteArrayOutputStream out, int reg, int replace, int dc, int dflt, Bytes sm,
            Tlvs tlvs) {
        out.write(reg);
        out.write(replace);
        out.write(dc);
        out.write(dflt);
        out.write(sm.size());
        out.writeBytes(sm.toByteArray());
        for (Tlv t : tlvs) {
            out.write(t.tag() >>> 8);
            out.write(t.tag());
            out.write(t.value().size() >>> 8);
            out.write(t.value().size());
            out.writeBytes(t.value().toByteArray());
        }
    }

    private static void address(ByteArrayOutputStream out, Address a) {
        out.write(a.ton().value());
        out.write(a.npi().value());
        cString(out, a.value());
    }

    private static void cString(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
