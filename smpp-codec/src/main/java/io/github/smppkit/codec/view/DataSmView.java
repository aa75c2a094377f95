package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.DataSmLayout;
import io.github.smppkit.codec.internal.Scan;
import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.pdu.DataSm;
import java.nio.ByteBuffer;

/**
 * A zero-allocation view of a {@code data_sm} (reference §4.11): {@link #wrap} scans the PDU once and keeps field
 * offsets in int fields; accessors read on demand. The same scan backs the record decoder, so the view and
 * {@link #toRecord()} always agree.
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(65) | ton npi destination_addr C(65)
 * | esm_class registered_delivery data_coding | TLVs
 * </pre>
 *
 * <p>If the PDU is malformed, {@link #valid()} is {@code false}, {@link #error()} holds the status to answer
 * with, and the field accessors must not be used. TLV lengths are not checked against their rules (lenient).
 *
 * <p>Thread-safety: not thread-safe; valid until the next {@code wrap} or until the buffer changes.
 *
 * @since 0.1.0
 */
public final class DataSmView extends FrameView {

    private final DataSmLayout l = new DataSmLayout();

    @Override
    Scan scan() {
        return l;
    }

    /**
     * Creates an unwrapped view; reuse it for many PDUs.
     */
    public DataSmView() {
        // state is set by wrap
    }

    /**
     * Scans one frame.
     *
     * @param buffer the buffer
     * @param offset absolute index of the header
     * @param length the frame length (command_length)
     * @return this view
     */
    public DataSmView wrap(ByteBuffer buffer, int offset, int length) {
        l.scan(buffer, offset, length, false);
        return this;
    }

    /**
     * Returns service_type (allocates).
     *
     * @return the text
     */
    public String serviceType() {
        return Wire.latin1(l.a, l.svc, l.svcEnd);
    }

    /**
     * Returns source_addr_ton.
     *
     * @return 0..255
     */
    public int sourceAddrTon() {
        return l.a[l.src] & 0xFF;
    }

    /**
     * Returns source_addr_npi.
     *
     * @return 0..255
     */
    public int sourceAddrNpi() {
        return l.a[l.src + 1] & 0xFF;
    }

    /**
     * Returns the absolute index of source_addr.
     *
     * @return the offset
     */
    public int sourceAddrOffset() {
        return l.src + 2 - l.d;
    }

    /**
     * Returns the length of source_addr without its NUL.
     *
     * @return the length
     */
    public int sourceAddrLength() {
        return l.srcEnd - l.src - 2;
    }

    /**
     * Returns source_addr (allocates).
     *
     * @return the text
     */
    public String sourceAddr() {
        return Wire.latin1(l.a, l.src + 2, l.srcEnd);
    }

    /**
     * Returns dest_addr_ton.
     *
     * @return 0..255
     */
    public int destAddrTon() {
        return l.a[l.dst] & 0xFF;
    }

    /**
     * Returns dest_addr_npi.
     *
     * @return 0..255
     */
    public int destAddrNpi() {
        return l.a[l.dst + 1] & 0xFF;
    }

    /**
     * Returns the absolute index of destination_addr.
     *
     * @return the offset
     */
    public int destinationAddrOffset() {
        return l.dst + 2 - l.d;
    }

    /**
     * Returns the length of destination_addr without its NUL.
     *
     * @return the length
     */
    public int destinationAddrLength() {
        return l.dstEnd - l.dst - 2;
    }

    /**
     * Returns destination_addr (allocates).
     *
     * @return the text
     */
    public String destinationAddr() {
        return Wire.latin1(l.a, l.dst + 2, l.dstEnd);
    }

    /**
     * Returns esm_class.
     *
     * @return 0..255
     */
    public int esmClass() {
        return l.a[l.esm] & 0xFF;
    }

    /**
     * Returns registered_delivery.
     *
     * @return 0..255
     */
    public int registeredDelivery() {
        return l.a[l.esm + 1] & 0xFF;
    }

    /**
     * Returns data_coding.
     *
     * @return 0..255
     */
    public int dataCoding() {
        return l.a[l.esm + 2] & 0xFF;
    }

    /**
     * Returns the absolute index of the first TLV.
     *
     * @return the offset
     */
    public int tlvsOffset() {
        return l.tlv - l.d;
    }

    /**
     * Returns the length of the TLV part.
     *
     * @return octets from the first TLV to the end of the PDU
     */
    public int tlvsLength() {
        return l.end - l.tlv;
    }

    /**
     * Points a cursor at this PDU's TLVs.
     *
     * @param cursor a reusable cursor
     * @return {@code cursor}
     */
    public TlvCursor tlvs(TlvCursor cursor) {
        return cursor.reset(l.a, l.d, l.tlv, l.end);
    }

    /**
     * Copies the PDU into a record that outlives the buffer.
     *
     * @return the record
     * @throws IllegalStateException if the PDU is malformed
     */
    public DataSm toRecord() {
        if (l.error != null) {
            throw new IllegalStateException("malformed data_sm: " + l.reason);
        }
        return l.toRecord();
    }
}
