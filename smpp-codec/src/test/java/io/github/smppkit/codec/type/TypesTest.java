package io.github.smppkit.codec.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypesTest {

    @Test
    void commandIdLookupAndPairing() {
        for (CommandId c : CommandId.values()) {
            assertThat(CommandId.fromId(c.id())).isSameAs(c);
            if (c.response() != null) {
                assertThat(c.response().id()).isEqualTo(c.id() | 0x80000000);
                assertThat(c.response().isResponse()).isTrue();
            }
        }
        assertThat(CommandId.values()).hasSize(39);
        assertThat(CommandId.SUBMIT_SM.response()).isEqualTo(CommandId.SUBMIT_SM_RESP);
        assertThat(CommandId.SUBMIT_SM_RESP.specName()).isEqualTo("submit_sm_resp");
        assertThat(CommandId.OUTBIND.response()).isNull();
        assertThat(CommandId.ALERT_NOTIFICATION.response()).isNull();
        assertThat(CommandId.GENERIC_NACK.response()).isNull();
        assertThat(CommandId.fromId(0x0A)).isNull();
        assertThat(CommandId.fromId(0x80000102)).isNull();
        assertThat(CommandId.fromId(0x00010200)).isNull();
        assertThat(CommandId.fromId(0xFFFFFFFF)).isNull();
        assertThat(CommandId.fromId(0x22)).isEqualTo(CommandId.PARAM_RETRIEVE);
        assertThat(CommandId.fromId(0x80000113)).isEqualTo(CommandId.CANCEL_BROADCAST_SM_RESP);
    }

    @Test
    void commandStatusNamesAndCache() {
        assertThat(CommandStatus.ESME_RTHROTTLED.toString()).isEqualTo("ESME_RTHROTTLED(0x00000058)");
        assertThat(CommandStatus.of(0x58)).isSameAs(CommandStatus.ESME_RTHROTTLED);
        assertThat(CommandStatus.of(0xC0).name()).isEqualTo("ESME_RINVTLVSTREAM");
        assertThat(CommandStatus.ESME_RINVOPTPARSTREAM).isSameAs(CommandStatus.ESME_RINVTLVSTREAM);
        assertThat(CommandStatus.of(0x400).name()).isEqualTo("UNKNOWN");
        assertThat(CommandStatus.of(0x400)).isEqualTo(new CommandStatus(0x400));
        assertThat(CommandStatus.of(0x09).name()).isEqualTo("UNKNOWN");
        assertThat(CommandStatus.of(0x80000001).toString()).isEqualTo("UNKNOWN(0x80000001)");
        assertThat(CommandStatus.of(0x112).name()).isEqualTo("ESME_RINVBCASTCHANIND");
        assertThat(CommandStatus.ESME_ROK.isOk()).isTrue();
        assertThat(CommandStatus.ESME_RSYSERR.isOk()).isFalse();
    }

    @Test
    void esmClassBits() {
        assertThat(EsmClass.of(0x04).isDeliveryReceipt()).isTrue();
        assertThat(EsmClass.of(0x44).isDeliveryReceipt()).isTrue();
        assertThat(EsmClass.of(0x24).isDeliveryReceipt()).isFalse();
        assertThat(EsmClass.of(0x20).isIntermediateNotification()).isTrue();
        assertThat(EsmClass.of(0x43).hasUdhi()).isTrue();
        assertThat(EsmClass.of(0x43).messagingMode()).isEqualTo(3);
        assertThat(EsmClass.of(0x83).hasReplyPath()).isTrue();
        assertThat(EsmClass.of(0x03).withUdhi(true)).isEqualTo(EsmClass.of(0x43));
        assertThat(EsmClass.of(0x43).withUdhi(false)).isEqualTo(EsmClass.of(0x03));
        assertThat(EsmClass.DEFAULT.withMessageType(0x04)).isSameAs(EsmClass.DELIVERY_RECEIPT);
        assertThatThrownBy(() -> new EsmClass(256)).hasMessage("esm_class: 256 not in 0..255");
    }

    @Test
    void registeredDeliveryBits() {
        RegisteredDelivery r = RegisteredDelivery.of(0x11);
        assertThat(r.receipt()).isEqualTo(1);
        assertThat(r.wantsReceipt()).isTrue();
        assertThat(r.wantsIntermediateNotification()).isTrue();
        assertThat(RegisteredDelivery.ON_SUCCESS.value()).isEqualTo(3);
        assertThat(RegisteredDelivery.NONE.withReceipt(2)).isEqualTo(RegisteredDelivery.ON_FAILURE);
        assertThat(RegisteredDelivery.of(0x0C).smeAcknowledgement()).isEqualTo(0x0C);
        assertThat(RegisteredDelivery.NONE.withIntermediateNotification(true).value()).isEqualTo(0x10);
    }

    @Test
    void otherValues() {
        assertThat(InterfaceVersion.of(0x34)).isSameAs(InterfaceVersion.V34);
        assertThat(InterfaceVersion.V33.supportsTlvs()).isFalse();
        assertThat(InterfaceVersion.V50.supportsTlvs()).isTrue();
        assertThat(DataCoding.of(8)).isSameAs(DataCoding.UCS2);
        assertThat(DataCoding.LATIN1.value()).isEqualTo(3);
        assertThat(Ton.of(5)).isSameAs(Ton.ALPHANUMERIC);
        assertThat(Npi.of(1)).isSameAs(Npi.ISDN);
        assertThat(Address.of(0, 0, "")).isEqualTo(Address.EMPTY);
        assertThat(MessageState.fromValue(2)).isEqualTo(MessageState.DELIVERED);
        assertThat(MessageState.fromValue(10)).isNull();
        assertThat(MessageState.fromValue(-1)).isNull();
        assertThat(MessageState.REJECTED.value()).isEqualTo(8);
        assertThatThrownBy(() -> Npi.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
