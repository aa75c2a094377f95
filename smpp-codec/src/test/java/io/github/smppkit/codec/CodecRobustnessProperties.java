package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.DecodeResult.Malformed;
import io.github.smppkit.codec.DecodeResult.NeedMore;
import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandId;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The decoder never throws on wire input (and {@link PduFramer} frames exactly as it does), consumes exactly one frame or nothing, and never reads past
 * command_length (reference §2.4; issue 3). Frames are placed at an offset inside larger buffers with garbage
 * around them, so a read outside the frame would change the result.
 */
class CodecRobustnessProperties {

    private static final PduCodec CODEC = PduCodec.defaults();
    private static final PduCodec STRICT = PduCodec.of(CodecConfig.builder().strictness(Strictness.STRICT).build());

    /**
     * Half of the arrays carry their own length as command_length: random octets there almost always fail the
     * length check, so the body parsers would otherwise rarely see them.
     */
    @Property(tries = 10_000)
    void anyBytesDecodeWithoutThrowing(@ForAll @Size(max = 300) byte[] bytes, @ForAll boolean framed) {
        if (framed && bytes.length >= 4) {
            ByteBuffer.wrap(bytes).putInt(0, bytes.length);
        }
        checkInvariants(ByteBuffer.wrap(bytes), CODEC);
    }

    /** Random bodies behind a plausible header reach every body parser, not just the length check. */
    @Property(tries = 5000)
    void anyBodyBehindAKnownCommandDecodesWithoutThrowing(@ForAll("knownCommandIds") int commandId,
            @ForAll int status, @ForAll int seq, @ForAll @Size(max = 120) byte[] body, @ForAll boolean ok) {
        ByteBuffer b = ByteBuffer.allocate(16 + body.length);
        b.putInt(16 + body.length).putInt(commandId).putInt(ok ? 0 : status).putInt(seq).put(body).flip();
        DecodeResult r = checkInvariants(b, CODEC);
        assertThat(r).isNotInstanceOf(NeedMore.class);
        assertThat(CODEC.decode(ByteBuffer.wrap(b.array()))).isEqualTo(r);
    }

    @Provide
    Arbitrary<Integer> knownCommandIds() {
        return Arbitraries.of(CommandId.class).map(CommandId::id);
    }

