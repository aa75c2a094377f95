package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;

/**
 * Field offsets of a {@code data_sm} (reference §4.11), filled by one scan; addresses are accepted up to C(65).
 * Offsets index {@link #a}.
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(65) | ton npi destination_addr C(65)
 * | esm_class registered_delivery data_coding | TLVs
 * </pre>
 *
 * <p>Thread-safety: not thread-safe.
 */
public final class DataSmLayout extends Scan {

    /** service_type. */
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
    /** esm_class (registered_delivery and data_coding follow). */
    public int esm;
    /** First TLV. */
    public int tlv;

    /**
     * Scans one frame.
     *
     * @param b the buffer
     * @param offset absolute index of the header
     * @param length the frame length
     * @param strict whether standard TLVs must have valid lengths
     * @return {@code true} if the PDU is well formed
     */
    public boolean scan(ByteBuffer b, int offset, int length, boolean strict) {
        if (!begin(b, offset, length, 0x00000103)) {
            return false;
        }
        svc = pos;
        svcEnd = cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        src = fixed(2, "source_addr_ton");
        srcEnd = cString(65, CommandStatus.ESME_RINVSRCADR, "source_addr");
        dst = fixed(2, "dest_addr_ton");
        dstEnd = cString(65, CommandStatus.ESME_RINVDSTADR, "destination_addr");
        esm = fixed(3, "esm_class");
        tlv = pos;
        return error == null && tlvs(strict);
    }

    /**
     * Builds the record from a successful scan.
     *
     * @return the record
     */
    public DataSm toRecord() {
        return new DataSm(Wire.i32(a, start + 12), Wire.latin1(a, svc, svcEnd),
                Address.of(a[src] & 0xFF, a[src + 1] & 0xFF, Wire.latin1(a, src + 2, srcEnd)),
                Address.of(a[dst] & 0xFF, a[dst + 1] & 0xFF, Wire.latin1(a, dst + 2, dstEnd)),
                EsmClass.of(a[esm] & 0xFF), RegisteredDelivery.of(a[esm + 1] & 0xFF),
                DataCoding.of(a[esm + 2] & 0xFF), Wire.tlvs(a, tlv, end));
    }
}
