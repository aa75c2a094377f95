package io.github.smppkit.codec.text;

import io.github.smppkit.codec.type.Bytes;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete inbound message.
 *
 * <p>Thread-safety: immutable.
 *
 * @param source source address
 * @param destination destination address
 * @param dataCoding data_coding of the first part
 * @param parts number of parts it came in
 * @param payload the user data of all parts without their UDHs, in order (still packed for packed GSM)
 * @param text the decoded text; empty for binary, compressed or unsupported alphabets
 * @since 0.1.0
 */
public record ReassembledMessage(String source, String destination, DataCodingScheme dataCoding, int parts,
        Bytes payload, Optional<String> text) {

    /** Validates. */
    public ReassembledMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(dataCoding, "dataCoding");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(text, "text");
    }
}
