package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetails;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies of the query, cancel, alert and broadcast PDUs (reference §4.13, §4.14, §4.16, §4.17, §4.19, §4.20)
 * and of the v3.3 query_last_msgs / query_msg_details pairs (§4.21).
 *
 * <p>Thread-safety: stateless.
 */
public final class QueryBodies {

    private static final CommandStatus SRC = CommandStatus.ESME_RINVSRCADR;
    private static final CommandStatus MSGID = CommandStatus.ESME_RINVMSGID;

    private QueryBodies() {
    }

    /**
     * Reads a body handled here.
     *
     * @param c the command
     * @param seq sequence_number
     * @param st command_status
     * @param r the reader
     * @return the PDU, or {@code null} if not handled here or if {@code r} failed
     */
    public static Pdu read(CommandId c, int seq, CommandStatus st, BodyReader r) {
        switch (c) {
            case QUERY_SM: {
                String id = r.cString(65, MSGID, "message_id");
                Address src = r.address(21, SRC, "source_addr");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new QuerySm(seq, id, src, t);
            }
            case QUERY_SM_RESP: {
                String id = r.cString(65, MSGID, "message_id");
                String date = r.time(CommandStatus.ESME_RINVCMDLEN, "final_date");
                int state = r.u8("message_state");
                int err = r.u8("error_code");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new QuerySmResp(seq, st, id, date, state, err, t);
            }
            case CANCEL_SM: {
                String svc = r.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
                String id = r.cString(65, MSGID, "message_id");
                Address src = r.address(21, SRC, "source_addr");
                Address dst = r.address(65, CommandStatus.ESME_RINVDSTADR, "destination_addr");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new CancelSm(seq, svc, id, src, dst, t);
            }
            case ALERT_NOTIFICATION: {
                Address src = r.address(65, SRC, "source_addr");
                Address esme = r.address(65, CommandStatus.ESME_RINVDSTADR, "esme_addr");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new AlertNotification(seq, src, esme, t);
            }
            case BROADCAST_SM:
                return readBroadcastSm(seq, r);
            case QUERY_BROADCAST_SM: {
                String id = r.cString(65, MSGID, "message_id");
                Address src = r.address(21, SRC, "source_addr");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new QueryBroadcastSm(seq, id, src, t);
            }
            case CANCEL_BROADCAST_SM: {
                String svc = r.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
                String id = r.cString(65, MSGID, "message_id");
                Address src = r.address(21, SRC, "source_addr");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new CancelBroadcastSm(seq, svc, id, src, t);
            }
            default:
                return readV33(c, seq, st, r);
        }
    }

    private static Pdu readBroadcastSm(int seq, BodyReader r) {
        String svc = r.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        Address src = r.address(21, SRC, "source_addr");
        String id = r.cString(65, MSGID, "message_id");
        int prio = r.u8("priority_flag");
        String sched = r.time(CommandStatus.ESME_RINVSCHED, "schedule_delivery_time");
        String valid = r.time(CommandStatus.ESME_RINVEXPIRY, "validity_period");
        int replace = r.u8("replace_if_present_flag");
        int dc = r.u8("data_coding");
        int dflt = r.u8("sm_default_msg_id");
        Tlvs t = r.tlvs();
        return r.failed() ? null
                : new BroadcastSm(seq, svc, src, id, prio, sched, valid, replace, DataCoding.of(dc), dflt, t);
    }

    private static Pdu readV33(CommandId c, int seq, CommandStatus st, BodyReader r) {
        switch (c) {
            case QUERY_LAST_MSGS: {
                Address src = r.address(21, SRC, "source_addr");
                int num = r.u8("num_messages");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new QueryLastMsgs(seq, src, num, t);
            }
            case QUERY_LAST_MSGS_RESP: {
                int n = r.u8("number_msgs");
                List<String> ids = new ArrayList<>(Math.min(n, 16));
                for (int i = 0; i < n && !r.failed(); i++) {
                    ids.add(r.cString(9, MSGID, "message_id"));
                }
                Tlvs t = r.tlvs();
                return r.failed() ? null : new QueryLastMsgsResp(seq, st, ids, t);
            }
            case QUERY_MSG_DETAILS: {
                String id = r.cString(9, MSGID, "message_id");
                Address src = r.address(21, SRC, "source_addr");
                int len = r.u8("sm_length");
                Tlvs t = r.tlvs();
                return r.failed() ? null : new QueryMsgDetails(seq, id, src, len, t);
            }
            case QUERY_MSG_DETAILS_RESP:
                return readMsgDetailsResp(seq, st, r);
            default:
                return null;
        }
    }

