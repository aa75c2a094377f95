package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

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
}
