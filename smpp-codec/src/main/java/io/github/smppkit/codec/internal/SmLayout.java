package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;

/**
 * Field offsets of a {@code submit_sm} or {@code deliver_sm} (reference §4.5, §4.9), filled by one scan;
 * the parser of these PDUs for the views and for failures. The record decoder ({@link #record}) applies the same
 * checks with locals on heap buffers (a property test holds the two to the same answers) and builds the record
 * through the same code. Offsets index {@link #a}.
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(21) | ton npi destination_addr C(21)
 * | esm_class protocol_id priority_flag | schedule_delivery_time C(1|17) | validity_period C(1|17)
 * | registered_delivery replace_if_present_flag data_coding sm_default_msg_id sm_length | short_message | TLVs
 * </pre>
 *
 * <p>Thread-safety: not thread-safe; the static {@link #record} keeps no state.
 */
public final class SmLayout extends Scan {

    /** NUL of service_type; the other offsets follow from the NULs, so a scan stores only these five. */
    public int svcEnd;
    /** NUL of source_addr. */
    public int srcEnd;
    /** NUL of destination_addr. */
    public int dstEnd;
    /** NUL of schedule_delivery_time. */
    public int schedEnd;
    /** NUL of validity_period. */
    public int validEnd;

    /**
     * Decodes a frame to its record, or returns {@code null} if it is malformed (a {@link #scan} then tells why).
     * On a heap buffer it finds the field ends with locals, without a layout: the JIT will not inline
     * {@link #scan} once it is compiled on its own, so a layout here would be allocated per frame. The checks are
     * exactly those of {@link #scanFields}, minus the header that the caller has checked.
     *
     * @param b the buffer
     * @param offset absolute index of the header
     * @param length the frame length, equal to its command_length
     * @param commandId submit_sm or deliver_sm, equal to the frame's command_id
     * @param strict whether standard TLVs must have valid lengths
     * @return the {@link SubmitSm} or {@link DeliverSm}, or {@code null} if malformed
     */
    public static Pdu record(ByteBuffer b, int offset, int length, int commandId, boolean strict) {
        if (!b.hasArray()) {
            SmLayout l = new SmLayout();
            return l.scan(b, offset, length, commandId, strict)
                    ? build(commandId, l.a, l.start, l.end, l.svcEnd, l.srcEnd, l.dstEnd, l.schedEnd, l.validEnd)
                    : null;
        }
        byte[] a = b.array();
        int start = offset + b.arrayOffset();
        int end = start + length;
        // each step starts past the fixed octets before it; a start beyond the end finds no NUL, as scan fails
        int svcEnd = Wire.nul(a, start + 16, end, 6);
        int srcEnd = svcEnd < 0 ? -1 : Wire.nul(a, svcEnd + 3, end, 21);
        int dstEnd = srcEnd < 0 ? -1 : Wire.nul(a, srcEnd + 3, end, 21);
        int schedEnd = dstEnd < 0 ? -1 : time(a, dstEnd + 4, end);
        int validEnd = schedEnd < 0 ? -1 : time(a, schedEnd + 1, end);
        return sound(a, end, validEnd, strict)
                ? build(commandId, a, start, end, svcEnd, srcEnd, dstEnd, schedEnd, validEnd) : null;
    }

    /** Checks what follows validity_period's NUL (-1 if a field before failed): the fixed octets, sm_length, TLVs. */
    private static boolean sound(byte[] a, int end, int validEnd, boolean strict) {
        if (validEnd < 0 || end - validEnd < 6) {
            return false;
        }
        int tlv = validEnd + 6 + (a[validEnd + 5] & 0xFF);
        return tlv <= end && BodyReader.checkTlvs(a, tlv, end, strict) == null;
    }

    /** The NUL of a time field (NULL or 16 characters) starting at {@code from}, or -1. */
    private static int time(byte[] a, int from, int end) {
        int nul = Wire.nul(a, from, end, 17);
        return nul > from && nul - from != 16 ? -1 : nul;
    }

    /**
     * Scans one frame.
     *
     * @param b the buffer
     * @param offset absolute index of the header
     * @param length the frame length
     * @param commandId expected command_id (submit_sm or deliver_sm)
     * @param strict whether standard TLVs must have valid lengths
     * @return {@code true} if the PDU is well formed
     */
    public boolean scan(ByteBuffer b, int offset, int length, int commandId, boolean strict) {
        if (!begin(b, offset, length, commandId)) {
            return false;
        }
        // a sound frame, found with locals as in record (a layout's fields would be written at every step)
        byte[] x = a;
        int e = end;
        int svc = Wire.nul(x, start + 16, e, 6);
        int src = svc < 0 ? -1 : Wire.nul(x, svc + 3, e, 21);
        int dst = src < 0 ? -1 : Wire.nul(x, src + 3, e, 21);
        int sched = dst < 0 ? -1 : time(x, dst + 4, e);
        int valid = sched < 0 ? -1 : time(x, sched + 1, e);
        if (!sound(x, e, valid, strict)) {
            // malformed: the field by field scan tells why
            return scanFields(strict);
        }
        svcEnd = svc;
        srcEnd = src;
        dstEnd = dst;
        schedEnd = sched;
        validEnd = valid;
        pos = tlv();
        return true;
    }

