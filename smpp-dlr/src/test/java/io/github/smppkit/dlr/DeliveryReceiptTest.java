package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DeliveryReceiptTest {

    @Test
    void builderPadsCountsAndDerivesTheState() {
        DeliveryReceipt r = DeliveryReceipt.builder().id("1").sub(1).dlvrd(12).stat("undeliv").build();

        assertThat(r.sub()).isEqualTo("001");
        assertThat(r.dlvrd()).isEqualTo("012");
        assertThat(r.state()).isEqualTo(ReceiptState.UNDELIV);
        assertThat(r.messageState()).isEqualTo(OptionalInt.empty());
        assertThat(DeliveryReceipt.builder().sub(1234).build().sub()).isEqualTo("1234");
        assertThatThrownBy(() -> DeliveryReceipt.builder().sub(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageStateTlvDecidesTheDerivedState() {
        assertThat(DeliveryReceipt.builder().stat("DELIVRD").messageState(5).build().state())
                .isEqualTo(ReceiptState.UNDELIV);
        assertThat(DeliveryReceipt.builder().messageState(42).build().state()).isEqualTo(ReceiptState.OTHER);
    }

    @Test
    void messageIdPrefersANonBlankReceiptedMessageId() {
        DeliveryReceipt text = DeliveryReceipt.builder().id("123").build();

        assertThat(text.messageId()).isEqualTo("123");
        assertThat(text.toBuilder().receiptedMessageId("7b").build().messageId()).isEqualTo("7b");
        assertThat(text.toBuilder().receiptedMessageId(" ").build().messageId()).isEqualTo("123");
    }

    @Test
    void onlyFinalMcReceiptsAreFinal() {
        DeliveryReceipt delivered = DeliveryReceipt.builder().stat(ReceiptState.DELIVRD).build();

        assertThat(delivered.isFinal()).isTrue();
        assertThat(delivered.toBuilder().kind(ReceiptKind.INTERMEDIATE).build().isFinal()).isFalse();
        assertThat(delivered.toBuilder().kind(ReceiptKind.DELIVERY_ACK).build().isFinal()).isFalse();
        assertThat(delivered.toBuilder().stat("ENROUTE").build().isFinal()).isFalse();
        assertThat(DeliveryReceipt.builder().stat("SOMETHING").build().isFinal()).isTrue();
        assertThatThrownBy(() -> DeliveryReceipt.builder().stat(ReceiptState.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toBuilderKeepsOnlyANonDerivedState() {
        DeliveryReceipt aliased = ReceiptParser.builder().statAlias("2", ReceiptState.DELIVRD).build()
                .parse("id:1 stat:2").asOptional().orElseThrow();

        assertThat(aliased.toBuilder().build()).isEqualTo(aliased);
        assertThat(aliased.toBuilder().text("x").build().state()).isEqualTo(ReceiptState.DELIVRD);
        DeliveryReceipt plain = DeliveryReceipt.builder().stat("DELIVRD").build();
        assertThat(plain.toBuilder().stat("EXPIRED").build().state()).isEqualTo(ReceiptState.EXPIRED);
    }

    @Test
    void extraFieldsAreCopiedFrozenAndOrdered() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("z", "1");
        source.put("a", "2");
        DeliveryReceipt r = new DeliveryReceipt(ReceiptKind.DELIVERY_RECEIPT, "", "", "", Optional.empty(),
                Optional.empty(), "", ReceiptState.OTHER, "", "", source, Optional.empty(), OptionalInt.empty(),
                Optional.empty());
        source.put("b", "3");

        assertThat(r.extraFields().keySet()).containsExactly("z", "a");
        assertThatThrownBy(() -> r.extraFields().put("c", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.extraField("Z")).contains("1");
        assertThat(r.extraField("none")).isEmpty();
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> DeliveryReceipt.builder().id(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DeliveryReceipt.builder().extraField("a", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void networkErrorCodeChecksItsOctets() {
        assertThat(new NetworkErrorCode(3, 0xFFFF).errorCode()).isEqualTo(65535);
        assertThatThrownBy(() -> new NetworkErrorCode(256, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkErrorCode(3, 0x10000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statesMapBothWaysToMessageState() {
        for (int v = 0; v <= 9; v++) {
            assertThat(ReceiptState.fromMessageState(v).messageStateValue()).hasValue(v);
        }
        assertThat(ReceiptState.fromMessageState(10)).isEqualTo(ReceiptState.OTHER);
        assertThat(ReceiptState.OTHER.messageStateValue()).isEmpty();
    }
}
