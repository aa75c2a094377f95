package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import java.nio.ByteBuffer;

/**
 * The encode side of the codec: the exact size (checking the emit limits), the room, then one write of header,
 * body and TLVs into the caller's buffer, big-endian whatever its byte order. Nothing is written before every
 * check has passed. submit_sm and deliver_sm, the hot ones, skip the exact size in a heap buffer with room for
 * the largest such PDU: their records bound every field, so a bound checks the room and the limits, and
 * command_length is set after the body. Elsewhere they are sized by code small enough to inline beside their
 * writer; the other PDUs go through the body switches.
 *
 * <p>Dispatch is on {@code commandId()}, never {@code instanceof}: on JDK 17 a failed check against an interface
 * scans the class's secondary supers (about 13 ns).
 *
 * <p>Thread-safety: immutable.
 */
public final class Encoder {

    private final int maxCommandLength;
    private final int maxShortMessage;
    private final int maxAddress;
    private final boolean errorResponseBody;

    /**
     * Creates an encoder.
     *
     * @param maxCommandLength the largest command_length to emit
     * @param maxShortMessage the largest short_message to emit
     * @param maxAddress the longest data_sm / cancel_sm / alert_notification address to emit
     * @param errorResponseBody whether error responses without TLVs keep their body
     */
    public Encoder(int maxCommandLength, int maxShortMessage, int maxAddress, boolean errorResponseBody) {
        this.maxCommandLength = maxCommandLength;
        this.maxShortMessage = maxShortMessage;
        this.maxAddress = maxAddress;
        this.errorResponseBody = errorResponseBody;
    }

    /**
     * Returns the exact encoded size.
     *
     * @param pdu the PDU, not {@code null}
     * @return the command_length it will carry
     * @throws IllegalArgumentException if a field exceeds an emit limit or the size exceeds the largest
     *     command_length
     */
    public int length(Pdu pdu) {
        CommandId c = pdu.commandId();
        if (c == CommandId.SUBMIT_SM) {
            return total(SmBodies.length((SubmitSm) pdu, maxShortMessage), pdu.tlvs());
        }
        if (c == CommandId.DELIVER_SM) {
            return total(SmBodies.length((DeliverSm) pdu, maxShortMessage), pdu.tlvs());
        }
        return otherLength(pdu);
    }

    private int otherLength(Pdu pdu) {
        if (headerOnly(pdu)) {
            return 16;
        }
        // message bodies first: they are the hot ones
        int body = MessageBodies.length(pdu, maxShortMessage, maxAddress);
        if (body < 0) {
            body = SessionBodies.length(pdu);
        }
        if (body < 0) {
            body = QueryBodies.length(pdu, maxShortMessage, maxAddress);
        }
        return total(body, pdu.tlvs());
    }

    private boolean headerOnly(Pdu pdu) {
        return pdu.commandId().isResponse() && !((Response) pdu).status().isOk() && !errorResponseBody
                && pdu.tlvs().isEmpty();
    }

    private int total(int body, Tlvs tlvs) {
        long total = 16L + body + tlvs.encodedLength();
        if (total > maxCommandLength) {
            throw new IllegalArgumentException("command_length: " + total + " > " + maxCommandLength);
        }
        return (int) total;
    }

    /**
     * Encodes a PDU at the buffer's position and advances it past the PDU.
     *
     * @param pdu the PDU, not {@code null}
     * @param dst a writable buffer
     * @return the number of octets written
     * @throws IllegalArgumentException if a field exceeds an emit limit or {@code dst} has too little room;
     *     {@code dst} is then untouched
     */
    public int encode(Pdu pdu, ByteBuffer dst) {
        CommandId c = pdu.commandId();
        if ((c == CommandId.SUBMIT_SM || c == CommandId.DELIVER_SM) && dst.hasArray()) {
            return encodeSm(pdu, c, dst);
        }
        int len = length(pdu);
        int pos = dst.position();
        checkRoom(dst, len);
        if (dst.hasArray()) {
            write(Out.ARRAY, dst.array(), dst.arrayOffset() + pos, pdu, len);
        } else {
            write(Out.BUFFER, dst, pos, pdu, len);
        }
        dst.position(pos + len);
        return len;
    }

    /**
     * submit_sm or deliver_sm into a heap buffer, in one pass: the records hold every field within its maximum, so
     * when the largest body such a PDU can have fits the room and the limits, no exact sizing is needed before the
     * write, and command_length is set after it. Near a limit the PDU is sized exactly first, which throws before
     * anything is written, as every other path does.
     */
    private int encodeSm(Pdu pdu, CommandId c, ByteBuffer dst) {
        boolean submit = c == CommandId.SUBMIT_SM;
        if (!submit) {
            SmBodies.checkTimesNull((DeliverSm) pdu);
        }
        int sm = submit ? ((SubmitSm) pdu).shortMessage().size() : ((DeliverSm) pdu).shortMessage().size();
        long bound = 16L + SmBodies.MAX_BODY + pdu.tlvs().encodedLength();
        if (sm > maxShortMessage || bound > maxCommandLength || bound > dst.remaining()) {
            checkRoom(dst, length(pdu));
        }
        int pos = dst.position();
        byte[] a = dst.array();
        int start = dst.arrayOffset() + pos;
        int end = submit ? SmBodies.write(Out.ARRAY, a, start + 16, (SubmitSm) pdu)
                : SmBodies.write(Out.ARRAY, a, start + 16, (DeliverSm) pdu);
        end = Out.ARRAY.tlvs(a, end, pdu.tlvs());
        int len = end - start;
        header(Out.ARRAY, a, start, pdu, c, len);
        dst.position(pos + len);
        return len;
    }

    private static void checkRoom(ByteBuffer dst, int len) {
        if (dst.remaining() < len) {
            throw new IllegalArgumentException("dst: " + dst.remaining() + " octets remaining, " + len + " needed");
        }
    }

    private static <T> int header(Out<T> o, T dst, int at, Pdu pdu, CommandId c, int len) {
        at = o.i32(dst, at, len);
        at = o.i32(dst, at, c.id());
        at = o.i32(dst, at, c.isResponse() ? ((Response) pdu).status().code() : 0);
        return o.i32(dst, at, pdu.sequenceNumber());
    }

    private static <T> void write(Out<T> o, T dst, int at, Pdu pdu, int len) {
        CommandId c = pdu.commandId();
        at = header(o, dst, at, pdu, c, len);
        if (len == 16) {
            return;
        }
        // the two hot PDUs skip the big switches, which the JIT will not inline here (direct buffers only)
        if (c == CommandId.SUBMIT_SM) {
            at = SmBodies.write(o, dst, at, (SubmitSm) pdu);
        } else if (c == CommandId.DELIVER_SM) {
            at = SmBodies.write(o, dst, at, (DeliverSm) pdu);
        } else {
            at = body(o, dst, at, pdu);
        }
        o.tlvs(dst, at, pdu.tlvs());
    }

    private static <T> int body(Out<T> o, T dst, int at, Pdu pdu) {
        int end = MessageBodies.write(o, dst, at, pdu);
        if (end < 0) {
            end = SessionBodies.write(o, dst, at, pdu);
        }
        return end < 0 ? QueryBodies.write(o, dst, at, pdu) : end;
    }
}
