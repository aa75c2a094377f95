package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;

/**
 * Field offsets of a {@code submit_sm} or {@code deliver_sm} (reference §4.5, §4.9), filled by one scan;
 * the only parser of these PDUs, used by the views and the record decoder alike. Offsets index {@link #a}.
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(21) | ton npi destination_addr C(21)
 * | esm_class protocol_id priority_flag | schedule_delivery_time C(1|17) | validity_period C(1|17)
 * | registered_delivery replace_if_present_flag data_coding sm_default_msg_id sm_length | short_message | TLVs
 * </pre>
 *
 * <p>Thread-safety: not thread-safe.
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

    private Address address(int at, int nul) {
        return Address.of(a[at] & 0xFF, a[at + 1] & 0xFF, Wire.latin1(a, at + 2, nul));
    }

    /**
     * Builds a {@link SubmitSm} from a successful scan.
     *
     * @return the record
     */
    public SubmitSm toSubmitSm() {
        int esm = esm();
        int reg = reg();
        return new SubmitSm(Wire.i32(a, start + 12), Wire.latin1(a, svc(), svcEnd), address(src(), srcEnd),
                address(dst(), dstEnd), EsmClass.of(a[esm] & 0xFF), a[esm + 1] & 0xFF, a[esm + 2] & 0xFF,
                Wire.latin1(a, sched(), schedEnd), Wire.latin1(a, valid(), validEnd),
                RegisteredDelivery.of(a[reg] & 0xFF), a[reg + 1] & 0xFF, DataCoding.of(a[reg + 2] & 0xFF),
                a[reg + 3] & 0xFF, Bytes.copyOf(a, sm(), smLen()), Wire.tlvs(a, tlv(), end));
    }

    /**
     * Builds a {@link DeliverSm} from a successful scan.
     *
     * @return the record
     */
    public DeliverSm toDeliverSm() {
        int esm = esm();
        int reg = reg();
        return new DeliverSm(Wire.i32(a, start + 12), Wire.latin1(a, svc(), svcEnd), address(src(), srcEnd),
                address(dst(), dstEnd), EsmClass.of(a[esm] & 0xFF), a[esm + 1] & 0xFF, a[esm + 2] & 0xFF,
                Wire.latin1(a, sched(), schedEnd), Wire.latin1(a, valid(), validEnd),
                RegisteredDelivery.of(a[reg] & 0xFF), a[reg + 1] & 0xFF, DataCoding.of(a[reg + 2] & 0xFF),
                a[reg + 3] & 0xFF, Bytes.copyOf(a, sm(), smLen()), Wire.tlvs(a, tlv(), end));
    }
}
