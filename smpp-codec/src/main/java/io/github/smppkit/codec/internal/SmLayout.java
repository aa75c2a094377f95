package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;

/**
 * Field offsets of a {@code submit_sm} or {@code deliver_sm} (reference §4.5, §4.9), filled by one scan;
 * the only parser of these PDUs, used by the views and the record decoder alike.
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(21) | ton npi destination_addr C(21)
 * | esm_class protocol_id priority_flag | schedule_delivery_time C(1|17) | validity_period C(1|17)
 * | registered_delivery replace_if_present_flag data_coding sm_default_msg_id sm_length | short_message | TLVs
 * </pre>
 *
 * <p>Thread-safety: not thread-safe.
 */
public final class SmLayout {

    /** The scan state. */
    public final Scan s = new Scan();
    /** Offsets (absolute): service_type and its NUL. */
    public int svc;
    /** NUL of service_type. */
    public int svcEnd;
    /** source_addr_ton. */
    public int src;
    /** NUL of source_addr. */
    public int srcEnd;
    /** dest_addr_ton. */
    public int dst;
    /** NUL of destination_addr. */
    public int dstEnd;
    /** esm_class (protocol_id and priority_flag follow). */
    public int esm;
    /** schedule_delivery_time. */
    public int sched;
    /** NUL of schedule_delivery_time. */
    public int schedEnd;
    /** validity_period. */
    public int valid;
    /** NUL of validity_period. */
    public int validEnd;
    /** registered_delivery (replace_if_present_flag, data_coding, sm_default_msg_id, sm_length follow). */
    public int reg;
    /** First octet of short_message. */
    public int sm;
    /** sm_length. */
    public int smLen;
    /** First TLV. */
    public int tlv;

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
        if (!s.begin(b, offset, length, commandId)) {
            return false;
        }
        svc = s.pos;
        svcEnd = s.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        src = s.fixed(2, "source_addr_ton");
        srcEnd = s.cString(21, CommandStatus.ESME_RINVSRCADR, "source_addr");
        dst = s.fixed(2, "dest_addr_ton");
        dstEnd = s.cString(21, CommandStatus.ESME_RINVDSTADR, "destination_addr");
        esm = s.fixed(3, "esm_class");
        sched = s.pos;
        schedEnd = s.time(CommandStatus.ESME_RINVSCHED, "schedule_delivery_time");
        valid = s.pos;
        validEnd = s.time(CommandStatus.ESME_RINVEXPIRY, "validity_period");
        reg = s.fixed(5, "registered_delivery");
        sm = s.pos;
        smLen = 0;
        if (s.error == null) {
            smLen = Wire.u8(b, reg + 4);
            if (s.end - s.pos < smLen) {
                s.fail(CommandStatus.ESME_RINVMSGLEN, "short_message: sm_length " + smLen + " runs past the end");
                smLen = 0;
            } else {
                s.pos += smLen;
            }
        }
        tlv = s.pos;
        s.tlvs(strict);
        return s.error == null;
    }

    /**
     * Returns the source address.
     *
     * @return the address
     */
    public Address source() {
        return Address.of(Wire.u8(s.buf, src), Wire.u8(s.buf, src + 1), Wire.latin1(s.buf, src + 2, srcEnd));
    }

    /**
     * Returns the destination address.
     *
     * @return the address
     */
    public Address destination() {
        return Address.of(Wire.u8(s.buf, dst), Wire.u8(s.buf, dst + 1), Wire.latin1(s.buf, dst + 2, dstEnd));
    }

    /**
     * Builds a {@link SubmitSm} from a successful scan.
     *
     * @return the record
     */
    public SubmitSm toSubmitSm() {
        ByteBuffer b = s.buf;
        return new SubmitSm(Wire.i32(b, s.start + 12), Wire.latin1(b, svc, svcEnd), source(), destination(),
                EsmClass.of(Wire.u8(b, esm)), Wire.u8(b, esm + 1), Wire.u8(b, esm + 2),
                Wire.latin1(b, sched, schedEnd), Wire.latin1(b, valid, validEnd),
                RegisteredDelivery.of(Wire.u8(b, reg)), Wire.u8(b, reg + 1), DataCoding.of(Wire.u8(b, reg + 2)),
                Wire.u8(b, reg + 3), Bytes.copyOf(b, sm, smLen), Tlvs.parse(b, tlv, s.end - tlv));
    }

    /**
     * Builds a {@link DeliverSm} from a successful scan.
     *
     * @return the record
     */
    public DeliverSm toDeliverSm() {
        ByteBuffer b = s.buf;
        return new DeliverSm(Wire.i32(b, s.start + 12), Wire.latin1(b, svc, svcEnd), source(), destination(),
                EsmClass.of(Wire.u8(b, esm)), Wire.u8(b, esm + 1), Wire.u8(b, esm + 2),
                Wire.latin1(b, sched, schedEnd), Wire.latin1(b, valid, validEnd),
                RegisteredDelivery.of(Wire.u8(b, reg)), Wire.u8(b, reg + 1), DataCoding.of(Wire.u8(b, reg + 2)),
                Wire.u8(b, reg + 3), Bytes.copyOf(b, sm, smLen), Tlvs.parse(b, tlv, s.end - tlv));
    }
}
