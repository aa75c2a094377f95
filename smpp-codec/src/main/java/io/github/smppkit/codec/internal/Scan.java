package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;

/**
 * The flyweight parser behind the views: one forward scan over a PDU that stores field offsets in int fields
 * and records the first failure (status and reason) instead of throwing.
 *
 * <p>Thread-safety: not thread-safe; owned by one view.
 */
public final class Scan {

    /** The buffer being scanned. */
    public ByteBuffer buf;
    /** Absolute index of the PDU header. */
    public int start;
    /** Absolute index one past the PDU. */
    public int end;
    /** Scan position. */
    public int pos;
    /** Status of the first failure, or {@code null}. */
    public CommandStatus error;
    /** Reason of the first failure, or {@code null}. */
    public String reason;

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
        buf = b;
        start = offset;
        end = offset + length;
        pos = offset + 16;
        error = null;
        reason = null;
        if (length < 16 || offset < 0 || end > b.limit() || end < offset) {
            fail(CommandStatus.ESME_RINVCMDLEN, "frame: length " + length + " does not fit the buffer");
            return false;
        }
        if ((Wire.i32(b, offset) & 0xFFFFFFFFL) != length) {
            fail(CommandStatus.ESME_RINVCMDLEN, "frame: command_length differs from the frame length");
            return false;
        }
        if (Wire.i32(b, offset + 4) != commandId) {
            fail(CommandStatus.ESME_RINVCMDID, "frame: unexpected command_id");
            return false;
        }
        return true;
    }

    /**
     * Records a failure (the first one wins).
     *
     * @param status the status
     * @param why the reason
     */
    public void fail(CommandStatus status, String why) {
        if (error == null) {
            error = status;
            reason = why;
        }
        pos = end;
    }

    /**
     * Skips fixed octets.
     *
     * @param n how many
     * @param field spec name of the first skipped field
     * @return the absolute index of the first skipped octet
     */
    public int fixed(int n, String field) {
        int at = pos;
        if (error == null && end - pos < n) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
            return at;
        }
        pos += n;
        return at;
    }

    /**
     * Skips a C-Octet String.
     *
     * @param max the field maximum including the NUL
     * @param status status when the NUL is missing
     * @param field spec name
     * @return the absolute index of the NUL (the text is {@code [old pos, result)}), or the old position after a
     *     failure
     */
    public int cString(int max, CommandStatus status, String field) {
        int from = pos;
        if (error != null) {
            return from;
        }
        if (from >= end) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
            return from;
        }
        int nul = Wire.nul(buf, from, end, max);
        if (nul < 0) {
            fail(status, from + max <= end ? field + ": no NUL within " + max + " octets"
                    : field + ": no NUL before the end of the PDU");
            return from;
        }
        pos = nul + 1;
        return nul;
    }

    /**
     * Skips a time field and checks its length (NULL or 16 characters).
     *
     * @param status status when malformed
     * @param field spec name
     * @return the absolute index of the NUL
     */
    public int time(CommandStatus status, String field) {
        int from = pos;
        int nul = cString(17, status, field);
        if (error == null && nul != from && nul - from != 16) {
            fail(status, field + ": " + (nul - from) + " characters, expected 0 or 16");
        }
        return nul;
    }

    /**
     * Checks the TLV part {@code [pos, end)}.
     *
     * @param strict whether standard tags must have valid lengths
     */
    public void tlvs(boolean strict) {
        if (error != null) {
            return;
        }
        String why = BodyReader.checkTlvs(buf, pos, end, strict);
        if (why != null) {
            fail(why.startsWith("tlv length") ? CommandStatus.ESME_RINVTLVLEN : CommandStatus.ESME_RINVTLVSTREAM,
                    why);
        }
    }
}
