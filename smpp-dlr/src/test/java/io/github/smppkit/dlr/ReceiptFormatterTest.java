package io.github.smppkit.dlr;

import static io.github.smppkit.dlr.ReceiptParserTest.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.text.DataCodingScheme;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.type.Address;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReceiptFormatterTest {

    private static final DeliveryReceipt YCLOUD = DeliveryReceipt.builder().id("11041301030001006668").sub(1).dlvrd(1)
            .submitDate(utc(2021, 11, 4, 5, 1)).doneDate(utc(2021, 11, 4, 5, 1)).stat(ReceiptState.DELIVRD).err("0")
            .text("none").build();

    @Test
    void writesTheStandardFormLikeTheYCloudExample() {
        assertThat(ReceiptFormatter.standard().format(YCLOUD)).isEqualTo("id:11041301030001006668 sub:001 dlvrd:001"
                + " submit date:2111040501 done date:2111040501 stat:DELIVRD err:0 text:none");
    }

    @Test
    void writesExtraFieldsBeforeTextAndEmptyFieldsAsBareLabels() {
        DeliveryReceipt r = DeliveryReceipt.builder().id("7").stat("UNDELIV").extraField("mccmnc", "310260").build();

        assertThat(ReceiptFormatter.standard().format(r))
                .isEqualTo("id:7 sub: dlvrd: submit date: done date: stat:UNDELIV err: mccmnc:310260 text:");
    }

    @Test
    void autoStyleWritesSecondsOnlyWhenNeededAndFourDigitYearsOutsideThisCentury() {
        DeliveryReceipt r = YCLOUD.toBuilder().submitDate(utc(2021, 11, 4, 5, 1, 7)).doneDate(utc(1999, 12, 31, 23, 59))
                .build();

        assertThat(ReceiptFormatter.standard().format(r))
                .contains("submit date:211104050107 ").contains("done date:19991231235900 ");
    }

    @Test
    void fixedStylesAndZone() {
        ReceiptFormatter singaporeFull = ReceiptFormatter.of(ZoneId.of("Asia/Singapore"), ReceiptFormatter.DateStyle.FULL);
        ReceiptFormatter minutes = ReceiptFormatter.of(ZoneId.of("UTC"), ReceiptFormatter.DateStyle.MINUTES);
        DeliveryReceipt r = YCLOUD.toBuilder().submitDate(utc(2021, 11, 4, 5, 1, 7)).build();

        assertThat(singaporeFull.format(r)).contains("submit date:20211104130107 ");
        assertThat(minutes.format(r)).contains("submit date:2111040501 ");
        assertThatThrownBy(() -> minutes.format(r.toBuilder().submitDate(utc(2100, 1, 1, 0, 0)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2100");
        ReceiptFormatter appendix = ReceiptFormatter.of(ZoneId.of("UTC"), ReceiptFormatter.DateStyle.APPENDIX);
        assertThat(appendix.format(r.toBuilder().doneDate(utc(2100, 1, 1, 0, 0, 30)).build()))
                .contains("submit date:2111040501 done date:21000101000030 ");
    }

    @Test
    void parsesBackToTheSameReceipt() {
        assertThat(ReceiptParser.standard().parse(ReceiptFormatter.standard().format(YCLOUD)).asOptional())
                .contains(YCLOUD);
    }

    @Test
    void excerptKeepsTwentyCharactersWithoutSplittingASurrogatePair() {
        assertThat(ReceiptFormatter.excerpt("short")).isEqualTo("short");
        assertThat(ReceiptFormatter.excerpt("Hello from node-client!")).isEqualTo("Hello from node-clie");
        String emojiAt19 = "x".repeat(19) + "\uD83D\uDE00tail";
        assertThat(ReceiptFormatter.excerpt(emojiAt19)).isEqualTo("x".repeat(19));
    }

    @Test
    void toDeliverSmBuildsTheReceiptPduThatTheExtractorReadsBack() {
        Address handset = Address.of(1, 1, "4915551234567");
        Address app = Address.of(5, 0, "ACME");
        DeliveryReceipt r = YCLOUD.toBuilder().networkErrorCode(new NetworkErrorCode(3, 0)).build();

        DeliverSm pdu = ReceiptFormatter.standard().toDeliverSm(r, handset, app);

        assertThat(pdu.esmClass().value()).isEqualTo(0x04);
        assertThat(pdu.dataCoding().value()).isZero();
        assertThat(pdu.source()).isEqualTo(handset);
        assertThat(new String(pdu.shortMessage().toByteArray(), StandardCharsets.ISO_8859_1))
                .isEqualTo(ReceiptFormatter.standard().format(r));
        assertThat(pdu.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID)).contains("11041301030001006668");
        assertThat(pdu.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(2);
        assertThat(ReceiptExtractor.standard().extract(pdu).asOptional()).contains(
                r.toBuilder().receiptedMessageId("11041301030001006668").messageState(2).build());
    }

    @Test
    void toDeliverSmUsesDataCodingZeroOnlyForTextThatGsmAndAsciiReadAlike() {
        // data_coding 0 is GSM 7-bit to most ESMEs (reference §7.5, §13): '_', '$', '@', '[' ... are other GSM codes.
        DeliveryReceipt plain = YCLOUD.toBuilder().id("msg-42").text("Hello interop 42.").build();
        DeliveryReceipt symbols = YCLOUD.toBuilder().id("msg_42").text("50$ @shop [ok]").build();

        for (DeliveryReceipt r : new DeliveryReceipt[] {plain, symbols}) {
            DeliverSm pdu = ReceiptFormatter.standard().toDeliverSm(r, Address.EMPTY, Address.EMPTY);
            String read = DataCodingScheme.of(pdu.dataCoding().value()).textCodec().orElseThrow()
                    .decode(pdu.shortMessage());

            assertThat(read).isEqualTo(ReceiptFormatter.standard().format(r));
        }
        assertThat(ReceiptFormatter.standard().toDeliverSm(plain, Address.EMPTY, Address.EMPTY).dataCoding().value())
                .isZero();
        assertThat(ReceiptFormatter.standard().toDeliverSm(symbols, Address.EMPTY, Address.EMPTY).dataCoding().value())
                .isEqualTo(3);
    }

    @Test
    void toDeliverSmMovesLongTextToMessagePayloadAndKeepsTheKind() {
        DeliveryReceipt r = YCLOUD.toBuilder().kind(ReceiptKind.INTERMEDIATE).stat("ENROUTE").state(ReceiptState.ENROUTE)
                .text("\u20ac" + "y".repeat(300)).build();

        DeliverSm pdu = ReceiptFormatter.standard().toDeliverSm(r, Address.EMPTY, Address.EMPTY);

        assertThat(pdu.esmClass().value()).isEqualTo(0x20);
        assertThat(pdu.shortMessage().isEmpty()).isTrue();
        assertThat(ReceiptFormatter.standard().toDeliverSm(r.toBuilder().text("caf\u00e9").build(), Address.EMPTY,
                Address.EMPTY).dataCoding().value()).isEqualTo(3);
        DeliveryReceipt back = ReceiptExtractor.standard().extract(pdu).asOptional().orElseThrow();
        assertThat(back.text()).isEqualTo("?" + "y".repeat(300));
        DeliverSm emoji = ReceiptFormatter.standard().toDeliverSm(r.toBuilder().text("ok \uD83D\uDE00!").build(),
                Address.EMPTY, Address.EMPTY);
        assertThat(new String(emoji.shortMessage().toByteArray(), StandardCharsets.ISO_8859_1)).endsWith("text:ok ?!");
        assertThat(back.state()).isEqualTo(ReceiptState.ENROUTE);
        assertThat(back.isFinal()).isFalse();
    }
}
