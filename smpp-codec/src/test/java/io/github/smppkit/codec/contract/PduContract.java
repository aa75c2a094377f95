package io.github.smppkit.codec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.Strictness;
import io.github.smppkit.codec.pdu.Pdu;
import java.nio.ByteBuffer;

/** Shared checks that every generated PDU must pass; used by the per-type properties. */
public final class PduContract {

    private static final PduCodec CODEC = PduCodec.defaults();
    private static final PduCodec STRICT = PduCodec.of(CodecConfig.builder().strictness(Strictness.STRICT).build());

    private PduContract() {
    }

    /**
     * decode(encode(p)) equals p, consumes exactly the frame and, the bytes being canonical,
     * encode(decode(b)) gives b again.
     */
    public static void roundTrip(Pdu p) {
        byte[] wire = CODEC.encode(p);
        assertThat(wire.length).isEqualTo(CODEC.encodedLength(p));
        assertThat(ByteBuffer.wrap(wire).getInt(0)).isEqualTo(wire.length);
        assertThat(ByteBuffer.wrap(wire).getInt(4)).isEqualTo(p.commandId().id());
        assertThat(ByteBuffer.wrap(wire).getInt(12)).isEqualTo(p.sequenceNumber());

        // misuse is checked before writing: a buffer one octet short is left untouched
        ByteBuffer small = ByteBuffer.allocate(wire.length - 1);
        assertThatThrownBy(() -> CODEC.encode(p, small)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dst");
        assertThat(small.position()).isZero();
        assertThat(small.array()).containsOnly((byte) 0);

        ByteBuffer in = ByteBuffer.wrap(wire);
        Pdu decoded = decoded(CODEC.decode(in), wire.length);
        assertThat(in.position()).isEqualTo(wire.length);
        assertThat(decoded).isEqualTo(p);
        assertThat(CODEC.encode(decoded)).isEqualTo(wire);
        // the generated TLVs respect their length rules, so the strict decoder agrees
        assertThat(decoded(STRICT.decode(ByteBuffer.wrap(wire)), wire.length)).isEqualTo(p);
    }

    /** Asserts the result is a decoded frame of the given length and returns its PDU. */
    public static Pdu decoded(DecodeResult r, int frameLength) {
        assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
        DecodeResult.Decoded d = (DecodeResult.Decoded) r;
        assertThat(d.frameLength()).isEqualTo(frameLength);
        return d.pdu();
    }
}
