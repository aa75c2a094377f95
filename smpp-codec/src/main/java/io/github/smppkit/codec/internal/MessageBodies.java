package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.UnsuccessSme;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies of the message PDUs: submit_sm, deliver_sm, data_sm (written here, read through the layouts),
 * submit_multi (reference §4.7, §4.8), replace_sm (§4.15) and the message-id responses.
 *
 * <p>Thread-safety: stateless.
 */
public final class MessageBodies {

    private MessageBodies() {
    }

    /**
     * Reads a body handled here with a {@link BodyReader}.
     *
     * @param c the command
     * @param seq sequence_number
     * @param st command_status
     * @param r the reader
     * @return the PDU, or {@code null} if not handled here or if {@code r} failed
     */
    public static Pdu read(CommandId c, int seq, CommandStatus st, BodyReader r) {
        switch (c) {
            case SUBMIT_MULTI:
                return readSubmitMulti(seq, r);
            case SUBMIT_MULTI_RESP: {
                String id = r.cString(65, CommandStatus.ESME_RINVMSGID, "message_id");
                // Some peers omit no_unsuccess when all were accepted (smppex #72): read that as 0.
                int n = r.remaining() == 0 ? 0 : r.u8("no_unsuccess");
                List<UnsuccessSme> list = new ArrayList<>(Math.min(n, 16));
                for (int i = 0; i < n && !r.failed(); i++) {
                    Address a = r.address(21, CommandStatus.ESME_RINVDSTADR, "destination_addr");
                    int code = r.i32("error_status_code");
                    if (!r.failed()) {
                        list.add(new UnsuccessSme(a, CommandStatus.of(code)));
                    }
                }
                Tlvs tlvs = r.tlvs();
                return r.failed() ? null : new SubmitMultiResp(seq, st, id, list, tlvs);
            }
            case REPLACE_SM: {
                String id = r.cString(65, CommandStatus.ESME_RINVMSGID, "message_id");
                Address src = r.address(21, CommandStatus.ESME_RINVSRCADR, "source_addr");
                String sched = r.time(CommandStatus.ESME_RINVSCHED, "schedule_delivery_time");
                String valid = r.time(CommandStatus.ESME_RINVEXPIRY, "validity_period");
                int reg = r.u8("registered_delivery");
                int dflt = r.u8("sm_default_msg_id");
                Bytes sm = r.shortMessage();
                Tlvs tlvs = r.tlvs();
                return r.failed() ? null : new ReplaceSm(seq, id, src, sched, valid, RegisteredDelivery.of(reg), dflt,
                        sm, tlvs);
            }
            case BROADCAST_SM_RESP: {
                String id = r.remaining() == 0 ? "" : r.cString(65, CommandStatus.ESME_RINVMSGID, "message_id");
                return new BroadcastSmResp(seq, st, id, r.tlvs());
            }
            case QUERY_BROADCAST_SM_RESP: {
                String id = r.remaining() == 0 ? "" : r.cString(65, CommandStatus.ESME_RINVMSGID, "message_id");
                return new QueryBroadcastSmResp(seq, st, id, r.tlvs());
            }
            default:
                return null;
        }
    }

    private static Pdu readSubmitMulti(int seq, BodyReader r) {
        String svc = r.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        Address src = r.address(21, CommandStatus.ESME_RINVSRCADR, "source_addr");
        List<DestAddress> dests = readDestAddresses(r);
        int esm = r.u8("esm_class");
        int pid = r.u8("protocol_id");
        int prio = r.u8("priority_flag");
        String sched = r.time(CommandStatus.ESME_RINVSCHED, "schedule_delivery_time");
        String valid = r.time(CommandStatus.ESME_RINVEXPIRY, "validity_period");
        int reg = r.u8("registered_delivery");
        int replace = r.u8("replace_if_present_flag");
        int dc = r.u8("data_coding");
        int dflt = r.u8("sm_default_msg_id");
        Bytes sm = r.shortMessage();
        Tlvs tlvs = r.tlvs();
        if (r.failed()) {
            return null;
        }
        return new SubmitMulti(seq, svc, src, dests, EsmClass.of(esm), pid, prio, sched, valid,
                RegisteredDelivery.of(reg), replace, DataCoding.of(dc), dflt, sm, tlvs);
    }

