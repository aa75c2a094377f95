package io.github.smppkit.codec.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.type.Bytes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Heap buffers are parsed and written through their arrays; direct and read-only buffers (no accessible array)
 * through a copy of the frame or absolute puts. Both paths must give exactly the same views, records and octets.
 */
class BufferKindProperties {

    private static final PduCodec CODEC = PduCodec.defaults();
    private final SubmitSmView heapView = new SubmitSmView();
    private final SubmitSmView otherView = new SubmitSmView();
    private final TlvCursor heapCursor = new TlvCursor();
    private final TlvCursor otherCursor = new TlvCursor();
    private final HeaderView headerView = new HeaderView();

    @Property(tries = 500)
    void viewsReadTheSameFromEveryKindOfBuffer(@ForAll("submitSm") SubmitSm p, @ForAll @IntRange(max = 40) int offset,
            @ForAll boolean direct) {
        byte[] wire = CODEC.encode(p);
        ByteBuffer heap = ByteBuffer.allocate(offset + wire.length + 3);
        heap.put(offset, wire);
        ByteBuffer other = direct ? ByteBuffer.allocateDirect(heap.capacity()).put(heap.duplicate()).clear()
                : heap.asReadOnlyBuffer();
        SubmitSmView h = heapView.wrap(heap, offset, wire.length);
        SubmitSmView o = otherView.wrap(other, offset, wire.length);
        assertThat(o.valid()).isTrue();
        assertThat(fields(o)).isEqualTo(fields(h));
        assertThat(o.toRecord()).isEqualTo(p);
        assertThat(tlvs(o.tlvs(otherCursor), other)).isEqualTo(tlvs(h.tlvs(heapCursor), heap));
        assertThat(tlvs(otherCursor.reset(other, o.tlvsOffset(), o.tlvsLength()), other))
                .isEqualTo(tlvs(heapCursor.reset(heap, h.tlvsOffset(), h.tlvsLength()), heap));
    }

    /** Every type of PDU, written to a direct buffer of either byte order, read back by the decoder and HeaderView. */
    @Property(tries = 500)
    void encodingAndDecodingAgreeOnEveryKindOfBuffer(@ForAll("anyPdu") Pdu p, @ForAll @IntRange(max = 40) int offset,
            @ForAll boolean littleEndian) {
        byte[] wire = CODEC.encode(p);
        ByteBuffer direct = ByteBuffer.allocateDirect(offset + wire.length + 5);
        direct.order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).position(offset);
        assertThat(CODEC.encode(p, direct)).isEqualTo(wire.length);
        assertThat(direct.position()).isEqualTo(offset + wire.length);
        byte[] written = new byte[wire.length];
        direct.get(offset, written);
        assertThat(written).isEqualTo(wire);

        DecodeResult fromHeap = CODEC.decode(ByteBuffer.wrap(wire));
        assertThat(CODEC.decode(direct.position(offset))).isEqualTo(fromHeap);
        assertThat(CODEC.decode(ByteBuffer.wrap(wire).asReadOnlyBuffer())).isEqualTo(fromHeap);

        ViewProperties.assertHeader(headerView, direct, offset, p);
        ViewProperties.assertHeader(headerView, ByteBuffer.wrap(wire), 0, p);
        ViewProperties.assertHeader(headerView, ByteBuffer.wrap(wire).asReadOnlyBuffer(), 0, p);
    }

    private static List<Object> fields(SubmitSmView v) {
        return List.of(v.sequenceNumber(), v.commandStatus(), v.serviceType(), v.sourceAddrTon(), v.sourceAddrNpi(),
                v.sourceAddrOffset(), v.sourceAddrLength(), v.sourceAddr(), v.destAddrTon(), v.destAddrNpi(),
                v.destinationAddrOffset(), v.destinationAddrLength(), v.destinationAddr(), v.esmClass(),
                v.protocolId(), v.priorityFlag(), v.scheduleDeliveryTime(), v.validityPeriod(),
                v.registeredDelivery(), v.replaceIfPresentFlag(), v.dataCoding(), v.smDefaultMsgId(), v.smLength(),
                v.shortMessageOffset(), v.shortMessageLength(), v.tlvsOffset(), v.tlvsLength());
    }

    /** Each TLV with its value read through the cursor and, at its absolute offset, from the buffer itself. */
    private static List<Object> tlvs(TlvCursor c, ByteBuffer buffer) {
        List<Object> out = new ArrayList<>();
        while (c.next()) {
            byte[] value = new byte[c.length()];
            buffer.get(c.valueOffset(), value);
            out.add(new Tlv(c.tag(), c.value()));
            out.add(List.of(c.intValue(-1), Bytes.of(value)));
        }
        return out;
    }

    @Provide
    Arbitrary<SubmitSm> submitSm() {
        return PduArbitraries.submitSm();
    }

    @Provide
    Arbitrary<Pdu> anyPdu() {
        return PduArbitraries.anyPdu();
    }
}
