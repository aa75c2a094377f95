package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private final PduCodec codec = PduCodec.defaults();

    @Test
    void everyCommandHasASample() {
        Set<CommandId> seen = EnumSet.noneOf(CommandId.class);
        for (Pdu p : SamplePdus.all()) {
            seen.add(p.commandId());
        }
        assertThat(seen).containsExactlyInAnyOrder(CommandId.values());
    }

    @Test
    void encodeThenDecodeGivesTheSameRecord() {
        for (Pdu p : SamplePdus.all()) {
            byte[] wire = codec.encode(p);
            assertThat(wire.length).as(p.commandId().specName()).isEqualTo(codec.encodedLength(p));
            assertThat(ByteBuffer.wrap(wire).getInt(0)).isEqualTo(wire.length);
            assertThat(ByteBuffer.wrap(wire).getInt(4)).isEqualTo(p.commandId().id());
            ByteBuffer buf = ByteBuffer.wrap(wire);
            DecodeResult r = codec.decode(buf);
            assertThat(r).as(p.commandId().specName()).isEqualTo(new Decoded(p, wire.length));
            assertThat(buf.hasRemaining()).isFalse();
        }
    }

    @Test
    void encodeIntoReusedBufferWritesAtPositionWhateverTheByteOrder() {
        ByteBuffer dst = ByteBuffer.allocateDirect(4096).order(ByteOrder.LITTLE_ENDIAN);
        int total = 0;
        for (Pdu p : SamplePdus.all()) {
            dst.put((byte) 0x55);
            int n = codec.encode(p, dst);
            assertThat(n).isEqualTo(codec.encodedLength(p));
            total += n + 1;
            assertThat(dst.position()).isEqualTo(total);
        }
        dst.flip();
        for (Pdu p : SamplePdus.all()) {
            assertThat(dst.get()).isEqualTo((byte) 0x55);
            DecodeResult r = codec.decode(dst);
            assertThat(((Decoded) r).pdu()).isEqualTo(p);
        }
        assertThat(dst.hasRemaining()).isFalse();
    }

    @Test
    void streamOfConcatenatedPdusDecodesInOrder() {
        ByteBuffer all = ByteBuffer.allocate(8192);
        for (Pdu p : SamplePdus.all()) {
            codec.encode(p, all);
        }
        all.flip();
        for (Pdu p : SamplePdus.all()) {
            assertThat(((Decoded) codec.decode(all)).pdu()).isEqualTo(p);
        }
        assertThat(codec.decode(all)).isEqualTo(new DecodeResult.NeedMore(16));
    }

    @Test
    void requestsBuildTheirResponses() {
        for (Pdu p : SamplePdus.all()) {
            if (p instanceof Request) {
                Request<?> req = (Request<?>) p;
                Response resp = req.response(CommandStatus.ESME_RTHROTTLED);
                assertThat(resp.commandId()).isEqualTo(p.commandId().response());
                assertThat(resp.sequenceNumber()).isEqualTo(p.sequenceNumber());
                assertThat(resp.status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
                assertThat(req.responseType()).isInstanceOf(Class.class).isEqualTo(resp.getClass());
                assertThat(codec.encode(resp)).hasSize(16);
            }
            Pdu renumbered = p.withSequenceNumber(4242);
            assertThat(renumbered.sequenceNumber()).isEqualTo(4242);
            assertThat(renumbered.withSequenceNumber(p.sequenceNumber())).isEqualTo(p);
            assertThat(renumbered.getClass()).isEqualTo(p.getClass());
        }
    }

    @Test
    void requestsAreEncodedWithStatusZero() {
        byte[] wire = codec.encode(SamplePdus.submitSm());
        assertThat(ByteBuffer.wrap(wire).getInt(8)).isZero();
    }
}
