package io.github.smppkit.codec.text;

import java.util.Objects;

/**
 * What {@link Reassembler#accept(InboundPart)} did with a part.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public sealed interface ReassemblyResult {

    /**
     * The part completed a message (or was a message on its own).
     *
     * @param message the message
     */
    record Complete(ReassembledMessage message) implements ReassemblyResult {
        /** Validates. */
        public Complete {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The part was stored; more are needed.
     *
     * @param received distinct parts held for this message
     * @param total the announced number of parts
     */
    record Pending(int received, int total) implements ReassemblyResult {
    }

    /**
     * A part with this sequence number was already held; the first copy is kept.
     *
     * @param sequence the repeated sequence number
     */
    record Duplicate(int sequence) implements ReassemblyResult {
    }

    /**
     * The user data cannot be read (e.g. a UDH longer than the data); nothing was stored.
     *
     * @param reason what is wrong
     */
    record Invalid(String reason) implements ReassemblyResult {
        /** Validates. */
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
