package io.github.smppkit.dlr;

import static io.github.smppkit.dlr.ReceiptParserTest.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.text.GsmAlphabet;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Receipts as PDUs; the texts and TLVs are those of the shared corpus (/work/shared/corpus/pdus.jsonl). */
class ReceiptExtractorTest {

    private static final ReceiptExtractor EXTRACTOR = ReceiptExtractor.standard();

    private static DeliverSm deliverSm(int esmClass, String text, Tlvs tlvs) {
        return DeliverSm.builder().esmClass(EsmClass.of(esmClass))
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1))).tlvs(tlvs).build();
    }

    private static Tlvs tlvs(String receiptedId, int messageState, String networkErrorHex) {
        Tlvs.Builder b = Tlvs.builder();
        if (receiptedId != null) {
            b.add(StandardTlvs.RECEIPTED_MESSAGE_ID, receiptedId);
        }
        if (messageState >= 0) {
            b.add(StandardTlvs.MESSAGE_STATE, messageState);
        }
        if (networkErrorHex != null) {
            b.add(StandardTlvs.NETWORK_ERROR_CODE.tag(), Bytes.fromHex(networkErrorHex));
        }
        return b.build();
    }

    private static DeliveryReceipt receipt(ReceiptParseResult result) {
        assertThat(result).isInstanceOf(ReceiptParseResult.Parsed.class);
        return result.asOptional().orElseThrow();
    }

    @Test
    void textAndTlvsAreMergedWithTheTlvsWinning() {
        // corpus node-deliver_sm-8: stat:UNDELIV err:001 with message_state 5 and network_error_code 030001.
        DeliverSm pdu = deliverSm(0x04, "id:nd0001 sub:001 dlvrd:000 submit date:2611231200 done date:2611231200"
                + " stat:UNDELIV err:001 text:Hello", tlvs("nd0001", 5, "030001"));

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r).isEqualTo(DeliveryReceipt.builder().id("nd0001").sub("001").dlvrd("000")
                .submitDate(utc(2026, 11, 23, 12, 0)).doneDate(utc(2026, 11, 23, 12, 0)).stat("UNDELIV").err("001")
                .text("Hello").receiptedMessageId("nd0001").messageState(5)
                .networkErrorCode(new NetworkErrorCode(NetworkErrorCode.GSM, 1)).build());
        assertThat(r.kind()).isEqualTo(ReceiptKind.DELIVERY_RECEIPT);
        assertThat(r.state()).isEqualTo(ReceiptState.UNDELIV);
    }

    @Test
    void messageStateTlvOverridesADisagreeingStatWord() {
        DeliverSm pdu = deliverSm(0x04, "id:1 stat:DELIVRD", tlvs("0A", 8, null));

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r.stat()).isEqualTo("DELIVRD");
        assertThat(r.state()).isEqualTo(ReceiptState.REJECTD);
        assertThat(r.id()).isEqualTo("1");
        assertThat(r.messageId()).isEqualTo("0A");
    }

    @Test
    void tlvOnlyReceiptInADataSm() {
        // corpus node-data_sm-2: esm_class 0x04, no payload, receipted_message_id nd0003, message_state 2.
        DataSm pdu = DataSm.builder().esmClass(EsmClass.DELIVERY_RECEIPT).tlvs(tlvs("nd0003", 2, null)).build();

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r).isEqualTo(DeliveryReceipt.builder().receiptedMessageId("nd0003").messageState(2).build());
        assertThat(r.messageId()).isEqualTo("nd0003");
        assertThat(r.state()).isEqualTo(ReceiptState.DELIVRD);
        assertThat(r.isFinal()).isTrue();
    }

    @Test
    void tlvOnlyDeliverSmWithEmptyShortMessage() {
        DeliverSm pdu = deliverSm(0x04, "", tlvs("cd0001", 4, "030022"));

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r.state()).isEqualTo(ReceiptState.DELETED);
        assertThat(r.networkErrorCode()).contains(new NetworkErrorCode(3, 0x22));
        assertThat(r.id()).isEmpty();
    }

    @Test
    void receiptTextInMessagePayload() {
        String text = "id:77 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:";
        DataSm pdu = DataSm.builder().esmClass(EsmClass.DELIVERY_RECEIPT).tlvs(Tlvs.builder()
                .add(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1))).build())
                .build();

        assertThat(receipt(EXTRACTOR.extract(pdu)).id()).isEqualTo("77");
        DeliverSm deliver = deliverSm(0x04, "", Tlvs.builder()
                .add(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1))).build());
        assertThat(receipt(EXTRACTOR.extract(deliver)).stat()).isEqualTo("DELIVRD");
    }

    @Test
    void intermediateNotificationIsNotFinal() {
        // corpus node-deliver_sm-9: esm_class 0x20, stat:ENROUTE, message_state 1.
        DeliverSm pdu = deliverSm(0x20, "id:nd0002 sub:001 dlvrd:000 submit date:2611231200 done date:2611231200"
                + " stat:ENROUTE err:000 text:", tlvs("nd0002", 1, null));

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r.kind()).isEqualTo(ReceiptKind.INTERMEDIATE);
        assertThat(r.state()).isEqualTo(ReceiptState.ENROUTE);
        assertThat(r.isFinal()).isFalse();
    }

    @Test
    void smeAcknowledgementsAreReceiptKindsThatDoNotSettle() {
        DeliveryReceipt ack = receipt(EXTRACTOR.extract(deliverSm(0x08, "id:5 stat:DELIVRD", Tlvs.empty())));
        DeliveryReceipt user = receipt(EXTRACTOR.extract(deliverSm(0x10 | 0x03, "id:5 stat:ACCEPTD", Tlvs.empty())));

        assertThat(ack.kind()).isEqualTo(ReceiptKind.DELIVERY_ACK);
        assertThat(user.kind()).isEqualTo(ReceiptKind.USER_ACK);
        assertThat(ack.isFinal()).isFalse();
    }

    @Test
    void receiptRecognisedByContentWhenEsmClassSaysNormal() {
        DeliverSm pdu = deliverSm(0x00, "id:954656341 sub:001 dlvrd:001 submit date:2611232027"
                + " done date:2611232027 stat:DELIVRD err:000 text:Hello from perl-clie", Tlvs.empty());

        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) EXTRACTOR.extract(pdu);

        assertThat(parsed.receipt().id()).isEqualTo("954656341");
        assertThat(parsed.receipt().kind()).isEqualTo(ReceiptKind.DELIVERY_RECEIPT);
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("recognised by its text"));
        assertThat(ReceiptExtractor.of(ReceiptParser.standard(), false).extract(pdu))
                .isInstanceOf(ReceiptParseResult.NotAReceipt.class);
    }

    @Test
    void normalMessagesAreNotReceiptsEvenWithAReceiptedMessageIdTlv() {
        // corpus drive_smpp-deliver_sm-1: a plain MO carrying receipted_message_id.
        DeliverSm mo = deliverSm(0x00, "1", tlvs("receipted_message_id", -1, null));
        DeliverSm chat = deliverSm(0x00, "my id:7 and stat:great", Tlvs.empty());

        assertThat(EXTRACTOR.extract(mo)).isEqualTo(new ReceiptParseResult.NotAReceipt("esm_class 0x00 is not a receipt type"));
        assertThat(EXTRACTOR.extract(chat)).isInstanceOf(ReceiptParseResult.NotAReceipt.class);
    }

    @Test
    void receiptTypeWithoutTextOrTlvsIsNotAReceipt() {
        ReceiptParseResult result = EXTRACTOR.extract(deliverSm(0x04, "garbage", Tlvs.empty()));

        assertThat(result).isInstanceOf(ReceiptParseResult.NotAReceipt.class);
        assertThat(((ReceiptParseResult.NotAReceipt) result).reason()).contains("esm_class 0x04 marks a receipt");
    }

    @Test
    void garbageTextWithReceiptTlvsGivesATlvOnlyReceiptWithAWarning() {
        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) EXTRACTOR.extract(
                deliverSm(0x04, "\u0001\u0002", tlvs("42", 2, null)));

        assertThat(parsed.receipt().messageId()).isEqualTo("42");
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("using the TLVs only"));
    }

    @Test
    void malformedTlvsAreReadLenientlyOrIgnoredWithWarnings() {
        Tlvs bad = Tlvs.builder()
                .add(StandardTlvs.RECEIPTED_MESSAGE_ID.tag(), Bytes.of("abc".getBytes(StandardCharsets.ISO_8859_1)))
                .add(StandardTlvs.MESSAGE_STATE.tag(), Bytes.fromHex("0002"))
                .add(StandardTlvs.NETWORK_ERROR_CODE.tag(), Bytes.fromHex("0301")).build();

        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) EXTRACTOR.extract(
                deliverSm(0x04, "id:1 stat:DELIVRD", bad));

        assertThat(parsed.receipt().receiptedMessageId()).contains("abc");
        assertThat(parsed.receipt().messageState()).isEmpty();
        assertThat(parsed.receipt().state()).isEqualTo(ReceiptState.DELIVRD);
        assertThat(parsed.receipt().networkErrorCode()).isEmpty();
        assertThat(parsed.warnings()).hasSize(3);
    }

    @Test
    void ucs2ReceiptTextAndUdhAreHandled() {
        String text = "id:9 stat:DELIVRD";
        DeliverSm ucs2 = DeliverSm.builder().esmClass(EsmClass.DELIVERY_RECEIPT).dataCoding(DataCoding.UCS2)
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.UTF_16BE))).build();
        byte[] udh = {0x05, 0x00, 0x03, 0x01, 0x01, 0x01};
        byte[] body = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] withUdh = new byte[udh.length + body.length];
        System.arraycopy(udh, 0, withUdh, 0, udh.length);
        System.arraycopy(body, 0, withUdh, udh.length, body.length);
        DeliverSm udhi = DeliverSm.builder().esmClass(EsmClass.of(0x44)).shortMessage(Bytes.of(withUdh)).build();

        assertThat(receipt(EXTRACTOR.extract(ucs2)).id()).isEqualTo("9");
        assertThat(receipt(EXTRACTOR.extract(udhi)).id()).isEqualTo("9");
    }

    /** Every data_coding whose alphabet is UCS2 (reference §7.5): SMPP 0x08 and the 3GPP TS 23.038 schemes. */
    @ParameterizedTest(name = "data_coding {0}")
    @ValueSource(ints = {0x08, 0x18, 0x19, 0x4B, 0xE8})
    void ucs2ReceiptTextIsReadForEveryUcs2DataCoding(int dataCoding) {
        String text = "id:9 stat:DELIVRD text:\u041f\u0440\u0438\u0432\u0435\u0442";
        DeliverSm pdu = DeliverSm.builder().esmClass(EsmClass.DELIVERY_RECEIPT).dataCoding(DataCoding.of(dataCoding))
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.UTF_16BE))).build();

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r.id()).isEqualTo("9");
        assertThat(r.text()).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void ucs2TextEndingInTheOneNulOctetOfACStringKeepsItsText() {
        byte[] text = "id:9 stat:DELIVRD text:ok".getBytes(StandardCharsets.UTF_16BE);
        DeliverSm pdu = DeliverSm.builder().esmClass(EsmClass.DELIVERY_RECEIPT).dataCoding(DataCoding.UCS2)
                .shortMessage(Bytes.of(Arrays.copyOf(text, text.length + 1))).build();

        assertThat(receipt(EXTRACTOR.extract(pdu)).text()).isEqualTo("ok");
    }

    /** data_coding values that name the GSM 7-bit alphabet outright, unlike 0x00 "MC default" (reference §7.5). */
    @ParameterizedTest(name = "data_coding {0}")
    @ValueSource(ints = {0x10, 0x11, 0xF0, 0xF1})
    void gsmReceiptTextIsReadAsGsmForExplicitGsmDataCodings(int dataCoding) {
        Bytes gsm = GsmAlphabet.standard().encode("id:ab_1 stat:DELIVRD text:5\u20ac @home_[x]");
        byte[] padded = Arrays.copyOf(gsm.toByteArray(), gsm.size() + 1);
        DeliverSm pdu = DeliverSm.builder().esmClass(EsmClass.DELIVERY_RECEIPT).dataCoding(DataCoding.of(dataCoding))
                .shortMessage(Bytes.of(padded)).build();

        DeliveryReceipt r = receipt(EXTRACTOR.extract(pdu));

        assertThat(r.id()).isEqualTo("ab_1");
        assertThat(r.text()).isEqualTo("5\u20ac @home_[x]");
    }

    @Test
    void extractedReceiptsCorrelate() {
        ReceiptCorrelator<String> c = ReceiptCorrelator.<String>builder().idPolicy(StandardIdPolicy.HEX_TO_DECIMAL)
                .build();
        c.submitted("acct", "38e6dff7", "msg");
        DeliverSm pdu = deliverSm(0x04, "id:954654711 stat:DELIVRD", Tlvs.empty());

        ReceiptOutcome<String> outcome = c.received("acct", receipt(EXTRACTOR.extract(pdu)));

        assertThat(outcome).isInstanceOf(ReceiptOutcome.Matched.class);
    }
}
