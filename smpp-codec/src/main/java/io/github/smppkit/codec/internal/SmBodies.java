package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;

/**
 * Sizes and writes the bodies of submit_sm and deliver_sm (reference §4.4.1, §4.6.1; the same layout). Each method
 * is small enough for the JIT to inline into the encoder, unlike the switches of {@link MessageBodies}, so that
 * the size and the write read the fields once between them.
 *
 * <p>Thread-safety: stateless.
 */
public final class SmBodies {

    private SmBodies() {
    }

    /**
     * Returns the body length of a submit_sm without TLVs, checking the emit limit of short_message.
     *
     * @param m the PDU
     * @param maxSm the largest short_message to emit
     * @return the length
     * @throws IllegalArgumentException if short_message exceeds {@code maxSm}
     */
    public static int length(SubmitSm m, int maxSm) {
        return length(m.serviceType(), m.source(), m.destination(), m.scheduleDeliveryTime(), m.validityPeriod(),
                m.shortMessage(), maxSm);
    }

    /**
     * Returns the body length of a deliver_sm without TLVs, checking the emit limit of short_message.
     *
     * @param m the PDU
     * @param maxSm the largest short_message to emit
     * @return the length
     * @throws IllegalArgumentException if short_message exceeds {@code maxSm}
     */
    public static int length(DeliverSm m, int maxSm) {
        return length(m.serviceType(), m.source(), m.destination(), m.scheduleDeliveryTime(), m.validityPeriod(),
                m.shortMessage(), maxSm);
    }

    private static int length(String svc, Address src, Address dst, String sched, String valid, Bytes sm,
            int maxSm) {
        return Wire.cLen(svc) + Wire.addrLen(src) + Wire.addrLen(dst) + 3 + Wire.cLen(sched) + Wire.cLen(valid) + 5
                + MessageBodies.sm(sm, maxSm);
    }

    /**
     * Writes a submit_sm body.
     *
     * @param o the writer
     * @param d the destination
     * @param at index of the body
     * @param m the PDU
     * @param <T> the destination type
     * @return the index after the body (before the TLVs)
     */
    public static <T> int write(Out<T> o, T d, int at, SubmitSm m) {
        at = putHead(o, d, at, m.serviceType(), m.source(), m.destination(), m.esmClass().value(),
                m.protocolId(), m.priorityFlag(), m.scheduleDeliveryTime(), m.validityPeriod());
        return putTail(o, d, at, m.registeredDelivery().value(), m.replaceIfPresentFlag(),
                m.dataCoding().value(), m.smDefaultMsgId(), m.shortMessage());
    }

    /**
     * Writes a deliver_sm body.
     *
     * @param o the writer
     * @param d the destination
     * @param at index of the body
     * @param m the PDU
     * @param <T> the destination type
     * @return the index after the body (before the TLVs)
     */
    public static <T> int write(Out<T> o, T d, int at, DeliverSm m) {
        at = putHead(o, d, at, m.serviceType(), m.source(), m.destination(), m.esmClass().value(),
                m.protocolId(), m.priorityFlag(), m.scheduleDeliveryTime(), m.validityPeriod());
        return putTail(o, d, at, m.registeredDelivery().value(), m.replaceIfPresentFlag(),
                m.dataCoding().value(), m.smDefaultMsgId(), m.shortMessage());
    }

    private static <T> int putHead(Out<T> o, T d, int at, String svc, Address src, Address dst, int esm, int pid,
            int prio, String sched, String valid) {
        at = o.cString(d, at, svc);
        at = o.address(d, at, src);
        at = o.address(d, at, dst);
        at = o.u8(d, at, esm);
        at = o.u8(d, at, pid);
        at = o.u8(d, at, prio);
        at = o.cString(d, at, sched);
        return o.cString(d, at, valid);
    }

    /**
     * Writes registered_delivery through short_message, the tail that submit_sm, deliver_sm and submit_multi share.
     *
     * @param o the writer
     * @param d the destination
     * @param at index of registered_delivery
     * @param reg registered_delivery
     * @param replace replace_if_present_flag
     * @param dc data_coding
     * @param dflt sm_default_msg_id
     * @param sm short_message
     * @param <T> the destination type
     * @return the index after short_message
     */
    static <T> int putTail(Out<T> o, T d, int at, int reg, int replace, int dc, int dflt, Bytes sm) {
        at = o.u8(d, at, reg);
        at = o.u8(d, at, replace);
        at = o.u8(d, at, dc);
        at = o.u8(d, at, dflt);
        at = o.u8(d, at, sm.size());
        return o.bytes(d, at, sm);
    }
}
