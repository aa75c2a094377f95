package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.session.BindType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdStyleTest {

    @Test
    void formats() {
        assertThat(MessageIdStyle.DECIMAL.format(42)).isEqualTo("42");
        assertThat(MessageIdStyle.HEX.format(42)).isEqualTo("2A");
        String uuid = MessageIdStyle.UUID_LIKE.format(42);
        assertThat(uuid).isEqualTo("00000000-0000-4000-8000-00000000002a");
        assertThat(UUID.fromString(uuid).version()).isEqualTo(4);
        assertThat(MessageIdStyle.UUID_LIKE.format(43)).isNotEqualTo(uuid);
    }

    @Test
    void idsStartAtTheFirstMessageNumberAndReceiptsCarryThem() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().messageIdStyle(MessageIdStyle.HEX)
                .firstMessageNumber(0xFFF).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            assertThat(esme.send(Esme.submit("first", true)).messageId()).isEqualTo("FFF");
            assertThat(esme.send(Esme.submit("second", true)).messageId()).isEqualTo("1000");
            List<String> receipted = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                DeliverSm receipt = esme.next();
                receipted.add(receipt.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID).orElseThrow());
            }
            assertThat(receipted).containsExactlyInAnyOrder("FFF", "1000");
        }
    }

    @Test
    void theFirstMessageNumberIsAtLeastOne() {
        assertThatThrownBy(() -> SmppSimulator.builder().firstMessageNumber(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstMessageNumber: 0");
    }
}
