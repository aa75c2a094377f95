package io.github.smppkit.codec.golden;

import static io.github.smppkit.codec.golden.Vectors.assertCanonical;
import static io.github.smppkit.codec.golden.Vectors.assertEncodesHeaderOnly;
import static io.github.smppkit.codec.golden.Vectors.decode;
import static io.github.smppkit.codec.golden.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.UnsuccessSme;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import org.junit.jupiter.api.Test;

/** Golden vectors of the message PDUs (reference §4.5–§4.12); each field asserted. */
class MessageVectorsTest {

    /**
     * header 0000002c 00000004 0 7 | service_type 00 | 01 01 "123" 31323300 | 01 01 "456" 34353600 | esm 00 |
     * pid 00 | prio 00 | sched 00 | validity 00 | rd 01 | replace 00 | dc 00 | default 00 | sm_length 05 |
     * "hello" 68656c6c6f.
     */
    @Test
    void submitSmBasic() {
        SubmitSm p = decode("submit_sm/basic", SubmitSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.SUBMIT_SM);
        assertThat(p.sequenceNumber()).isEqualTo(7);
        assertThat(p.serviceType()).isEmpty();
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "123"));
        assertThat(p.destination()).isEqualTo(Address.of(1, 1, "456"));
        assertThat(p.esmClass()).isEqualTo(EsmClass.DEFAULT);
        assertThat(p.protocolId()).isZero();
        assertThat(p.priorityFlag()).isZero();
        assertThat(p.scheduleDeliveryTime()).isEmpty();
        assertThat(p.validityPeriod()).isEmpty();
        assertThat(p.registeredDelivery()).isEqualTo(RegisteredDelivery.ON_SUCCESS_OR_FAILURE);
        assertThat(p.replaceIfPresentFlag()).isZero();
        assertThat(p.dataCoding()).isEqualTo(DataCoding.DEFAULT);
        assertThat(p.smDefaultMsgId()).isZero();
        assertThat(p.shortMessage()).isEqualTo(hex("68656c6c6f"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("submit_sm/basic", p);
    }

    /**
     * header 00000067 00000004 0 8 | "CMT" 434d5400 | 05 00 "Shop" 53686f7000 | 01 01 "4477" 3434373700 | esm 40 |
     * pid 7f | prio 01 | sched "261123120000000+" (16 octets) 00 | validity "000001000000000R" 00 | rd 11 |
     * replace 01 | dc 08 | default 00 | sm_length 08 | 050003a7 0201 0041 | TLV 0204 0002 1234 |
     * TLV 1401 0003 010203 (vendor) | TLV 0204 0002 0007 (repeated).
     */
    @Test
    void submitSmWithUdhTimesAndRepeatedTlvs() {
        SubmitSm p = decode("submit_sm/udh_times_tlvs", SubmitSm.class);
        assertThat(p.sequenceNumber()).isEqualTo(8);
        assertThat(p.serviceType()).isEqualTo("CMT");
        assertThat(p.source()).isEqualTo(Address.of(5, 0, "Shop"));
        assertThat(p.destination()).isEqualTo(Address.of(1, 1, "4477"));
        assertThat(p.esmClass()).isEqualTo(EsmClass.UDHI);
        assertThat(p.esmClass().hasUdhi()).isTrue();
        assertThat(p.protocolId()).isEqualTo(0x7f);
        assertThat(p.priorityFlag()).isEqualTo(1);
        assertThat(p.scheduleDeliveryTime()).isEqualTo("261123120000000+");
        assertThat(p.validityPeriod()).isEqualTo("000001000000000R");
        assertThat(p.registeredDelivery().value()).isEqualTo(0x11);
        assertThat(p.registeredDelivery().wantsIntermediateNotification()).isTrue();
        assertThat(p.replaceIfPresentFlag()).isEqualTo(1);
        assertThat(p.dataCoding()).isEqualTo(DataCoding.UCS2);
        assertThat(p.smDefaultMsgId()).isZero();
        assertThat(p.shortMessage()).isEqualTo(hex("050003a702010041"));
        assertThat(p.tlvs().asList()).containsExactly(new Tlv(0x0204, hex("1234")), new Tlv(0x1401, hex("010203")),
                new Tlv(0x0204, hex("0007")));
        assertThat(p.tlvs().getAll(StandardTlvs.USER_MESSAGE_REFERENCE)).containsExactly(0x1234, 7);
        assertCanonical("submit_sm/udh_times_tlvs", p);
    }

    /**
     * header 0000002a 00000004 0 9 | 00 | 00 00 00 | 01 01 "9" 3900 | 00 00 00 | 00 | 00 | 00 00 00 00 |
     * sm_length 00 | TLV 0424 0004 deadbeef.
     */
    @Test
    void submitSmWithMessagePayload() {
        SubmitSm p = decode("submit_sm/message_payload", SubmitSm.class);
        assertThat(p.sequenceNumber()).isEqualTo(9);
        assertThat(p.source()).isEqualTo(Address.EMPTY);
        assertThat(p.destination()).isEqualTo(Address.of(1, 1, "9"));
        assertThat(p.registeredDelivery()).isEqualTo(RegisteredDelivery.NONE);
        assertThat(p.shortMessage()).isEqualTo(Bytes.EMPTY);
        assertThat(p.tlvs().get(StandardTlvs.MESSAGE_PAYLOAD)).contains(hex("deadbeef"));
        assertThat(p.tlvs().size()).isEqualTo(1);
        assertCanonical("submit_sm/message_payload", p);
    }

    /** header 00000017 80000004 0 7 | message_id "abc123" 61626331323300. */
    @Test
    void submitSmRespOk() {
        SubmitSmResp p = decode("submit_sm_resp/ok", SubmitSmResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.SUBMIT_SM_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(7);
        assertThat(p.messageId()).isEqualTo("abc123");
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("submit_sm_resp/ok", p);
    }

    /** The three error shapes of §2.6 and a v5.0 error response with a TLV. */
    @Test
    void submitSmRespErrorHeaderOnly() {
        SubmitSmResp headerOnly = decode("submit_sm_resp/error_header_only", SubmitSmResp.class);
        assertThat(headerOnly.status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
        assertThat(headerOnly.sequenceNumber()).isEqualTo(7);
        assertThat(headerOnly.messageId()).isEmpty();
        assertCanonical("submit_sm_resp/error_header_only", headerOnly);
    }

    /** The three error shapes of §2.6 and a v5.0 error response with a TLV. */
    @Test
    void submitSmRespErrorSingleNul() {
        // 00000011 80000004 00000003 00000008 | 00
        SubmitSmResp nul = decode("submit_sm_resp/error_single_nul", SubmitSmResp.class);
        assertThat(nul.status()).isEqualTo(CommandStatus.ESME_RINVCMDID);
        assertThat(nul.sequenceNumber()).isEqualTo(8);
        assertThat(nul.messageId()).isEmpty();
        assertThat(nul.tlvs().isEmpty()).isTrue();
        assertEncodesHeaderOnly("submit_sm_resp/error_single_nul", nul);
    }

    /** The three error shapes of §2.6 and a v5.0 error response with a TLV. */
    @Test
    void submitSmRespErrorWithBody() {
        // 00000021 80000004 0000000b 00000002 | "0123456789abcdef" 00
        SubmitSmResp body = decode("submit_sm_resp/error_with_body", SubmitSmResp.class);
        assertThat(body.status()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
        assertThat(body.sequenceNumber()).isEqualTo(2);
        assertThat(body.messageId()).isEqualTo("0123456789abcdef");
        assertThat(body.tlvs().isEmpty()).isTrue();
        assertEncodesHeaderOnly("submit_sm_resp/error_with_body", body);
    }

    /** The three error shapes of §2.6 and a v5.0 error response with a TLV. */
    @Test
    void submitSmRespErrorWithTlvV50() {
        // 00000016 80000004 00000045 00000009 | message_id 00 | TLV 0425 0001 02
        SubmitSmResp tlv = decode("submit_sm_resp/error_with_tlv_v50", SubmitSmResp.class);
        assertThat(tlv.status()).isEqualTo(CommandStatus.ESME_RSUBMITFAIL);
        assertThat(tlv.sequenceNumber()).isEqualTo(9);
        assertThat(tlv.messageId()).isEmpty();
        assertThat(tlv.tlvs().asList()).containsExactly(new Tlv(0x0425, hex("02")));
        assertThat(tlv.tlvs().get(StandardTlvs.DELIVERY_FAILURE_REASON)).contains(2);
        assertCanonical("submit_sm_resp/error_with_tlv_v50", tlv);
    }

    /**
     * header 00000037 00000005 0 a | 00 | 01 01 "4477" 3434373700 | 01 01 "123" 31323300 | esm 04 | 00 00 |
     * 00 | 00 | 00 00 00 00 | sm_length 04 | "id:1" 69643a31 | TLV 001e 0002 3100 | TLV 0427 0001 02.
     */
    @Test
    void deliverSmReceipt() {
        DeliverSm p = decode("deliver_sm/receipt", DeliverSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.DELIVER_SM);
        assertThat(p.sequenceNumber()).isEqualTo(10);
        assertThat(p.serviceType()).isEmpty();
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "4477"));
        assertThat(p.destination()).isEqualTo(Address.of(1, 1, "123"));
        assertThat(p.esmClass()).isEqualTo(EsmClass.DELIVERY_RECEIPT);
        assertThat(p.esmClass().isDeliveryReceipt()).isTrue();
        assertThat(p.protocolId()).isZero();
        assertThat(p.priorityFlag()).isZero();
        assertThat(p.scheduleDeliveryTime()).isEmpty();
        assertThat(p.validityPeriod()).isEmpty();
        assertThat(p.registeredDelivery()).isEqualTo(RegisteredDelivery.NONE);
        assertThat(p.replaceIfPresentFlag()).isZero();
        assertThat(p.dataCoding()).isEqualTo(DataCoding.DEFAULT);
        assertThat(p.smDefaultMsgId()).isZero();
        assertThat(p.shortMessage()).isEqualTo(hex("69643a31"));
        assertThat(p.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID)).contains("1");
        assertThat(p.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(2);
        assertThat(p.tlvs().asList()).containsExactly(new Tlv(0x001e, hex("3100")), new Tlv(0x0427, hex("02")));
        assertCanonical("deliver_sm/receipt", p);
    }

    /** header 0000002a 00000005 0 b | 17 octets of NULL/0 fields | TLV 7777 0000 | TLV 1500 0001 ff. */
    @Test
    void deliverSmKeepsUnknownAndVendorTlvs() {
        DeliverSm p = decode("deliver_sm/unknown_and_vendor_tlvs", DeliverSm.class);
        assertThat(p.sequenceNumber()).isEqualTo(11);
        assertThat(p.source()).isEqualTo(Address.EMPTY);
        assertThat(p.destination()).isEqualTo(Address.EMPTY);
        assertThat(p.esmClass()).isEqualTo(EsmClass.DEFAULT);
        assertThat(p.shortMessage()).isEqualTo(Bytes.EMPTY);
        assertThat(p.tlvs().asList()).containsExactly(new Tlv(0x7777, Bytes.EMPTY), new Tlv(0x1500, hex("ff")));
        assertCanonical("deliver_sm/unknown_and_vendor_tlvs", p);
    }

    /** 00000011 80000005 0 a | 00; and the header-only error 00000010 80000005 00000008 0000000a. */
    @Test
    void deliverSmRespOk() {
        DeliverSmResp ok = decode("deliver_sm_resp/ok", DeliverSmResp.class);
        assertThat(ok.commandId()).isEqualTo(CommandId.DELIVER_SM_RESP);
        assertThat(ok.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(ok.sequenceNumber()).isEqualTo(10);
        assertThat(ok.messageId()).isEmpty();
        assertCanonical("deliver_sm_resp/ok", ok);
    }

    /** 00000011 80000005 0 a | 00; and the header-only error 00000010 80000005 00000008 0000000a. */
    @Test
    void deliverSmRespErrorHeaderOnly() {
        DeliverSmResp error = decode("deliver_sm_resp/error_header_only", DeliverSmResp.class);
        assertThat(error.status()).isEqualTo(CommandStatus.ESME_RSYSERR);
        assertThat(error.sequenceNumber()).isEqualTo(10);
        assertThat(error.messageId()).isEmpty();
        assertCanonical("deliver_sm_resp/error_header_only", error);
    }

    /**
     * header 0000002d 00000103 0 c | "WAP" 57415000 | 01 01 "12" 313200 | 02 08 "34" 333400 | esm 00 | rd 01 |
     * dc 04 | TLV 020a 0002 0b84 | TLV 0424 0002 0102.
     */
    @Test
    void dataSm() {
        DataSm p = decode("data_sm/payload", DataSm.class);
        assertThat(p.commandId()).isEqualTo(CommandId.DATA_SM);
        assertThat(p.sequenceNumber()).isEqualTo(12);
        assertThat(p.serviceType()).isEqualTo("WAP");
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "12"));
        assertThat(p.destination()).isEqualTo(Address.of(2, 8, "34"));
        assertThat(p.esmClass()).isEqualTo(EsmClass.DEFAULT);
        assertThat(p.registeredDelivery()).isEqualTo(RegisteredDelivery.ON_SUCCESS_OR_FAILURE);
        assertThat(p.dataCoding()).isEqualTo(DataCoding.BINARY);
        assertThat(p.tlvs().get(StandardTlvs.SOURCE_PORT)).contains(0x0b84);
        assertThat(p.tlvs().asList()).containsExactly(new Tlv(0x020a, hex("0b84")), new Tlv(0x0424, hex("0102")));
        assertCanonical("data_sm/payload", p);
    }

    /** header 0000001a 80000103 0 c | "m1" 6d3100 | TLV 001d 0003 "ok" 6f6b00. */
    @Test
    void dataSmResp() {
        DataSmResp p = decode("data_sm_resp/ok_with_tlv", DataSmResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.DATA_SM_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(12);
        assertThat(p.messageId()).isEqualTo("m1");
        assertThat(p.tlvs().get(StandardTlvs.ADDITIONAL_STATUS_INFO_TEXT)).contains("ok");
        assertThat(p.tlvs().size()).isEqualTo(1);
        assertCanonical("data_sm_resp/ok_with_tlv", p);
    }

    /**
     * header 0000002e 00000021 0 d | 00 | 01 01 "1" 3100 | number_of_dests 02 | dest_flag 01 01 01 "22" 323200 |
     * dest_flag 02 "list" 6c69737400 | esm 00 pid 00 prio 00 | sched 00 | validity 00 | rd 00 replace 00 dc 00
     * default 00 | sm_length 02 | "hi" 6869.
     */
    @Test
    void submitMultiWithSmeAndDistributionList() {
        SubmitMulti p = decode("submit_multi/sme_and_distribution_list", SubmitMulti.class);
        assertThat(p.commandId()).isEqualTo(CommandId.SUBMIT_MULTI);
        assertThat(p.sequenceNumber()).isEqualTo(13);
        assertThat(p.serviceType()).isEmpty();
        assertThat(p.source()).isEqualTo(Address.of(1, 1, "1"));
        assertThat(p.destAddresses()).containsExactly(new SmeAddress(Address.of(1, 1, "22")),
                new DistributionList("list"));
        assertThat(p.destAddresses().get(0).destFlag()).isEqualTo(1);
        assertThat(p.destAddresses().get(1).destFlag()).isEqualTo(2);
        assertThat(p.esmClass()).isEqualTo(EsmClass.DEFAULT);
        assertThat(p.protocolId()).isZero();
        assertThat(p.priorityFlag()).isZero();
        assertThat(p.scheduleDeliveryTime()).isEmpty();
        assertThat(p.validityPeriod()).isEmpty();
        assertThat(p.registeredDelivery()).isEqualTo(RegisteredDelivery.NONE);
        assertThat(p.replaceIfPresentFlag()).isZero();
        assertThat(p.dataCoding()).isEqualTo(DataCoding.DEFAULT);
        assertThat(p.smDefaultMsgId()).isZero();
        assertThat(p.shortMessage()).isEqualTo(hex("6869"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("submit_multi/sme_and_distribution_list", p);
    }

    /**
     * header 00000023 80000021 0 d | "M" 4d00 | no_unsuccess 02 | 01 01 "22" 323200 0000000b |
     * 00 00 NULL 00 00000400; and 00000013 80000021 0 d | 4d00 | 00.
     */
    @Test
    void submitMultiRespUnsuccess() {
        SubmitMultiResp p = decode("submit_multi_resp/unsuccess", SubmitMultiResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.SUBMIT_MULTI_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(13);
        assertThat(p.messageId()).isEqualTo("M");
        assertThat(p.unsuccessSmes()).containsExactly(
                new UnsuccessSme(Address.of(1, 1, "22"), CommandStatus.ESME_RINVDSTADR),
                new UnsuccessSme(Address.EMPTY, CommandStatus.of(0x400)));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("submit_multi_resp/unsuccess", p);
    }

    /**
     * header 00000023 80000021 0 d | "M" 4d00 | no_unsuccess 02 | 01 01 "22" 323200 0000000b |
     * 00 00 NULL 00 00000400; and 00000013 80000021 0 d | 4d00 | 00.
     */
    @Test
    void submitMultiRespAllOk() {
        SubmitMultiResp ok = decode("submit_multi_resp/all_ok", SubmitMultiResp.class);
        assertThat(ok.messageId()).isEqualTo("M");
        assertThat(ok.unsuccessSmes()).isEmpty();
        assertCanonical("submit_multi_resp/all_ok", ok);
    }
}
