package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.SmLayout;
import io.github.smppkit.codec.internal.Scan;
import io.github.smppkit.codec.internal.Wire;

/**
 * The accessors {@code submit_sm} and {@code deliver_sm} share: the two PDUs have the same 18 mandatory fields in
 * the same order (reference §4.5, §4.9), so one scan and one set of accessors serve both views.
 *
 * <pre>
 * header(16) service_type C(6) | ton npi source_addr C(21) | ton npi destination_addr C(21)
 * | esm_class protocol_id priority_flag | schedule_delivery_time C(1|17) | validity_period C(1|17)
 * | registered_delivery replace_if_present_flag data_coding sm_default_msg_id sm_length | short_message | TLVs
 * </pre>
 *
 * <p>If the PDU is malformed, {@link #valid()} is {@code false}, {@link #error()} holds the status to answer
 * with, and the field accessors must not be used. TLV lengths are not checked against their rules (lenient).
 *
 * <p>Thread-safety: not thread-safe; valid until the next {@code wrap} or until the buffer changes.
 *
 * @since 0.1.0
 */
public abstract sealed class ShortMessageView extends FrameView permits SubmitSmView, DeliverSmView {

    final SmLayout l = new SmLayout();

    @Override
    Scan scan() {
        return l;
    }

    ShortMessageView() {
        // state is set by the subclasses' wrap
    }

    /**
     * Returns service_type (allocates).
     *
     * @return the text
     */
    public String serviceType() {
        return Wire.latin1(l.a, l.svc(), l.svcEnd);
    }

    /**
     * Returns source_addr_ton.
     *
     * @return 0..255
     */
    public int sourceAddrTon() {
        return l.a[l.src()] & 0xFF;
    }

    /**
     * Returns source_addr_npi.
     *
     * @return 0..255
     */
    public int sourceAddrNpi() {
        return l.a[l.src() + 1] & 0xFF;
    }

    /**
     * Returns the absolute index of source_addr.
     *
     * @return the offset
     */
    public int sourceAddrOffset() {
        return l.src() + 2 - l.d;
    }

    /**
     * Returns the length of source_addr without its NUL.
     *
     * @return the length
     */
    public int sourceAddrLength() {
        return l.srcEnd - l.src() - 2;
    }

    /**
     * Returns source_addr (allocates).
     *
     * @return the text
     */
    public String sourceAddr() {
        return Wire.latin1(l.a, l.src() + 2, l.srcEnd);
    }

    /**
     * Returns dest_addr_ton.
     *
     * @return 0..255
     */
    public int destAddrTon() {
        return l.a[l.dst()] & 0xFF;
    }

    /**
     * Returns dest_addr_npi.
     *
     * @return 0..255
     */
    public int destAddrNpi() {
        return l.a[l.dst() + 1] & 0xFF;
    }

    /**
     * Returns the absolute index of destination_addr.
     *
     * @return the offset
     */
    public int destinationAddrOffset() {
        return l.dst() + 2 - l.d;
    }

    /**
     * Returns the length of destination_addr without its NUL.
     *
     * @return the length
     */
    public int destinationAddrLength() {
        return l.dstEnd - l.dst() - 2;
    }

    /**
     * Returns destination_addr (allocates).
     *
     * @return the text
     */
    public String destinationAddr() {
        return Wire.latin1(l.a, l.dst() + 2, l.dstEnd);
    }

    /**
     * Returns esm_class.
     *
     * @return 0..255
     */
    public int esmClass() {
        return l.a[l.esm()] & 0xFF;
    }

    /**
     * Returns protocol_id.
     *
     * @return 0..255
     */
    public int protocolId() {
        return l.a[l.esm() + 1] & 0xFF;
    }

    /**
     * Returns priority_flag.
     *
     * @return 0..255
     */
    public int priorityFlag() {
        return l.a[l.esm() + 2] & 0xFF;
    }

    /**
     * Returns schedule_delivery_time (allocates unless NULL).
     *
     * @return {@code ""} or 16 characters
     */
    public String scheduleDeliveryTime() {
        return Wire.latin1(l.a, l.sched(), l.schedEnd);
    }

    /**
     * Returns validity_period (allocates unless NULL).
     *
     * @return {@code ""} or 16 characters
     */
    public String validityPeriod() {
        return Wire.latin1(l.a, l.valid(), l.validEnd);
    }

    /**
     * Returns registered_delivery.
     *
     * @return 0..255
     */
    public int registeredDelivery() {
        return l.a[l.reg()] & 0xFF;
    }

    /**
     * Returns replace_if_present_flag.
     *
     * @return 0..255
     */
    public int replaceIfPresentFlag() {
        return l.a[l.reg() + 1] & 0xFF;
    }

    /**
     * Returns data_coding.
     *
     * @return 0..255
     */
    public int dataCoding() {
        return l.a[l.reg() + 2] & 0xFF;
    }

    /**
     * Returns sm_default_msg_id.
     *
     * @return 0..255
     */
    public int smDefaultMsgId() {
        return l.a[l.reg() + 3] & 0xFF;
    }

    /**
     * Returns sm_length.
     *
     * @return 0..255
     */
    public int smLength() {
        return l.smLen();
    }

    /**
     * Returns the absolute index of short_message.
     *
     * @return the offset
     */
    public int shortMessageOffset() {
        return l.sm() - l.d;
    }

    /**
     * Returns the length of short_message (equal to sm_length).
     *
     * @return the length
     */
    public int shortMessageLength() {
        return l.smLen();
    }

    /**
     * Returns the absolute index of the first TLV.
     *
     * @return the offset
     */
    public int tlvsOffset() {
        return l.tlv() - l.d;
    }

    /**
     * Returns the length of the TLV part.
     *
     * @return octets from the first TLV to the end of the PDU
     */
    public int tlvsLength() {
        return l.end - l.tlv();
    }

    /**
     * Points a cursor at this PDU's TLVs.
     *
     * @param cursor a reusable cursor
     * @return {@code cursor}
     */
    public TlvCursor tlvs(TlvCursor cursor) {
        return cursor.reset(l.a, l.d, l.tlv(), l.end);
    }
}
