package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PduCodec#decode} catches any RuntimeException of its body parsers and answers Malformed, so a test
 * that only checks "no exception" cannot see a parser bug; this check can.
 */
public final class SafetyNet {

    private SafetyNet() {
    }

    /** Asserts the result was given by the decoder itself, not by its last-resort catch. */
    public static void assertNotTripped(DecodeResult result) {
        if (result instanceof DecodeResult.Malformed m) {
            assertThat(m.reason()).as("a decoder exception caught by the safety net")
                    .doesNotStartWith(PduCodec.SAFETY_NET_REASON);
        }
    }
}