    /**
     * Scans the body field by field after {@link #begin}, keeping the first failure: the reference that the scans
     * with locals (in {@link #scan} and {@link #record}) must agree with, and what tells why a frame is malformed.
     *
     * @param strict whether standard TLVs must have valid lengths
     * @return {@code true} if the PDU is well formed
     */
    boolean scanFields(boolean strict) {
        // after a failure every later step fails too (the scan sits at the end) and the first failure is kept
        svcEnd = cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        fixed(2, "source_addr_ton");
        srcEnd = cString(21, CommandStatus.ESME_RINVSRCADR, "source_addr");
        fixed(2, "dest_addr_ton");
        dstEnd = cString(21, CommandStatus.ESME_RINVDSTADR, "destination_addr");
        fixed(3, "esm_class");
        schedEnd = time(CommandStatus.ESME_RINVSCHED, "schedule_delivery_time");
        validEnd = time(CommandStatus.ESME_RINVEXPIRY, "validity_period");
        fixed(5, "registered_delivery");
        if (error != null) {
            return false;
        }
        int n = smLen();
        if (end - pos < n) {
            return fail(CommandStatus.ESME_RINVMSGLEN, "short_message: sm_length " + n + " runs past the end");
        }
        pos += n;
        return tlvs(strict);
    }

    /**
     * Returns service_type's index.
     *
     * @return the index
     */
    public int svc() {
        return start + 16;
    }

    /**
     * Returns source_addr_ton's index (source_addr_npi and source_addr follow).
     *
     * @return the index
     */
    public int src() {
        return svcEnd + 1;
    }

    /**
     * Returns dest_addr_ton's index (dest_addr_npi and destination_addr follow).
     *
     * @return the index
     */
    public int dst() {
        return srcEnd + 1;
    }

    /**
     * Returns esm_class's index (protocol_id and priority_flag follow).
     *
     * @return the index
     */
    public int esm() {
        return dstEnd + 1;
    }

    /**
     * Returns schedule_delivery_time's index.
     *
     * @return the index
     */
    public int sched() {
        return dstEnd + 4;
    }

    /**
     * Returns validity_period's index.
     *
     * @return the index
     */
    public int valid() {
        return schedEnd + 1;
    }

    /**
     * Returns registered_delivery's index (replace_if_present_flag, data_coding, sm_default_msg_id, sm_length
     * follow).
     *
     * @return the index
     */
    public int reg() {
        return validEnd + 1;
    }

    /**
     * Returns short_message's index.
     *
     * @return the index
     */
    public int sm() {
        return validEnd + 6;
    }

    /**
     * Returns sm_length.
     *
     * @return 0..255
     */
    public int smLen() {
        return a[validEnd + 5] & 0xFF;
    }

    /**
     * Returns the index of the first TLV.
     *
     * @return the index
     */
    public int tlv() {
        return sm() + smLen();
    }

    private static Address address(byte[] a, int at, int nul) {
        return Address.of(a[at] & 0xFF, a[at + 1] & 0xFF, Wire.latin1(a, at + 2, nul));
    }

    /**
     * Builds a {@link SubmitSm} from a successful scan.
     *
     * @return the record
     */
    public SubmitSm toSubmitSm() {
        return (SubmitSm) build(CommandId.SUBMIT_SM.id(), a, start, end, svcEnd, srcEnd, dstEnd, schedEnd, validEnd);
    }

    /**
     * Builds a {@link DeliverSm} from a successful scan.
     *
     * @return the record
     */
    public DeliverSm toDeliverSm() {
        return (DeliverSm) build(CommandId.DELIVER_SM.id(), a, start, end, svcEnd, srcEnd, dstEnd, schedEnd,
                validEnd);
    }

    /** Builds the record from the NULs of a sound frame; the other offsets follow from them as in the getters. */
    private static Pdu build(int commandId, byte[] a, int start, int end, int svcEnd, int srcEnd, int dstEnd,
            int schedEnd, int validEnd) {
        int esm = dstEnd + 1;
        int reg = validEnd + 1;
        int sm = validEnd + 6;
        int smLen = a[validEnd + 5] & 0xFF;
        int seq = Wire.i32(a, start + 12);
        String svc = Wire.latin1(a, start + 16, svcEnd);
        Address src = address(a, svcEnd + 1, srcEnd);
        Address dst = address(a, srcEnd + 1, dstEnd);
        String sched = Wire.latin1(a, dstEnd + 4, schedEnd);
        String valid = Wire.latin1(a, schedEnd + 1, validEnd);
        Bytes text = Bytes.copyOf(a, sm, smLen);
        Tlvs tlvs = Wire.tlvs(a, sm + smLen, end);
        if (commandId == CommandId.SUBMIT_SM.id()) {
            return new SubmitSm(seq, svc, src, dst, EsmClass.of(a[esm] & 0xFF), a[esm + 1] & 0xFF, a[esm + 2] & 0xFF,
                    sched, valid, RegisteredDelivery.of(a[reg] & 0xFF), a[reg + 1] & 0xFF,
                    DataCoding.of(a[reg + 2] & 0xFF), a[reg + 3] & 0xFF, text, tlvs);
        }
        return new DeliverSm(seq, svc, src, dst, EsmClass.of(a[esm] & 0xFF), a[esm + 1] & 0xFF, a[esm + 2] & 0xFF,
                sched, valid, RegisteredDelivery.of(a[reg] & 0xFF), a[reg + 1] & 0xFF,
                DataCoding.of(a[reg + 2] & 0xFF), a[reg + 3] & 0xFF, text, tlvs);
    }
}
