package io.github.smppkit.codec.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.SafetyNet;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import java.nio.ByteBuffer;

/**
 * Coverage-guided fuzzing of the decoder (run with {@code mvn -Pfuzz -pl smpp-codec test}; without
 * {@code JAZZER_FUZZ=1} Jazzer only replays its corpus). Whatever the bytes, the decoder answers without throwing
 * and without its safety net, consumes exactly the frames it reports, and what it decodes re-encodes to a PDU
 * that decodes equal (a deliver_sm with time fields, which the encoder refuses, once they are cleared).
 */
class DecoderFuzzTest {

    private static final PduCodec CODEC = PduCodec.defaults();
    /**
     * A relay's settings: error responses keep the body they came with, and the emit limits are those of the
     * decoder, so whatever decodes re-encodes.
     */
    private static final PduCodec RELAY = PduCodec.of(CodecConfig.builder().errorResponseBody(true)
            .maxShortMessageLength(255).maxEmittedAddressLength(64).build());

    @FuzzTest(maxDuration = "10m")
    void decodingAnyBytesNeverThrows(byte[] input) {
        ByteBuffer stream = ByteBuffer.wrap(input);
        while (stream.hasRemaining()) {
            int before = stream.position();
            DecodeResult result = CODEC.decode(stream);
            SafetyNet.assertNotTripped(result);
            if (result instanceof DecodeResult.NeedMore) {
                assertThat(stream.position()).isEqualTo(before);
                return;
            }
            if (result instanceof DecodeResult.Malformed malformed) {
                assertThat(stream.position()).isEqualTo(before + malformed.frameLength());
                if (malformed.frameLength() == 0) {
                    return; // framing lost: the session closes
                }
                continue;
            }
            DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
            assertThat(stream.position()).isEqualTo(before + decoded.frameLength());
            reencodes(decoded.pdu());
        }
    }

    private static void reencodes(Pdu pdu) {
        if (pdu instanceof DeliverSm d && !(d.scheduleDeliveryTime() + d.validityPeriod()).isEmpty()) {
            // kept as the peer sent them, but never sent on: both must be NULL in deliver_sm (reference §4.9)
            assertThatThrownBy(() -> RELAY.encode(d)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be NULL in deliver_sm");
            pdu = d.toBuilder().scheduleDeliveryTime("").validityPeriod("").build();
        }
        byte[] bytes = RELAY.encode(pdu);
        DecodeResult again = CODEC.decode(ByteBuffer.wrap(bytes));
        assertThat(again).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(((DecodeResult.Decoded) again).pdu()).isEqualTo(pdu);
    }
}