    /**
     * Reads number_of_dests and the dest_address entries (reference §4.7).
     *
     * @param r the reader
     * @return the entries (partial after a failure)
     */
    static List<DestAddress> readDestAddresses(BodyReader r) {
        int n = r.u8("number_of_dests");
        List<DestAddress> dests = new ArrayList<>(Math.min(n, 16));
        for (int i = 0; i < n && !r.failed(); i++) {
            int flag = r.u8("dest_flag");
            if (flag == 1) {
                Address a = r.address(21, CommandStatus.ESME_RINVDSTADR, "destination_addr");
                if (!r.failed()) {
                    dests.add(new SmeAddress(a));
                }
            } else if (flag == 2) {
                String name = r.cString(21, CommandStatus.ESME_RINVDLNAME, "dl_name");
                if (!r.failed()) {
                    dests.add(new DistributionList(name));
                }
            } else if (!r.failed()) {
                r.fail(CommandStatus.ESME_RINVDESTFLAG, "dest_flag: " + flag + " is neither 1 nor 2");
            }
        }
        return dests;
    }

    /**
     * Returns the body length without TLVs, checking emit-side limits.
     *
     * @param p the PDU
     * @param maxSm the largest short_message to emit
     * @param maxAddr the longest data_sm / cancel_sm / alert_notification address to emit
     * @return the length, or -1 if not handled here (submit_sm and deliver_sm: {@link SmBodies})
     */
    public static int length(Pdu p, int maxSm, int maxAddr) {
        switch (p.commandId()) {
            case DATA_SM: {
                DataSm m = (DataSm) p;
                return Wire.cLen(m.serviceType()) + emitAddr(m.source(), "source_addr", maxAddr)
                        + emitAddr(m.destination(), "destination_addr", maxAddr) + 3;
            }
            case SUBMIT_SM_RESP:
                return Wire.cLen(((SubmitSmResp) p).messageId());
            case DELIVER_SM_RESP:
                return Wire.cLen(((DeliverSmResp) p).messageId());
            case DATA_SM_RESP:
                return Wire.cLen(((DataSmResp) p).messageId());
            case BROADCAST_SM_RESP:
                return Wire.cLen(((BroadcastSmResp) p).messageId());
            case QUERY_BROADCAST_SM_RESP:
                return Wire.cLen(((QueryBroadcastSmResp) p).messageId());
            default:
                return lengthOthers(p, maxSm);
        }
    }

    private static int lengthOthers(Pdu p, int maxSm) {
        switch (p.commandId()) {
            case SUBMIT_MULTI: {
                SubmitMulti m = (SubmitMulti) p;
                return Wire.cLen(m.serviceType()) + Wire.addrLen(m.source()) + destsLen(m.destAddresses()) + 3
                        + Wire.cLen(m.scheduleDeliveryTime()) + Wire.cLen(m.validityPeriod()) + 5
                        + sm(m.shortMessage(), maxSm);
            }
            case SUBMIT_MULTI_RESP: {
                SubmitMultiResp m = (SubmitMultiResp) p;
                int n = Wire.cLen(m.messageId()) + 1;
                for (int i = 0; i < m.unsuccessSmes().size(); i++) {
                    n += Wire.addrLen(m.unsuccessSmes().get(i).address()) + 4;
                }
                return n;
            }
            case REPLACE_SM: {
                ReplaceSm m = (ReplaceSm) p;
                return Wire.cLen(m.messageId()) + Wire.addrLen(m.source()) + Wire.cLen(m.scheduleDeliveryTime())
                        + Wire.cLen(m.validityPeriod()) + 3 + sm(m.shortMessage(), maxSm);
            }
            default:
                return -1;
        }
    }

    /**
     * Checks the emit limit of short_message.
     *
     * @param sm the octets
     * @param maxSm the limit
     * @return the size
     */
    static int sm(Bytes sm, int maxSm) {
        if (sm.size() > maxSm) {
            throw new IllegalArgumentException("short_message: " + sm.size() + " > " + maxSm);
        }
        return sm.size();
    }

    /**
     * Checks the emit limit (20 characters by default) of an address accepted up to 64 on decode (reference §4.11,
     * §4.14, §4.16).
     *
     * @param a the address
     * @param field spec name
     * @param max the longest value emitted
     * @return its encoded size
     */
    static int emitAddr(Address a, String field, int max) {
        if (a.value().length() > max) {
            throw new IllegalArgumentException(field + ": " + a.value().length() + " > " + max);
        }
        return Wire.addrLen(a);
    }

