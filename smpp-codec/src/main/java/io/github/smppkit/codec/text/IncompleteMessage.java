package io.github.smppkit.codec.text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A concatenated message the {@link Reassembler} gave up on; reported, never dropped silently.
 *
 * <p>Thread-safety: immutable.
 *
 * @param source source address
 * @param destination destination address
 * @param reference the concatenation reference
 * @param total the announced number of parts
 * @param parts the parts received, in sequence order
 * @param firstSeen when the first part arrived
 * @param reason why it was given up
 * @since 0.1.0
 */
public record IncompleteMessage(String source, String destination, int reference, int total, List<InboundPart> parts,
        Instant firstSeen, Reason reason) {

    /** Why an incomplete message was given up. */
    public enum Reason {
        /** Older than the configured maximum age. */
        EXPIRED,
        /** Pushed out because the maximum number of pending messages was reached (oldest first). */
        EVICTED,
        /** A part with the same reference but another total arrived: a new message reuses the reference. */
        SUPERSEDED,
        /** Still waiting for parts when {@link Reassembler#drain()} gave up everything, e.g. as the receiver stopped. */
        PENDING
    }

    /** Validates and copies. */
    public IncompleteMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(reason, "reason");
        parts = List.copyOf(parts);
    }
}
