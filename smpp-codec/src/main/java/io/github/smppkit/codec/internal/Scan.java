package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;

/**
 * The flyweight parser behind the views and the record decoder: one forward scan over a PDU that stores field
 * offsets in int fields (in the subclasses) and records the first failure (status and reason) instead of
 * throwing. It reads plain array indexes: the buffer's own array, or a copy of the frame when the buffer has no
 * accessible array (direct or read-only), so one parser serves every buffer. Failure reasons are built only when
 * a check fails.
 *
 * <p>Thread-safety: not thread-safe; owned by one view or one decode call.
 */
public abstract class Scan {

    private static final byte[] NONE = new byte[0];

    /** The octets being scanned: the buffer's array or a copy of the frame. */
    public byte[] a = NONE;
    /** What to add to a buffer index to get an index into {@link #a}. */
    public int d;
    /** Index into {@link #a} of the PDU header. */
    public int start;
    /** Index into {@link #a} one past the PDU. */
    public int end;
    /** Scan position (an index into {@link #a}). */
    public int pos;
    /** Status of the first failure, or {@code null}. */
    public CommandStatus error;
    /** Reason of the first failure, or {@code null}. */
    public String reason;
    private byte[] copy;

    /** For the layouts. */
    Scan() {
    }

    /**
     * Starts a scan of one frame, checking its header.
     *
     * @param b the buffer
     * @param offset absolute index of the header
     * @param length the frame length (command_length)
     * @param commandId the expected command_id
     * @return {@code true} if the header is usable
     */
    public boolean begin(ByteBuffer b, int offset, int length, int commandId) {
        error = null;
        reason = null;
        if (length < 16 || offset < 0 || offset + length > b.limit() || offset + length < offset) {
            a = NONE;
            d = 0;
            start = 0;
            end = 0;
            fail(CommandStatus.ESME_RINVCMDLEN, "frame: length " + length + " does not fit the buffer");
            return false;
        }
        if (b.hasArray()) {
            a = b.array();
            d = b.arrayOffset();
        } else {
            copy = Wire.copy(b, offset, length, copy);
            a = copy;
            d = -offset;
        }
        start = offset + d;
        end = start + length;
        pos = start + 16;
        if (Wire.i32(a, start) != length) {
            return fail(CommandStatus.ESME_RINVCMDLEN, "frame: command_length differs from the frame length");
        }
        if (Wire.i32(a, start + 4) != commandId) {
            return fail(CommandStatus.ESME_RINVCMDID, "frame: unexpected command_id");
        }
        return true;
    }

    /**
     * Records a failure (the first one wins) and moves to the end.
     *
     * @param status the status
     * @param why the reason
     * @return {@code false}, for {@code return fail(...)}
     */
    public boolean fail(CommandStatus status, String why) {
        if (error == null) {
            error = status;
            reason = why;
        }
        pos = end;
        return false;
    }

    /**
     * Skips fixed octets.
     *
     * @param n how many
     * @param field spec name of the first skipped field
     * @return the index of the first skipped octet, or -1 after a failure
     */
    public int fixed(int n, String field) {
        int at = pos;
        if (end - at < n) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
            return -1;
        }
        pos = at + n;
        return at;
    }

    /**
     * Skips a C-Octet String.
     *
     * @param max the field maximum including the NUL
     * @param status status when the NUL is missing
     * @param field spec name
     * @return the index of the NUL (the text is {@code [old pos, result)}), or -1 after a failure
     */
    public int cString(int max, CommandStatus status, String field) {
        int from = pos;
        int nul = Wire.nul(a, from, end, max);
        if (nul < 0) {
            return missingNul(from, max, status, field);
        }
        pos = nul + 1;
        return nul;
    }

    private int missingNul(int from, int max, CommandStatus status, String field) {
        if (from >= end) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
        } else {
            fail(status, from + max <= end ? field + ": no NUL within " + max + " octets"
                    : field + ": no NUL before the end of the PDU");
        }
        return -1;
    }

    /**
     * Skips a time field and checks its length (NULL or 16 characters).
     *
     * @param status status when malformed
     * @param field spec name
     * @return the index of the NUL, or -1 after a failure
     */
    public int time(CommandStatus status, String field) {
        int from = pos;
        int nul = cString(17, status, field);
        if (nul > from && nul - from != 16) {
            fail(status, field + ": " + (nul - from) + " characters, expected 0 or 16");
            return -1;
        }
        return nul;
    }

    /**
     * Checks the TLV part {@code [pos, end)}.
     *
     * @param strict whether standard tags must have valid lengths
     * @return {@code true} if sound
     */
    public boolean tlvs(boolean strict) {
        String why = BodyReader.checkTlvs(a, pos, end, strict);
        return why == null || fail(BodyReader.tlvStatus(why), why);
    }
}