    private static Pdu readMsgDetailsResp(int seq, CommandStatus st, BodyReader r) {
        String svc = r.cString(6, CommandStatus.ESME_RINVSERTYP, "service_type");
        Address src = r.address(21, SRC, "source_addr");
        List<DestAddress> dests = MessageBodies.readDestAddresses(r);
        int pid = r.u8("protocol_id");
        int prio = r.u8("priority_flag");
        String sched = r.time(CommandStatus.ESME_RINVSCHED, "schedule_delivery_time");
        String valid = r.time(CommandStatus.ESME_RINVEXPIRY, "validity_period");
        int reg = r.u8("registered_delivery");
        int dc = r.u8("data_coding");
        Bytes sm = r.shortMessage();
        String id = r.cString(9, MSGID, "message_id");
        String date = r.time(CommandStatus.ESME_RINVCMDLEN, "final_date");
        int state = r.u8("message_state");
        int err = r.u8("error_code");
        Tlvs t = r.tlvs();
        return r.failed() ? null : new QueryMsgDetailsResp(seq, st, svc, src, dests, pid, prio, sched, valid,
                RegisteredDelivery.of(reg), DataCoding.of(dc), sm, id, date, state, err, t);
    }

    /**
     * Returns the body length without TLVs, checking emit-side limits.
     *
     * @param p the PDU
     * @param maxSm the largest short_message to emit
     * @param maxAddr the longest data_sm / cancel_sm / alert_notification address to emit
     * @return the length, or -1 if not handled here
     */
    public static int length(Pdu p, int maxSm, int maxAddr) {
        switch (p.commandId()) {
            case QUERY_SM:
                return Wire.cLen(((QuerySm) p).messageId()) + Wire.addrLen(((QuerySm) p).source());
            case QUERY_SM_RESP: {
                QuerySmResp m = (QuerySmResp) p;
                return Wire.cLen(m.messageId()) + Wire.cLen(m.finalDate()) + 2;
            }
            case CANCEL_SM: {
                CancelSm m = (CancelSm) p;
                return Wire.cLen(m.serviceType()) + Wire.cLen(m.messageId()) + Wire.addrLen(m.source())
                        + MessageBodies.emitAddr(m.destination(), "destination_addr", maxAddr);
            }
            case ALERT_NOTIFICATION:
                // jSMPP refuses a source_addr over 21 octets here (reference §4.16): the data_sm limit applies
                return MessageBodies.emitAddr(((AlertNotification) p).source(), "source_addr", maxAddr)
                        + MessageBodies.emitAddr(((AlertNotification) p).esme(), "esme_addr", maxAddr);
            case BROADCAST_SM: {
                BroadcastSm m = (BroadcastSm) p;
                return Wire.cLen(m.serviceType()) + Wire.addrLen(m.source()) + Wire.cLen(m.messageId()) + 1
                        + Wire.cLen(m.scheduleDeliveryTime()) + Wire.cLen(m.validityPeriod()) + 3;
            }
            case QUERY_BROADCAST_SM:
                return Wire.cLen(((QueryBroadcastSm) p).messageId()) + Wire.addrLen(((QueryBroadcastSm) p).source());
            case CANCEL_BROADCAST_SM: {
                CancelBroadcastSm m = (CancelBroadcastSm) p;
                return Wire.cLen(m.serviceType()) + Wire.cLen(m.messageId()) + Wire.addrLen(m.source());
            }
            case QUERY_LAST_MSGS:
                return Wire.addrLen(((QueryLastMsgs) p).source()) + 1;
            case QUERY_LAST_MSGS_RESP: {
                List<String> ids = ((QueryLastMsgsResp) p).messageIds();
                int n = 1;
                for (int i = 0; i < ids.size(); i++) {
                    n += Wire.cLen(ids.get(i));
                }
                return n;
            }
            case QUERY_MSG_DETAILS:
                return Wire.cLen(((QueryMsgDetails) p).messageId()) + Wire.addrLen(((QueryMsgDetails) p).source()) + 1;
            case QUERY_MSG_DETAILS_RESP: {
                QueryMsgDetailsResp m = (QueryMsgDetailsResp) p;
                return Wire.cLen(m.serviceType()) + Wire.addrLen(m.source()) + MessageBodies.destsLen(m.destAddresses())
                        + 2 + Wire.cLen(m.scheduleDeliveryTime()) + Wire.cLen(m.validityPeriod()) + 3
                        + MessageBodies.sm(m.shortMessage(), maxSm) + Wire.cLen(m.messageId())
                        + Wire.cLen(m.finalDate()) + 2;
            }
            default:
                return -1;
        }
    }

