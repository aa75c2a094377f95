package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.Scan;
import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * What every view tells about the frame it last wrapped: whether it is well formed, the status to answer it with
 * if not, and the header fields.
 *
 * <p>A heap buffer is read in place, through its array. A buffer without an accessible array (direct or read-only)
 * is copied frame by frame into an array the view keeps, which allocates only when a frame is larger than any
 * before; offsets returned by the accessors are always indexes of the wrapped buffer.
 *
 * <p>Thread-safety: not thread-safe; valid until the next {@code wrap} or until the buffer changes.
 *
 * @since 0.1.0
 */
public abstract sealed class FrameView permits ShortMessageView, DataSmView, MessageIdRespView {

    FrameView() {
        // state is set by the subclasses' wrap
    }

    /** The scan of the last wrapped frame. */
    abstract Scan scan();

    /**
     * Tells whether the last wrapped PDU is well formed.
     *
     * @return {@code true} if the accessors may be used
     */
    public boolean valid() {
        return scan().error == null;
    }

    /**
     * Returns the status to answer a malformed PDU with.
     *
     * @return the status, or {@code null} when valid
     */
    public CommandStatus error() {
        return scan().error;
    }

    /**
     * Returns why the PDU is malformed.
     *
     * @return the reason, or {@code null} when valid
     */
    public String errorReason() {
        return scan().reason;
    }

    /**
     * Returns command_status as on the wire (ignored for requests).
     *
     * @return the raw status
     */
    public int commandStatus() {
        return Wire.i32(scan().a, scan().start + 8);
    }

    /**
     * Returns sequence_number.
     *
     * @return the raw number
     */
    public int sequenceNumber() {
        return Wire.i32(scan().a, scan().start + 12);
    }
}
