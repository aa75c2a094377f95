package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.TlvKey;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;

/**
 * A cursor over one PDU body that records the first failure instead of throwing: after a failure every read
 * returns a neutral value, and the caller checks {@link #failed()} once at the end.
 *
 * <p>Thread-safety: not thread-safe; one instance per decode call.
 */
public final class BodyReader {

    private final byte[] a;
    private final int end;
    private final boolean strict;
    private int pos;
    private CommandStatus error;
    private String reason;

    /**
     * Creates a reader over {@code [from, end)}.
     *
     * @param buf the buffer
     * @param from absolute index of the first body octet
     * @param end absolute index one past the PDU
     * @param strict whether known TLVs must have a valid length
     */
    public BodyReader(ByteBuffer buf, int from, int end, boolean strict) {
        // plain array indexes: the buffer's array, or a copy of the body when it has none
        int d = buf.hasArray() ? buf.arrayOffset() : -from;
        this.a = buf.hasArray() ? buf.array() : Wire.copy(buf, from, end - from, null);
        this.pos = from + d;
        this.end = end + d;
        this.strict = strict;
    }

    /**
     * Tells whether a read failed.
     *
     * @return {@code true} after the first failure
     */
    public boolean failed() {
        return error != null;
    }

    /**
     * Returns the status of the first failure.
     *
     * @return the status, or {@code null}
     */
    public CommandStatus error() {
        return error;
    }

    /**
     * Returns the reason of the first failure.
     *
     * @return the reason, or {@code null}
     */
    public String reason() {
        return reason;
    }

    /**
     * Records a failure (the first one wins) and skips to the end.
     *
     * @param status the status to answer with
     * @param why a short reason
     */
    public void fail(CommandStatus status, String why) {
        if (error == null) {
            error = status;
            reason = why;
        }
        pos = end;
    }

    /**
     * Returns the number of unread octets.
     *
     * @return remaining octets
     */
    public int remaining() {
        return end - pos;
    }

    /**
     * Reads one octet.
     *
     * @param field spec name for the failure reason
     * @return 0..255, or 0 after a failure
     */
    public int u8(String field) {
        if (pos >= end) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
            return 0;
        }
        return a[pos++] & 0xFF;
    }

    /**
     * Reads a 4-octet integer.
     *
     * @param field spec name for the failure reason
     * @return the raw int, or 0 after a failure
     */
    public int i32(String field) {
        if (end - pos < 4) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
            return 0;
        }
        int v = Wire.i32(a, pos);
        pos += 4;
        return v;
    }

    /**
     * Reads a C-Octet String.
     *
     * @param max the field maximum including the NUL
     * @param status the status when the NUL is missing
     * @param field spec name
     * @return the text, or {@code ""} after a failure
     */
    public String cString(int max, CommandStatus status, String field) {
        if (error != null) {
            return "";
        }
        if (pos >= end) {
            fail(CommandStatus.ESME_RINVCMDLEN, field + ": past the end of the PDU");
            return "";
        }
        int nul = Wire.nul(a, pos, end, max);
        if (nul < 0) {
            fail(status, pos + max <= end ? field + ": no NUL within " + max + " octets"
                    : field + ": no NUL before the end of the PDU");
            return "";
        }
        String s = Wire.latin1(a, pos, nul);
        pos = nul + 1;
        return s;
    }

    /**
     * Reads a time field: NULL or 16 characters (reference §8).
     *
     * @param status the status when malformed
     * @param field spec name
     * @return the text
     */
    public String time(CommandStatus status, String field) {
        String s = cString(17, status, field);
        if (!s.isEmpty() && s.length() != 16) {
            fail(status, field + ": " + s.length() + " characters, expected 0 or 16");
            return "";
        }
        return s;
    }

    /**
     * Reads TON, NPI and a C-Octet String address.
     *
     * @param max the address maximum including the NUL
     * @param status the status when the NUL is missing
     * @param field spec name of the address
     * @return the address, or {@link Address#EMPTY} after a failure
     */
    public Address address(int max, CommandStatus status, String field) {
        int ton = u8(field);
        int npi = u8(field);
        String value = cString(max, status, field);
        return error != null ? Address.EMPTY : Address.of(ton, npi, value);
    }

    /**
     * Reads {@code sm_length} and {@code short_message}.
     *
     * @return the octets, or empty after a failure
     */
    public Bytes shortMessage() {
        int len = u8("sm_length");
        if (error != null) {
            return Bytes.EMPTY;
        }
        if (end - pos < len) {
            fail(CommandStatus.ESME_RINVMSGLEN, "short_message: sm_length " + len + " runs past the end");
            return Bytes.EMPTY;
        }
        Bytes b = Bytes.copyOf(a, pos, len);
        pos += len;
        return b;
    }

    /**
     * Reads the rest of the body as TLVs.
     *
     * @return the TLVs, or empty after a failure
     */
    public Tlvs tlvs() {
        if (error != null) {
            return Tlvs.empty();
        }
        String why = checkTlvs(a, pos, end, strict);
        if (why != null) {
            fail(tlvStatus(why), why);
            return Tlvs.empty();
        }
        Tlvs t = Wire.tlvs(a, pos, end);
        pos = end;
        return t;
    }

    /**
     * Checks a TLV stream's framing and, when strict, the length rule of every standard tag.
     *
     * @param a the octets
     * @param from first tag
     * @param to end of the stream
     * @param strict whether to check lengths of known tags
     * @return {@code null} if sound; a reason starting with "tlv length" for a bad length, else a framing reason
     */
    public static String checkTlvs(byte[] a, int from, int to, boolean strict) {
        int broken = Wire.brokenTlv(a, from, to);
        if (broken >= 0) {
            return to - broken < 4 ? "tlvs: " + (to - broken) + " stray octets after the last TLV"
                    : "tlvs: TLV at offset " + (broken - from) + " runs past the end";
        }
        if (strict) {
            for (int p = from; p < to; p += 4 + Wire.u16(a, p + 2)) {
                TlvKey<?> key = StandardTlvs.byTag(Wire.u16(a, p));
                int len = Wire.u16(a, p + 2);
                if (key != null && !key.accepts(len)) {
                    return "tlv length: " + key.name() + " has " + len + " octets";
                }
            }
        }
        return null;
    }

    /**
     * Maps a reason of {@link #checkTlvs} to the status to answer with.
     *
     * @param why the reason
     * @return ESME_RINVTLVLEN for a bad length, else ESME_RINVTLVSTREAM
     */
    public static CommandStatus tlvStatus(String why) {
        return why.startsWith("tlv length") ? CommandStatus.ESME_RINVTLVLEN : CommandStatus.ESME_RINVTLVSTREAM;
    }
}
