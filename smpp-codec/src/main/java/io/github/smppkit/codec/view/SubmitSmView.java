package io.github.smppkit.codec.view;

import io.github.smppkit.codec.pdu.SubmitSm;
import java.nio.ByteBuffer;

/**
 * A zero-allocation view of a {@code submit_sm} (reference §4.5): {@link #wrap} scans the PDU once and keeps
 * field offsets in int fields; the accessors of {@link ShortMessageView} read on demand. The same scan backs the
 * record decoder, so the view and {@link #toRecord()} always agree.
 *
 * <p>Thread-safety: not thread-safe; valid until the next {@code wrap} or until the buffer changes.
 *
 * @since 0.1.0
 */
public final class SubmitSmView extends ShortMessageView {

    /**
     * Creates an unwrapped view; reuse it for many PDUs.
     */
    public SubmitSmView() {
        // state is set by wrap
    }

    /**
     * Scans one frame.
     *
     * @param buffer the buffer
     * @param offset absolute index of the header
     * @param length the frame length (command_length)
     * @return this view
     */
    public SubmitSmView wrap(ByteBuffer buffer, int offset, int length) {
        l.scan(buffer, offset, length, 0x00000004, false);
        return this;
    }

    /**
     * Copies the PDU into a record that outlives the buffer.
     *
     * @return the record
     * @throws IllegalStateException if the PDU is malformed
     */
    public SubmitSm toRecord() {
        if (l.error != null) {
            throw new IllegalStateException("malformed submit_sm: " + l.reason);
        }
        return l.toSubmitSm();
    }
}