    /**
     * Returns the size of number_of_dests and the entries.
     *
     * @param dests the entries
     * @return the size
     */
    static int destsLen(List<DestAddress> dests) {
        int n = 1;
        for (int i = 0; i < dests.size(); i++) {
            DestAddress d = dests.get(i);
            n += d instanceof SmeAddress ? 1 + Wire.addrLen(((SmeAddress) d).address())
                    : 1 + Wire.cLen(((DistributionList) d).name());
        }
        return n;
    }

    /**
     * Writes number_of_dests and the entries.
     *
     * @param <T> the destination type
     * @param o how to write into {@code d}
     * @param d the destination
     * @param at absolute index of number_of_dests
     * @param dests the entries
     * @return the index after the entries
     */
    static <T> int putDests(Out<T> o, T d, int at, List<DestAddress> dests) {
        at = o.u8(d, at, dests.size());
        for (int i = 0; i < dests.size(); i++) {
            DestAddress a = dests.get(i);
            at = o.u8(d, at, a.destFlag());
            if (a instanceof SmeAddress) {
                at = o.address(d, at, ((SmeAddress) a).address());
            } else {
                at = o.cString(d, at, ((DistributionList) a).name());
            }
        }
        return at;
    }

    /**
     * Writes the body without TLVs.
     *
     * @param <T> the destination type
     * @param o how to write into {@code d}
     * @param d the destination
     * @param at absolute index of the first body octet
     * @param p the PDU
     * @return the index after the body, or -1 if not handled here (submit_sm and deliver_sm: {@link SmBodies})
     */
    public static <T> int write(Out<T> o, T d, int at, Pdu p) {
        switch (p.commandId()) {
            case DATA_SM: {
                DataSm m = (DataSm) p;
                at = o.cString(d, at, m.serviceType());
                at = o.address(d, at, m.source());
                at = o.address(d, at, m.destination());
                at = o.u8(d, at, m.esmClass().value());
                at = o.u8(d, at, m.registeredDelivery().value());
                return o.u8(d, at, m.dataCoding().value());
            }
            case SUBMIT_SM_RESP:
                return o.cString(d, at, ((SubmitSmResp) p).messageId());
            case DELIVER_SM_RESP:
                return o.cString(d, at, ((DeliverSmResp) p).messageId());
            case DATA_SM_RESP:
                return o.cString(d, at, ((DataSmResp) p).messageId());
            case BROADCAST_SM_RESP:
                return o.cString(d, at, ((BroadcastSmResp) p).messageId());
            case QUERY_BROADCAST_SM_RESP:
                return o.cString(d, at, ((QueryBroadcastSmResp) p).messageId());
            default:
                return writeOthers(o, d, at, p);
        }
    }

    private static <T> int writeOthers(Out<T> o, T d, int at, Pdu p) {
        switch (p.commandId()) {
            case SUBMIT_MULTI: {
                SubmitMulti m = (SubmitMulti) p;
                at = o.cString(d, at, m.serviceType());
                at = o.address(d, at, m.source());
                at = putDests(o, d, at, m.destAddresses());
                at = o.u8(d, at, m.esmClass().value());
                at = o.u8(d, at, m.protocolId());
                at = o.u8(d, at, m.priorityFlag());
                at = o.cString(d, at, m.scheduleDeliveryTime());
                at = o.cString(d, at, m.validityPeriod());
                return SmBodies.putTail(o, d, at, m.registeredDelivery().value(), m.replaceIfPresentFlag(),
                        m.dataCoding().value(), m.smDefaultMsgId(), m.shortMessage());
            }
            case SUBMIT_MULTI_RESP: {
                SubmitMultiResp m = (SubmitMultiResp) p;
                at = o.cString(d, at, m.messageId());
                at = o.u8(d, at, m.unsuccessSmes().size());
                for (int i = 0; i < m.unsuccessSmes().size(); i++) {
                    UnsuccessSme u = m.unsuccessSmes().get(i);
                    at = o.address(d, at, u.address());
                    at = o.i32(d, at, u.errorStatus().code());
                }
                return at;
            }
            case REPLACE_SM: {
                ReplaceSm m = (ReplaceSm) p;
                at = o.cString(d, at, m.messageId());
                at = o.address(d, at, m.source());
                at = o.cString(d, at, m.scheduleDeliveryTime());
                at = o.cString(d, at, m.validityPeriod());
                at = o.u8(d, at, m.registeredDelivery().value());
                at = o.u8(d, at, m.smDefaultMsgId());
                at = o.u8(d, at, m.shortMessage().size());
                return o.bytes(d, at, m.shortMessage());
            }
            default:
                return -1;
        }
    }
}
