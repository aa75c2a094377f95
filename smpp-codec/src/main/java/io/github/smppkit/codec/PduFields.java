package io.github.smppkit.codec;

import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetails;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.UnsuccessSme;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a PDU field by field, in wire order and by spec name, in the shape of the corpus {@code expect}
 * objects (and of {@code smpp decode --json}): {@code command_length}, {@code command_id} ({@code "0x00000004"}),
 * {@code command}, {@code command_status}, {@code sequence_number}, then each body field (integers as
 * {@link Integer}, or {@link Long} above {@code Integer.MAX_VALUE}; C-strings as text; {@code short_message}
 * as lower-case hex; {@code dest_address} and {@code unsuccess_sme} as lists of maps), then {@code tlvs} as a list
 * of {@code {tag "0x001e", length, value hex}}. A 16-octet PDU gets the five header keys only.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class PduFields {

    private PduFields() {
    }

    /**
     * Describes a PDU.
     *
     * @param pdu the PDU
     * @param commandLength its command_length (as decoded, or as {@link PduCodec#encodedLength} gives)
     * @return an ordered, mutable map
     */
    public static Map<String, Object> describe(Pdu pdu, int commandLength) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command_length", u32(commandLength));
        m.put("command_id", hex(pdu.commandId().id(), 8));
        m.put("command", pdu.commandId().specName());
        m.put("command_status", u32(pdu instanceof Response ? ((Response) pdu).status().code() : 0));
        m.put("sequence_number", u32(pdu.sequenceNumber()));
        if (commandLength == 16) {
            return m;
        }
        body(pdu, m);
        List<Map<String, Object>> tlvs = new ArrayList<>();
        for (Tlv t : pdu.tlvs()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("tag", hex(t.tag(), 4));
            e.put("length", t.value().size());
            e.put("value", t.value().toHex());
            tlvs.add(e);
        }
        m.put("tlvs", tlvs);
        return m;
    }

    private static void body(Pdu pdu, Map<String, Object> m) {
        switch (pdu.commandId()) {
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER: {
                Bind<?> b = (Bind<?>) pdu;
                m.put("system_id", b.systemId());
                m.put("password", b.password());
                m.put("system_type", b.systemType());
                m.put("interface_version", b.interfaceVersion().value());
                address(m, "addr_ton", "addr_npi", "address_range", b.addressRange());
                break;
            }
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                m.put("system_id", ((BindResp) pdu).systemId());
                break;
            case OUTBIND:
                m.put("system_id", ((Outbind) pdu).systemId());
                m.put("password", ((Outbind) pdu).password());
                break;
            case SUBMIT_SM: {
                SubmitSm s = (SubmitSm) pdu;
                sm(m, s.serviceType(), s.source(), s.destination());
                smFields(m, s.esmClass().value(), s.protocolId(), s.priorityFlag(), s.scheduleDeliveryTime(),
                        s.validityPeriod(), s.registeredDelivery().value(), s.replaceIfPresentFlag(),
                        s.dataCoding().value(), s.smDefaultMsgId(), s.shortMessage());
                break;
            }
            case DELIVER_SM: {
                DeliverSm s = (DeliverSm) pdu;
                sm(m, s.serviceType(), s.source(), s.destination());
                smFields(m, s.esmClass().value(), s.protocolId(), s.priorityFlag(), s.scheduleDeliveryTime(),
                        s.validityPeriod(), s.registeredDelivery().value(), s.replaceIfPresentFlag(),
                        s.dataCoding().value(), s.smDefaultMsgId(), s.shortMessage());
                break;
            }
            case DATA_SM: {
                DataSm s = (DataSm) pdu;
                sm(m, s.serviceType(), s.source(), s.destination());
                m.put("esm_class", s.esmClass().value());
                m.put("registered_delivery", s.registeredDelivery().value());
                m.put("data_coding", s.dataCoding().value());
                break;
            }
            case SUBMIT_SM_RESP:
                m.put("message_id", ((SubmitSmResp) pdu).messageId());
                break;
            case DELIVER_SM_RESP:
                m.put("message_id", ((DeliverSmResp) pdu).messageId());
                break;
            case DATA_SM_RESP:
                m.put("message_id", ((DataSmResp) pdu).messageId());
                break;
            case BROADCAST_SM_RESP:
                m.put("message_id", ((BroadcastSmResp) pdu).messageId());
                break;
            case QUERY_BROADCAST_SM_RESP:
                m.put("message_id", ((QueryBroadcastSmResp) pdu).messageId());
                break;
            default:
                moreBody(pdu, m);
        }
    }

    private static void moreBody(Pdu pdu, Map<String, Object> m) {
        switch (pdu.commandId()) {
            case SUBMIT_MULTI: {
                SubmitMulti s = (SubmitMulti) pdu;
                m.put("service_type", s.serviceType());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
                dests(m, s.destAddresses());
                smFields(m, s.esmClass().value(), s.protocolId(), s.priorityFlag(), s.scheduleDeliveryTime(),
                        s.validityPeriod(), s.registeredDelivery().value(), s.replaceIfPresentFlag(),
                        s.dataCoding().value(), s.smDefaultMsgId(), s.shortMessage());
                break;
            }
            case SUBMIT_MULTI_RESP: {
                SubmitMultiResp s = (SubmitMultiResp) pdu;
                m.put("message_id", s.messageId());
                m.put("no_unsuccess", s.unsuccessSmes().size());
                List<Map<String, Object>> list = new ArrayList<>();
                for (UnsuccessSme u : s.unsuccessSmes()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    address(e, "dest_addr_ton", "dest_addr_npi", "destination_addr", u.address());
                    e.put("error_status_code", u32(u.errorStatus().code()));
                    list.add(e);
                }
                m.put("unsuccess_sme", list);
                break;
            }
            case QUERY_SM:
                m.put("message_id", ((QuerySm) pdu).messageId());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", ((QuerySm) pdu).source());
                break;
            case QUERY_SM_RESP: {
                QuerySmResp s = (QuerySmResp) pdu;
                m.put("message_id", s.messageId());
                m.put("final_date", s.finalDate());
                m.put("message_state", s.messageState());
                m.put("error_code", s.errorCode());
                break;
            }
            case CANCEL_SM: {
                CancelSm s = (CancelSm) pdu;
                m.put("service_type", s.serviceType());
                m.put("message_id", s.messageId());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
                address(m, "dest_addr_ton", "dest_addr_npi", "destination_addr", s.destination());
                break;
            }
            case REPLACE_SM: {
                ReplaceSm s = (ReplaceSm) pdu;
                m.put("message_id", s.messageId());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
                m.put("schedule_delivery_time", s.scheduleDeliveryTime());
                m.put("validity_period", s.validityPeriod());
                m.put("registered_delivery", s.registeredDelivery().value());
                m.put("sm_default_msg_id", s.smDefaultMsgId());
                m.put("sm_length", s.shortMessage().size());
                m.put("short_message", s.shortMessage().toHex());
                break;
            }
            case ALERT_NOTIFICATION:
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", ((AlertNotification) pdu).source());
                address(m, "esme_addr_ton", "esme_addr_npi", "esme_addr", ((AlertNotification) pdu).esme());
                break;
            default:
                broadcastAndV33(pdu, m);
        }
    }

    private static void broadcastAndV33(Pdu pdu, Map<String, Object> m) {
        switch (pdu.commandId()) {
            case BROADCAST_SM: {
                BroadcastSm s = (BroadcastSm) pdu;
                m.put("service_type", s.serviceType());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
                m.put("message_id", s.messageId());
                m.put("priority_flag", s.priorityFlag());
                m.put("schedule_delivery_time", s.scheduleDeliveryTime());
                m.put("validity_period", s.validityPeriod());
                m.put("replace_if_present_flag", s.replaceIfPresentFlag());
                m.put("data_coding", s.dataCoding().value());
                m.put("sm_default_msg_id", s.smDefaultMsgId());
                break;
            }
            case QUERY_BROADCAST_SM:
                m.put("message_id", ((QueryBroadcastSm) pdu).messageId());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", ((QueryBroadcastSm) pdu).source());
                break;
            case CANCEL_BROADCAST_SM: {
                CancelBroadcastSm s = (CancelBroadcastSm) pdu;
                m.put("service_type", s.serviceType());
                m.put("message_id", s.messageId());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
                break;
            }
            case PARAM_RETRIEVE:
                m.put("param_name", ((ParamRetrieve) pdu).paramName());
                break;
            case PARAM_RETRIEVE_RESP:
                m.put("param_value", ((ParamRetrieveResp) pdu).paramValue());
                break;
            case QUERY_LAST_MSGS:
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", ((QueryLastMsgs) pdu).source());
                m.put("num_messages", ((QueryLastMsgs) pdu).numMessages());
                break;
            case QUERY_LAST_MSGS_RESP:
                m.put("number_msgs", ((QueryLastMsgsResp) pdu).messageIds().size());
                m.put("message_id", new ArrayList<>(((QueryLastMsgsResp) pdu).messageIds()));
                break;
            case QUERY_MSG_DETAILS: {
                QueryMsgDetails s = (QueryMsgDetails) pdu;
                m.put("message_id", s.messageId());
                address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
                m.put("sm_length", s.smLength());
                break;
            }
            case QUERY_MSG_DETAILS_RESP:
                msgDetails((QueryMsgDetailsResp) pdu, m);
                break;
            default:
                break;
        }
    }

    private static void msgDetails(QueryMsgDetailsResp s, Map<String, Object> m) {
        m.put("service_type", s.serviceType());
        address(m, "source_addr_ton", "source_addr_npi", "source_addr", s.source());
        dests(m, s.destAddresses());
        m.put("protocol_id", s.protocolId());
        m.put("priority_flag", s.priorityFlag());
        m.put("schedule_delivery_time", s.scheduleDeliveryTime());
        m.put("validity_period", s.validityPeriod());
        m.put("registered_delivery", s.registeredDelivery().value());
        m.put("data_coding", s.dataCoding().value());
        m.put("sm_length", s.shortMessage().size());
        m.put("short_message", s.shortMessage().toHex());
        m.put("message_id", s.messageId());
        m.put("final_date", s.finalDate());
        m.put("message_state", s.messageState());
        m.put("error_code", s.errorCode());
    }

    private static void smFields(Map<String, Object> m, int esm, int pid, int prio, String sched, String valid,
            int reg, int replace, int dc, int dflt, Bytes sm) {
        m.put("esm_class", esm);
        m.put("protocol_id", pid);
        m.put("priority_flag", prio);
        m.put("schedule_delivery_time", sched);
        m.put("validity_period", valid);
        m.put("registered_delivery", reg);
        m.put("replace_if_present_flag", replace);
        m.put("data_coding", dc);
        m.put("sm_default_msg_id", dflt);
        m.put("sm_length", sm.size());
        m.put("short_message", sm.toHex());
    }

    private static void sm(Map<String, Object> m, String serviceType, Address source, Address destination) {
        m.put("service_type", serviceType);
        address(m, "source_addr_ton", "source_addr_npi", "source_addr", source);
        address(m, "dest_addr_ton", "dest_addr_npi", "destination_addr", destination);
    }

    private static void dests(Map<String, Object> m, List<DestAddress> dests) {
        m.put("number_of_dests", dests.size());
        List<Map<String, Object>> list = new ArrayList<>();
        for (DestAddress d : dests) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("dest_flag", d.destFlag());
            if (d instanceof SmeAddress) {
                address(e, "dest_addr_ton", "dest_addr_npi", "destination_addr", ((SmeAddress) d).address());
            } else {
                e.put("dl_name", ((DistributionList) d).name());
            }
            list.add(e);
        }
        m.put("dest_address", list);
    }

    private static void address(Map<String, Object> m, String ton, String npi, String value, Address a) {
        m.put(ton, a.ton().value());
        m.put(npi, a.npi().value());
        m.put(value, a.value());
    }

    private static Object u32(int v) {
        return v >= 0 ? (Object) Integer.valueOf(v) : (Object) Long.valueOf(v & 0xFFFFFFFFL);
    }

    private static String hex(int v, int digits) {
        String h = Long.toHexString(v & 0xFFFFFFFFL);
        StringBuilder sb = new StringBuilder(digits + 2).append("0x");
        for (int i = h.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }
}