    /** Every strict prefix gives NeedMore with the exact missing count (16 minus what is there below 4 octets). */
    @Property(tries = 10_000)
    void everyStrictPrefixNeedsMore(@ForAll("anyPdu") Pdu p, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] wire = CODEC.encode(p);
        int n = cut % wire.length;
        ByteBuffer b = ByteBuffer.allocate(n + 8);
        b.position(8);
        b.put(wire, 0, n);
        b.flip().position(8);
        DecodeResult r = CODEC.decode(b);
        int expected = n < 4 ? 16 - n : wire.length - n;
        assertThat(r).isEqualTo(new NeedMore(expected));
        assertThat(b.position()).isEqualTo(8);
        assertThat(b.limit()).isEqualTo(8 + n);
    }

    /** Any truncation of a frame whose command_length is kept gives NeedMore and consumes nothing. */
    @Property(tries = 10_000)
    void truncationNeverDecodesOrConsumes(@ForAll("anyPdu") Pdu p, @ForAll @IntRange(min = 0) int cut) {
        byte[] wire = CODEC.encode(p);
        byte[] prefix = Arrays.copyOf(wire, cut % wire.length);
        ByteBuffer b = ByteBuffer.wrap(prefix);
        assertThat(CODEC.decode(b)).isInstanceOf(NeedMore.class);
        assertThat(b.position()).isZero();
    }

    /**
     * A body cut short with command_length set to the cut (a frame that says it is whole) is answered by the
     * body parsers, lenient or strict, as decoded or malformed, never by the safety net; the octets of the
     * original frame left behind the cut change nothing.
     */
    @Property(tries = 10_000)
    void truncatedBodyWithConsistentLengthIsAnsweredCleanly(@ForAll("anyPdu") Pdu p,
            @ForAll @IntRange(min = 0) int cut) {
        byte[] wire = CODEC.encode(p);
        Assume.that(wire.length > 16);
        int c = 16 + cut % (wire.length - 16);
        ByteBuffer.wrap(wire).putInt(0, c);
        for (PduCodec codec : List.of(CODEC, STRICT)) {
            DecodeResult exact = checkInvariants(ByteBuffer.wrap(Arrays.copyOf(wire, c)), codec);
            assertThat(exact).isNotInstanceOf(NeedMore.class);
            assertThat(exact instanceof Decoded d ? d.frameLength() : ((Malformed) exact).frameLength())
                    .isEqualTo(c);
            assertThat(checkInvariants(ByteBuffer.wrap(wire), codec)).isEqualTo(exact);
        }
    }

    /**
     * A single-octet mutation of a valid PDU: no exception, exactly one frame or nothing consumed, and the same
     * result whatever surrounds the frame when the (possibly mutated) command_length still lies inside it.
     */
    @Property(tries = 10_000)
    void singleByteMutationNeverThrowsNorReadsPastTheFrame(@ForAll("mutations") Mutation m) {
        byte[] frame = m.frame();
        ByteBuffer first = embed(frame, m.garbageBefore(), m.garbageAfter());
        ByteBuffer second = embed(frame, new byte[0], m.garbageBefore());
        DecodeResult r1 = checkInvariants(first, CODEC);
        DecodeResult r2 = checkInvariants(second, CODEC);
        long declared = ByteBuffer.wrap(frame).getInt(0) & 0xFFFFFFFFL;
        if (declared <= frame.length) {
            assertThat(r1).isEqualTo(r2);
            ByteBuffer exact = ByteBuffer.wrap(Arrays.copyOf(frame, (int) Math.max(declared, 16)));
            assertThat(CODEC.decode(exact)).isEqualTo(r1);
        }
    }

    /** A mutated valid frame, with garbage to place before and after it. */
    record Mutation(byte[] frame, byte[] garbageBefore, byte[] garbageAfter) {
    }

    /**
     * 10,000 mutations drawn from 2,000 generated PDUs of every type, encoded once: generating a fresh PDU per try
     * would cost most of the run time without finding more.
     */
    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        return Combinators.combine(Arbitraries.of(Frames.POOL), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(0, 255), garbage, garbage)
                .as((valid, index, value, before, after) -> {
                    byte[] frame = valid.clone();
                    // bias toward the header and the first fields, where the framing decisions are made
                    int i = index % 3 == 0 ? index % Math.min(frame.length, 20) : index % frame.length;
                    frame[i] = (byte) value.intValue();
                    return new Mutation(frame, before, after);
                });
    }

    /** Encoded generated PDUs, built on first use. */
    private static final class Frames {
        static final List<byte[]> POOL = PduArbitraries.anyPdu().sampleStream().limit(2_000).map(CODEC::encode)
                .collect(Collectors.toList());
    }

    @Provide
    Arbitrary<Pdu> anyPdu() {
        return PduArbitraries.anyPdu();
    }

    /** Copies the frame between two garbage runs and returns a buffer positioned at the frame. */
    static ByteBuffer embed(byte[] frame, byte[] before, byte[] after) {
        ByteBuffer b = ByteBuffer.allocate(before.length + frame.length + after.length);
        b.put(before).put(frame).put(after).flip();
        b.position(before.length);
        return b;
    }

    /** Decodes once and checks the consumption rules of STYLE §2; returns the result. */
    static DecodeResult checkInvariants(ByteBuffer b, PduCodec codec) {
        int start = b.position();
        int limit = b.limit();
        long declared = b.remaining() >= 4 ? b.getInt(start) & 0xFFFFFFFFL : -1;
        int framed = PduFramer.frameLength(b, start, codec.config().maxCommandLength());
        DecodeResult r = codec.decode(b);
        assertThat(r).isNotNull();
        assertThat(b.limit()).isEqualTo(limit);
        if (r instanceof NeedMore) {
            assertThat(b.position()).isEqualTo(start);
            assertThat(((NeedMore) r).bytesNeeded()).isPositive();
            assertThat(framed).isEqualTo(PduFramer.NEED_MORE);
        } else if (r instanceof Decoded) {
            int len = ((Decoded) r).frameLength();
            assertThat((long) len).isEqualTo(declared);
            assertThat(framed).isEqualTo(len);
            assertThat(b.position()).isEqualTo(start + len).isLessThanOrEqualTo(limit);
        } else {
            Malformed m = (Malformed) r;
            assertThat(m.status()).isNotNull();
            assertThat(m.reaction()).isNotNull();
            assertThat(m.reason()).isNotEmpty();
            SafetyNet.assertNotTripped(m);
            if (declared < 16 || declared > codec.config().maxCommandLength()) {
                assertThat(m.frameLength()).isZero();
                assertThat(framed).isEqualTo(declared < 16 ? PduFramer.TOO_SHORT : PduFramer.TOO_LONG);
            } else {
                assertThat((long) m.frameLength()).isEqualTo(declared);
                assertThat(framed).isEqualTo(m.frameLength());
            }
            assertThat(b.position()).isEqualTo(start + m.frameLength()).isLessThanOrEqualTo(limit);
        }
        return r;
    }
}
