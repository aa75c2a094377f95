package io.github.smppkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandId;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link SmLayout#record} and {@link SmLayout#scan} find the field ends with locals (on heap buffers, and on the
 * scan's copy of others); they must accept exactly the frames that the field by field scan accepts and build the
 * same record, on sound and on corrupted submit_sm and deliver_sm.
 */
class SmLayoutProperties {

    private static final PduCodec CODEC = PduCodec.defaults();

    @Property(tries = 1500)
    void recordAgreesWithTheLayoutScan(@ForAll("shortMessages") Pdu p,
            @ForAll @Size(max = 4) List<@From("edit") Tuple2<Integer, Byte>> edits,
            @ForAll @IntRange(max = 300) int cut, @ForAll @IntRange(max = 9) int offset, @ForAll boolean strict) {
        byte[] wire = CODEC.encode(p);
        for (Tuple2<Integer, Byte> e : edits) {
            wire[16 + e.get1() % (wire.length - 16)] = e.get2();
        }
        int length = Math.max(16, wire.length - cut % (wire.length - 15));
        ByteBuffer heap = ByteBuffer.allocate(offset + length + 2);
        heap.put(offset, wire, 0, length).putInt(offset, length);
        ByteBuffer direct = ByteBuffer.allocateDirect(heap.capacity()).put(heap.duplicate()).clear();
        int id = p.commandId().id();

        SmLayout fields = new SmLayout();
        Pdu expected = fields.begin(heap, offset, length, id) && fields.scanFields(strict) ? record(fields, id) : null;
        SmLayout l = new SmLayout();
        assertThat(l.scan(heap, offset, length, id, strict) ? record(l, id) : null).isEqualTo(expected);
        assertThat(l.error).isEqualTo(fields.error);
        assertThat(l.reason).isEqualTo(fields.reason);
        assertThat(SmLayout.record(heap, offset, length, id, strict)).isEqualTo(expected);
        assertThat(SmLayout.record(direct, offset, length, id, strict)).isEqualTo(expected);
        Statistics.label("accepted").collect(expected != null);
        // both outcomes must be common, or the agreement proves little
        Statistics.label("accepted").coverage(c -> {
            c.check(true).percentage(pct -> pct > 10);
            c.check(false).percentage(pct -> pct > 10);
        });
        if (edits.isEmpty() && cut == 0) {
            assertThat(expected).isEqualTo(p);
        }
    }

    private static Pdu record(SmLayout l, int id) {
        return id == CommandId.SUBMIT_SM.id() ? l.toSubmitSm() : l.toDeliverSm();
    }

    @Provide
    Arbitrary<Pdu> shortMessages() {
        return Arbitraries.oneOf(PduArbitraries.submitSm(), PduArbitraries.deliverSm());
    }

    @Provide
    Arbitrary<Tuple2<Integer, Byte>> edit() {
        Arbitrary<Byte> value = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just((byte) 0)),
                Tuple.of(1, Arbitraries.bytes()), Tuple.of(1, Arbitraries.of((byte) 16, (byte) 17, (byte) 0xFF)));
        return Arbitraries.integers().between(0, 400).flatMap(i -> value.map(v -> Tuple.of(i, v)));
    }
}