    /**
     * Writes the body without TLVs.
     *
     * @param <T> the destination type
     * @param o how to write into {@code d}
     * @param d the destination
     * @param at absolute index of the first body octet
     * @param p the PDU
     * @return the index after the body, or -1 if not handled here
     */
    public static <T> int write(Out<T> o, T d, int at, Pdu p) {
        switch (p.commandId()) {
            case QUERY_SM:
                at = o.cString(d, at, ((QuerySm) p).messageId());
                return o.address(d, at, ((QuerySm) p).source());
            case QUERY_SM_RESP: {
                QuerySmResp m = (QuerySmResp) p;
                at = o.cString(d, at, m.messageId());
                at = o.cString(d, at, m.finalDate());
                at = o.u8(d, at, m.messageState());
                return o.u8(d, at, m.errorCode());
            }
            case CANCEL_SM: {
                CancelSm m = (CancelSm) p;
                at = o.cString(d, at, m.serviceType());
                at = o.cString(d, at, m.messageId());
                at = o.address(d, at, m.source());
                return o.address(d, at, m.destination());
            }
            case ALERT_NOTIFICATION:
                at = o.address(d, at, ((AlertNotification) p).source());
                return o.address(d, at, ((AlertNotification) p).esme());
            case BROADCAST_SM: {
                BroadcastSm m = (BroadcastSm) p;
                at = o.cString(d, at, m.serviceType());
                at = o.address(d, at, m.source());
                at = o.cString(d, at, m.messageId());
                at = o.u8(d, at, m.priorityFlag());
                at = o.cString(d, at, m.scheduleDeliveryTime());
                at = o.cString(d, at, m.validityPeriod());
                at = o.u8(d, at, m.replaceIfPresentFlag());
                at = o.u8(d, at, m.dataCoding().value());
                return o.u8(d, at, m.smDefaultMsgId());
            }
            case QUERY_BROADCAST_SM:
                at = o.cString(d, at, ((QueryBroadcastSm) p).messageId());
                return o.address(d, at, ((QueryBroadcastSm) p).source());
            case CANCEL_BROADCAST_SM: {
                CancelBroadcastSm m = (CancelBroadcastSm) p;
                at = o.cString(d, at, m.serviceType());
                at = o.cString(d, at, m.messageId());
                return o.address(d, at, m.source());
            }
            default:
                return writeV33(o, d, at, p);
        }
    }

    private static <T> int writeV33(Out<T> o, T d, int at, Pdu p) {
        switch (p.commandId()) {
            case QUERY_LAST_MSGS:
                at = o.address(d, at, ((QueryLastMsgs) p).source());
                return o.u8(d, at, ((QueryLastMsgs) p).numMessages());
            case QUERY_LAST_MSGS_RESP: {
                List<String> ids = ((QueryLastMsgsResp) p).messageIds();
                at = o.u8(d, at, ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    at = o.cString(d, at, ids.get(i));
                }
                return at;
            }
            case QUERY_MSG_DETAILS:
                at = o.cString(d, at, ((QueryMsgDetails) p).messageId());
                at = o.address(d, at, ((QueryMsgDetails) p).source());
                return o.u8(d, at, ((QueryMsgDetails) p).smLength());
            case QUERY_MSG_DETAILS_RESP: {
                QueryMsgDetailsResp m = (QueryMsgDetailsResp) p;
                at = o.cString(d, at, m.serviceType());
                at = o.address(d, at, m.source());
                at = MessageBodies.putDests(o, d, at, m.destAddresses());
                at = o.u8(d, at, m.protocolId());
                at = o.u8(d, at, m.priorityFlag());
                at = o.cString(d, at, m.scheduleDeliveryTime());
                at = o.cString(d, at, m.validityPeriod());
                at = o.u8(d, at, m.registeredDelivery().value());
                at = o.u8(d, at, m.dataCoding().value());
                at = o.u8(d, at, m.shortMessage().size());
                at = o.bytes(d, at, m.shortMessage());
                at = o.cString(d, at, m.messageId());
                at = o.cString(d, at, m.finalDate());
                at = o.u8(d, at, m.messageState());
                return o.u8(d, at, m.errorCode());
            }
            default:
                return -1;
        }
    }
}
