package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;

/**
 * Field offsets of a {@code data_sm} (reference §4.11), filled by one scan; addresses are accepted up to C(65).
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(65) | ton npi destination_addr C(65)
 * | esm_class registered_delivery data_coding | TLVs
 * </pre>
 *
 * <p>Thread-safety: not thread-safe.
 */
public final class DataSmLayout {

    /** The scan state. */
    public final Scan s = new Scan();
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
        if (!s.begin(b, offset, length, 0x00000103)) {
            return false;
        }
        svc = s.pos;
        svcEnd = s.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        src = s.fixed(2, "source_addr_ton");
        srcEnd = s.cString(65, CommandStatus.ESME_RINVSRCADR, "source_addr");
        dst = s.fixed(2, "dest_addr_ton");
        dstEnd = s.cString(65, CommandStatus.ESME_RINVDSTADR, "destination_addr");
        esm = s.fixed(3, "esm_class");
        tlv = s.pos;
        s.tlvs(strict);
        return s.error == null;
    }

    /**
     * Builds the record from a successful scan.
     *
     * @return the record
     */
    public DataSm toRecord() {
        ByteBuffer b = s.buf;
        return new DataSm(Wire.i32(b, s.start + 12), Wire.latin1(b, svc, svcEnd),
                Address.of(Wire.u8(b, src), Wire.u8(b, src + 1), Wire.latin1(b, src + 2, srcEnd)),
                Address.of(Wire.u8(b, dst), Wire.u8(b, dst + 1), Wire.latin1(b, dst + 2, dstEnd)),
                EsmClass.of(Wire.u8(b, esm)), RegisteredDelivery.of(Wire.u8(b, esm + 1)),
                DataCoding.of(Wire.u8(b, esm + 2)), Tlvs.parse(b, tlv, s.end - tlv));
    }
}
