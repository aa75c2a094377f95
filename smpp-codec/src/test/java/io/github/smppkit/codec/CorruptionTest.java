package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.DecodeResult.Malformed;
import io.github.smppkit.codec.DecodeResult.NeedMore;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorruptionTest {

    /** Vector 7 of reference §14: submit_sm seq 7, "447700900123" to "447700900456", "Hello". */
    private static final String V7 = "0000003e000000040000000000000007000101343437373030393030313233000101"
            + "34343737303039303034353600000000000001000000054" + "8656c6c6f";

    private final PduCodec codec = PduCodec.defaults();

    private static byte[] hex(String h) {
        return Bytes.fromHex(h).toByteArray();
    }

    private static byte[] withLength(byte[] pdu, int length) {
        ByteBuffer.wrap(pdu).putInt(0, length);
        return pdu;
    }

    private Malformed malformed(byte[] wire) {
        ByteBuffer buf = ByteBuffer.wrap(wire);
        DecodeResult r = codec.decode(buf);
        assertThat(r).isInstanceOf(Malformed.class);
        Malformed m = (Malformed) r;
        assertThat(buf.position()).isEqualTo(m.frameLength());
        return m;
    }

    @Test
    void everyStrictPrefixNeedsMoreAndConsumesNothing() {
        for (Pdu p : SamplePdus.all()) {
            byte[] wire = codec.encode(p);
            for (int n = 0; n < wire.length; n++) {
                ByteBuffer buf = ByteBuffer.wrap(wire, 0, n).slice();
                DecodeResult r = codec.decode(buf);
                assertThat(r).isInstanceOf(NeedMore.class);
                int needed = ((NeedMore) r).bytesNeeded();
                assertThat(needed).isPositive().isLessThanOrEqualTo(wire.length - n + 16);
                if (n >= 4) {
                    assertThat(needed).isEqualTo(wire.length - n);
                }
                assertThat(buf.position()).isZero();
            }
        }
    }

    @Test
    void shortMessageRunningPastTheEndIsInvalidMessageLength() {
        byte[] wire = withLength(hex(V7), 0x3e - 2);
        Malformed m = malformed(java.util.Arrays.copyOf(wire, 0x3e - 2));
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVMSGLEN);
        assertThat(m.reaction()).isEqualTo(Reaction.ERROR_RESPONSE);
        assertThat(m.sequenceNumber()).isEqualTo(7);
        assertThat(m.commandId()).isEqualTo(4);
        assertThat(m.frameLength()).isEqualTo(0x3e - 2);
    }

    @Test
    void missingNulInSourceAddrIsInvalidSourceAddress() {
        byte[] wire = hex(V7);
        wire[16 + 1 + 2 + 12] = '1';
        Malformed m = malformed(wire);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVSRCADR);
        assertThat(m.reason()).contains("source_addr");
    }

    @Test
    void bodyCutInsideAStringIsMalformed() {
        byte[] wire = java.util.Arrays.copyOf(withLength(hex(V7), 24), 24);
        Malformed m = malformed(wire);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVSRCADR);
        Malformed empty = malformed(java.util.Arrays.copyOf(withLength(hex(V7), 16), 16));
        assertThat(empty.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(empty.reaction()).isEqualTo(Reaction.ERROR_RESPONSE);
    }

    @Test
    void strayOctetsAfterTheBodyAreInvalidTlvStream() {
        for (int extra = 1; extra <= 3; extra++) {
            byte[] wire = java.util.Arrays.copyOf(hex(V7), 0x3e + extra);
            withLength(wire, 0x3e + extra);
            assertThat(malformed(wire).status()).isEqualTo(CommandStatus.ESME_RINVTLVSTREAM);
        }
    }

    @Test
    void truncatedTlvIsInvalidTlvStream() {
        byte[] wire = codec.encode(SamplePdus.deliverSm());
        byte[] cut = java.util.Arrays.copyOf(wire, wire.length - 1);
        withLength(cut, cut.length);
        Malformed m = malformed(cut);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVTLVSTREAM);
        assertThat(m.sequenceNumber()).isEqualTo(8);
    }

    @Test
    void badTimeFieldLengthIsInvalidSchedule() {
        SubmitSm ok = SamplePdus.submitSm();
        byte[] wire = codec.encode(ok);
        int at = 16 + 4 + 2 + 13 + 2 + 13 + 3;
        assertThat(wire[at]).isEqualTo((byte) '2');
        wire[at + 5] = 0;
        Malformed m = malformed(wire);
        assertThat(m.status()).isIn(CommandStatus.ESME_RINVSCHED, CommandStatus.ESME_RINVEXPIRY);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVSCHED);
    }

    @Test
    void badDestFlagIsInvalidDestFlag() {
        byte[] wire = codec.encode(SamplePdus.all().stream()
                .filter(p -> p.commandId() == io.github.smppkit.codec.type.CommandId.SUBMIT_MULTI).findFirst()
                .orElseThrow());
        int flag = 16 + 1 + 2 + 13 + 1;
        assertThat(wire[flag]).isEqualTo((byte) 1);
        wire[flag] = 3;
        Malformed m = malformed(wire);
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVDESTFLAG);
        assertThat(m.reaction()).isEqualTo(Reaction.ERROR_RESPONSE);
    }

    @Test
    void unknownRequestIsGenericNackAndUnknownResponseIsDiscarded() {
        Malformed req = malformed(hex("000000140000005000000000000000090102030400"));
        assertThat(req).isEqualTo(new Malformed(0x50, 9, CommandStatus.ESME_RINVCMDID, Reaction.GENERIC_NACK,
                req.reason(), 0x14));
        Malformed resp = malformed(hex("00000010800000500000000000000009"));
        assertThat(resp.reaction()).isEqualTo(Reaction.DISCARD);
        assertThat(resp.frameLength()).isEqualTo(16);
        Malformed vendor = malformed(hex("0000001001000001000000000000000a"));
        assertThat(vendor.reaction()).isEqualTo(Reaction.GENERIC_NACK);
        assertThat(vendor.sequenceNumber()).isEqualTo(10);
    }

    @Test
    void malformedResponseWithOkStatusIsNackedButErrorResponsesKeepTheirHeader() {
        Malformed m = malformed(hex("0000001280000004000000000000000c4142"));
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVMSGID);
        assertThat(m.reaction()).isEqualTo(Reaction.GENERIC_NACK);
        DecodeResult lenient = codec.decode(ByteBuffer.wrap(hex("0000001280000004000000080000000c4142")));
        assertThat(lenient).isEqualTo(new Decoded(
                io.github.smppkit.codec.pdu.SubmitSmResp.of(12, CommandStatus.ESME_RSYSERR), 18));
    }

    @Test
    void strictRejectsAWrongLengthOfAKnownTlvWhileLenientKeepsIt() {
        String twoOctetTotal = "0000001780000004000000000000000100020e00020002";
        PduCodec strict = PduCodec.of(CodecConfig.builder().strictness(Strictness.STRICT).build());
        Malformed m = (Malformed) strict.decode(ByteBuffer.wrap(hex(twoOctetTotal)));
        assertThat(m.status()).isEqualTo(CommandStatus.ESME_RINVTLVLEN);
        Decoded d = (Decoded) codec.decode(ByteBuffer.wrap(hex(twoOctetTotal)));
        assertThat(d.pdu().tlvs().get(StandardTlvs.SAR_TOTAL_SEGMENTS)).isEmpty();
        assertThat(d.pdu().tlvs().find(0x020e).orElseThrow().value()).isEqualTo(Bytes.fromHex("0002"));
        assertThat(Bytes.of(codec.encode(d.pdu())).toHex()).isEqualTo(twoOctetTotal);
    }

    @Test
    void requestsWithNonZeroStatusAreAccepted() {
        byte[] wire = hex(V7);
        wire[11] = 0x58;
        assertThat(((Decoded) codec.decode(ByteBuffer.wrap(wire))).pdu()).isEqualTo(
                ((Decoded) codec.decode(ByteBuffer.wrap(hex(V7)))).pdu());
    }

    @Test
    void randomMutationsNeverThrowAndConsumeWholeFramesOrNothing() {
        Random random = new Random(20261123L);
        for (Pdu p : SamplePdus.all()) {
            byte[] original = codec.encode(p);
            for (int round = 0; round < 300; round++) {
                byte[] wire = original.clone();
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    int at = 16 + random.nextInt(Math.max(1, wire.length - 16));
                    if (at < wire.length) {
                        wire[at] = (byte) random.nextInt(256);
                    }
                }
                if (random.nextInt(8) == 0) {
                    wire[random.nextInt(4)] = (byte) random.nextInt(256);
                }
                ByteBuffer buf = ByteBuffer.wrap(wire);
                assertThatCode(() -> {
                    DecodeResult r = codec.decode(buf);
                    int consumed = buf.position();
                    if (r instanceof Decoded) {
                        assertThat(consumed).isEqualTo(((Decoded) r).frameLength());
                    } else if (r instanceof Malformed) {
                        assertThat(consumed).isEqualTo(((Malformed) r).frameLength());
                        assertThat(((Malformed) r).status()).isNotEqualTo(CommandStatus.ESME_RSYSERR);
                    } else {
                        assertThat(consumed).isZero();
                    }
                }).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        for (int round = 0; round < 5000; round++) {
            byte[] wire = new byte[random.nextInt(80)];
            random.nextBytes(wire);
            if (wire.length >= 8 && random.nextBoolean()) {
                ByteBuffer.wrap(wire).putInt(0, wire.length);
                wire[4] = (byte) (random.nextBoolean() ? 0x80 : 0);
                wire[5] = 0;
                wire[6] = (byte) random.nextInt(2);
                wire[7] = (byte) random.nextInt(0x25);
            }
            // decode throws nothing itself: what a parser throws comes back as the safety net's answer
            SafetyNet.assertNotTripped(codec.decode(ByteBuffer.wrap(wire)));
        }
    }
}
