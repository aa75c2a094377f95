package io.github.smppkit.codec.golden;

import static io.github.smppkit.codec.golden.Vectors.assertCanonical;
import static io.github.smppkit.codec.golden.Vectors.decode;
import static io.github.smppkit.codec.golden.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetails;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.ReplaceSmResp;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden vectors of query/cancel/replace, alert_notification, the v5.0 broadcast PDUs and the v3.3-only PDUs
 * (reference §4.13–§4.21); each field asserted.
 */
class QueryVectorsTest {

    /** query_sm: 00000019 00000003 0 e | "abc" 61626300 | 01 01 "12" 313200. */
    @Test
    void querySm() {
        QuerySm p = decode("query_sm/basic", QuerySm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.QUERY_SM);
        assertThat(p.sequenceNumber()).isEqualTo(14);
        assertThat(p.messageId()).isEqualTo("abc");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "12"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("query_sm/basic", p);
    }

    /** query_sm_resp: 00000027 80000003 0 e | "abc" 61626300 | "261123120000000+" 00 | state 02 | error 00. */
    @Test
    void querySmResp() {
        QuerySmResp p = decode("query_sm_resp/final", QuerySmResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.QUERY_SM_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(14);
        assertThat(p.messageId()).isEqualTo("abc");
        assertThat(p.finalDate()).isEqualTo("261123120000000+");
        assertThat(p.messageState()).isEqualTo(2);
        assertThat(p.errorCode()).isZero();
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("query_sm_resp/final", p);
    }

    /** cancel_sm: 0000001d 00000008 0 f | 00 | "abc" 61626300 | 01 01 "1" 3100 | 01 01 "2" 3200; resp header. */
    @Test
    void cancelSmBasic() {
        CancelSm p = decode("cancel_sm/basic", CancelSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.CANCEL_SM);
        assertThat(p.sequenceNumber()).isEqualTo(15);
        assertThat(p.serviceType()).isEmpty();
        assertThat(p.messageId()).isEqualTo("abc");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.destination()).isEqualTo(Address.of(1, 1, "2"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("cancel_sm/basic", p);
    }

    /** cancel_sm: 0000001d 00000008 0 f | 00 | "abc" 61626300 | 01 01 "1" 3100 | 01 01 "2" 3200; resp header. */
    @Test
    void cancelSmRespOk() {
        CancelSmResp r = decode("cancel_sm_resp/ok", CancelSmResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.CANCEL_SM_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(r.sequenceNumber()).isEqualTo(15);
        assertCanonical("cancel_sm_resp/ok", r);
    }

    /**
     * replace_sm: 0000002f 00000007 0 10 | "abc" 61626300 | 01 01 "1" 3100 | sched 00 |
     * validity "000000010000000R" 00 | rd 01 | default 00 | sm_length 02 | "ok" 6f6b; resp header-only error 0x13.
     */
    @Test
    void replaceSmBasic() {
        ReplaceSm p = decode("replace_sm/basic", ReplaceSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.REPLACE_SM);
        assertThat(p.sequenceNumber()).isEqualTo(16);
        assertThat(p.messageId()).isEqualTo("abc");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.scheduleDeliveryTime()).isEmpty();
        assertThat(p.validityPeriod()).isEqualTo("000000010000000R");
        assertThat(p.registeredDelivery()).isEqualTo(RegisteredDelivery.ON_SUCCESS_OR_FAILURE);
        assertThat(p.smDefaultMsgId()).isZero();
        assertThat(p.shortMessage()).isEqualTo(hex("6f6b"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("replace_sm/basic", p);
    }

    /**
     * replace_sm: 0000002f 00000007 0 10 | "abc" 61626300 | 01 01 "1" 3100 | sched 00 |
     * validity "000000010000000R" 00 | rd 01 | default 00 | sm_length 02 | "ok" 6f6b; resp header-only error 0x13.
     */
    @Test
    void replaceSmRespErrorHeaderOnly() {
        ReplaceSmResp r = decode("replace_sm_resp/error_header_only", ReplaceSmResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.REPLACE_SM_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
        assertThat(r.sequenceNumber()).isEqualTo(16);
        assertCanonical("replace_sm_resp/error_header_only", r);
    }

    /** alert_notification: 00000021 00000102 0 11 | 01 01 "123" 31323300 | 02 08 "abc" 61626300 | 0422 0001 01. */
    @Test
    void alertNotification() {
        AlertNotification p = decode("alert_notification/basic", AlertNotification.class);
        assertThat(p.commandId()).isEqualTo(CommandId.ALERT_NOTIFICATION);
        assertThat(p.sequenceNumber()).isEqualTo(17);
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "123"));
        assertThat(p.esme()).isEqualTo(Address.of(2, 8, "abc"));
        assertThat(p.tlvs().get(StandardTlvs.MS_AVAILABILITY_STATUS)).contains(1);
        assertThat(p.tlvs().size()).isEqualTo(1);
        assertCanonical("alert_notification/basic", p);
    }

    /**
     * broadcast_sm: 0000003e 00000111 0 12 | 00 | 01 01 "1" 3100 | message_id 00 | prio 01 | sched 00 |
     * validity 00 | replace 00 | dc 00 | default 00 | 0606 0003 004142 (twice) | 0601 0003 010002 |
     * 0604 0002 0001 | 0605 0003 090001.
     */
    @Test
    void broadcastSm() {
        BroadcastSm p = decode("broadcast_sm/basic", BroadcastSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BROADCAST_SM);
        assertThat(p.sequenceNumber()).isEqualTo(18);
        assertThat(p.serviceType()).isEmpty();
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.messageId()).isEmpty();
        assertThat(p.priorityFlag()).isEqualTo(1);
        assertThat(p.scheduleDeliveryTime()).isEmpty();
        assertThat(p.validityPeriod()).isEmpty();
        assertThat(p.replaceIfPresentFlag()).isZero();
        assertThat(p.dataCoding()).isEqualTo(DataCoding.DEFAULT);
        assertThat(p.smDefaultMsgId()).isZero();
        assertThat(p.tlvs().asList()).containsExactly(new Tlv(0x0606, hex("004142")), new Tlv(0x0606, hex("004142")),
                new Tlv(0x0601, hex("010002")), new Tlv(0x0604, hex("0001")), new Tlv(0x0605, hex("090001")));
        assertThat(p.tlvs().getAll(StandardTlvs.BROADCAST_AREA_IDENTIFIER)).hasSize(2);
        assertThat(p.tlvs().get(StandardTlvs.BROADCAST_REP_NUM)).contains(1);
        assertCanonical("broadcast_sm/basic", p);
    }

    /**
     * broadcast_sm_resp: 00000013 80000111 0 12 | "b1" 623100; error 00000020 80000111 0000010d 12 | 00 |
     * 0607 0004 00000109 | 0606 0003 004142.
     */
    @Test
    void broadcastSmRespOk() {
        BroadcastSmResp ok = decode("broadcast_sm_resp/ok", BroadcastSmResp.class);
        assertThat(ok.commandId()).isEqualTo(CommandId.BROADCAST_SM_RESP);
        assertThat(ok.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(ok.sequenceNumber()).isEqualTo(18);
        assertThat(ok.messageId()).isEqualTo("b1");
        assertThat(ok.tlvs().isEmpty()).isTrue();
        assertCanonical("broadcast_sm_resp/ok", ok);
    }

    /**
     * broadcast_sm_resp: 00000013 80000111 0 12 | "b1" 623100; error 00000020 80000111 0000010d 12 | 00 |
     * 0607 0004 00000109 | 0606 0003 004142.
     */
    @Test
    void broadcastSmRespErrorWithTlvs() {
        BroadcastSmResp error = decode("broadcast_sm_resp/error_with_tlvs", BroadcastSmResp.class);
        assertThat(error.status()).isEqualTo(CommandStatus.ESME_RBCASTFAIL);
        assertThat(error.sequenceNumber()).isEqualTo(18);
        assertThat(error.messageId()).isEmpty();
        assertThat(error.tlvs().get(StandardTlvs.BROADCAST_ERROR_STATUS)).contains(0x109);
        assertThat(error.tlvs().asList()).containsExactly(new Tlv(0x0607, hex("00000109")),
                new Tlv(0x0606, hex("004142")));
        assertCanonical("broadcast_sm_resp/error_with_tlvs", error);
    }

    /**
     * query_broadcast_sm: 00000017 00000112 0 13 | "b1" 623100 | 01 01 "1" 3100; resp 00000024 80000112 0 13 |
     * "b1" 623100 | 0427 0001 01 | 0606 0003 004142 | 0608 0001 64.
     */
    @Test
    void queryBroadcastSmBasic() {
        QueryBroadcastSm p = decode("query_broadcast_sm/basic", QueryBroadcastSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.QUERY_BROADCAST_SM);
        assertThat(p.sequenceNumber()).isEqualTo(19);
        assertThat(p.messageId()).isEqualTo("b1");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("query_broadcast_sm/basic", p);
    }

    /**
     * query_broadcast_sm: 00000017 00000112 0 13 | "b1" 623100 | 01 01 "1" 3100; resp 00000024 80000112 0 13 |
     * "b1" 623100 | 0427 0001 01 | 0606 0003 004142 | 0608 0001 64.
     */
    @Test
    void queryBroadcastSmRespOk() {
        QueryBroadcastSmResp r = decode("query_broadcast_sm_resp/ok", QueryBroadcastSmResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.QUERY_BROADCAST_SM_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(r.sequenceNumber()).isEqualTo(19);
        assertThat(r.messageId()).isEqualTo("b1");
        assertThat(r.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(1);
        assertThat(r.tlvs().get(StandardTlvs.BROADCAST_AREA_SUCCESS)).contains(100);
        assertThat(r.tlvs().asList()).containsExactly(new Tlv(0x0427, hex("01")), new Tlv(0x0606, hex("004142")),
                new Tlv(0x0608, hex("64")));
        assertCanonical("query_broadcast_sm_resp/ok", r);
    }

    /** cancel_broadcast_sm: 00000018 00000113 0 14 | 00 | "b1" 623100 | 01 01 "1" 3100; resp header only. */
    @Test
    void cancelBroadcastSmBasic() {
        CancelBroadcastSm p = decode("cancel_broadcast_sm/basic", CancelBroadcastSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.CANCEL_BROADCAST_SM);
        assertThat(p.sequenceNumber()).isEqualTo(20);
        assertThat(p.serviceType()).isEmpty();
        assertThat(p.messageId()).isEqualTo("b1");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("cancel_broadcast_sm/basic", p);
    }

    /** cancel_broadcast_sm: 00000018 00000113 0 14 | 00 | "b1" 623100 | 01 01 "1" 3100; resp header only. */
    @Test
    void cancelBroadcastSmRespOk() {
        CancelBroadcastSmResp r = decode("cancel_broadcast_sm_resp/ok", CancelBroadcastSmResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.CANCEL_BROADCAST_SM_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(r.sequenceNumber()).isEqualTo(20);
        assertCanonical("cancel_broadcast_sm_resp/ok", r);
    }

    /** param_retrieve: 00000014 00000022 0 15 | "max" 6d617800; resp 00000013 80000022 0 15 | "10" 313000. */
    @Test
    void paramRetrieveBasic() {
        ParamRetrieve p = decode("param_retrieve/basic", ParamRetrieve.class);
        assertThat(p.commandId()).isEqualTo(CommandId.PARAM_RETRIEVE);
        assertThat(p.sequenceNumber()).isEqualTo(21);
        assertThat(p.paramName()).isEqualTo("max");
        assertCanonical("param_retrieve/basic", p);
    }

    /** param_retrieve: 00000014 00000022 0 15 | "max" 6d617800; resp 00000013 80000022 0 15 | "10" 313000. */
    @Test
    void paramRetrieveRespOk() {
        ParamRetrieveResp r = decode("param_retrieve_resp/ok", ParamRetrieveResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.PARAM_RETRIEVE_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(r.sequenceNumber()).isEqualTo(21);
        assertThat(r.paramValue()).isEqualTo("10");
        assertCanonical("param_retrieve_resp/ok", r);
    }

    /**
     * query_last_msgs: 00000015 00000023 0 16 | 01 01 "1" 3100 | num 05; resp 00000016 80000023 0 16 | 02 |
     * "1" 3100 | "ab" 616200.
     */
    @Test
    void queryLastMsgsBasic() {
        QueryLastMsgs p = decode("query_last_msgs/basic", QueryLastMsgs.class);
        assertThat(p.commandId()).isEqualTo(CommandId.QUERY_LAST_MSGS);
        assertThat(p.sequenceNumber()).isEqualTo(22);
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.numMessages()).isEqualTo(5);
        assertCanonical("query_last_msgs/basic", p);
    }

    /**
     * query_last_msgs: 00000015 00000023 0 16 | 01 01 "1" 3100 | num 05; resp 00000016 80000023 0 16 | 02 |
     * "1" 3100 | "ab" 616200.
     */
    @Test
    void queryLastMsgsRespTwo() {
        QueryLastMsgsResp r = decode("query_last_msgs_resp/two", QueryLastMsgsResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.QUERY_LAST_MSGS_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(r.sequenceNumber()).isEqualTo(22);
        assertThat(r.messageIds()).isEqualTo(List.of("1", "ab"));
        assertCanonical("query_last_msgs_resp/two", r);
    }

    /**
     * query_msg_details: 00000018 00000024 0 17 | "1a" 316100 | 01 01 "1" 3100 | sm_length 40; resp 0000002a
     * 80000024 0 17 | 00 | 01 01 "1" 3100 | dests 01 | 01 01 01 "2" 3200 | pid 00 | prio 00 | sched 00 |
     * validity 00 | rd 00 | dc 00 | sm_length 02 | "hi" 6869 | "1a" 316100 | final_date 00 | state 02 | error 00.
     */
    @Test
    void queryMsgDetailsBasic() {
        QueryMsgDetails p = decode("query_msg_details/basic", QueryMsgDetails.class);
        assertThat(p.commandId()).isEqualTo(CommandId.QUERY_MSG_DETAILS);
        assertThat(p.sequenceNumber()).isEqualTo(23);
        assertThat(p.messageId()).isEqualTo("1a");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.smLength()).isEqualTo(64);
        assertCanonical("query_msg_details/basic", p);
    }

    /**
     * query_msg_details: 00000018 00000024 0 17 | "1a" 316100 | 01 01 "1" 3100 | sm_length 40; resp 0000002a
     * 80000024 0 17 | 00 | 01 01 "1" 3100 | dests 01 | 01 01 01 "2" 3200 | pid 00 | prio 00 | sched 00 |
     * validity 00 | rd 00 | dc 00 | sm_length 02 | "hi" 6869 | "1a" 316100 | final_date 00 | state 02 | error 00.
     */
    @Test
    void queryMsgDetailsRespBasic() {
        QueryMsgDetailsResp r = decode("query_msg_details_resp/basic", QueryMsgDetailsResp.class);
        assertThat(r.commandId()).isEqualTo(CommandId.QUERY_MSG_DETAILS_RESP);
        assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(r.sequenceNumber()).isEqualTo(23);
        assertThat(r.serviceType()).isEmpty();
        assertThat(r.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(r.destAddresses()).containsExactly(new SmeAddress(Address.of(1, 1, "2")));
        assertThat(r.protocolId()).isZero();
        assertThat(r.priorityFlag()).isZero();
        assertThat(r.scheduleDeliveryTime()).isEmpty();
        assertThat(r.validityPeriod()).isEmpty();
        assertThat(r.registeredDelivery()).isEqualTo(RegisteredDelivery.NONE);
        assertThat(r.dataCoding()).isEqualTo(DataCoding.DEFAULT);
        assertThat(r.shortMessage()).isEqualTo(hex("6869"));
        assertThat(r.messageId()).isEqualTo("1a");
        assertThat(r.finalDate()).isEmpty();
        assertThat(r.messageState()).isEqualTo(2);
        assertThat(r.errorCode()).isZero();
        assertCanonical("query_msg_details_resp/basic", r);
    }
}
