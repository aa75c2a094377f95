package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void anEventStaysOneLineWhateverItsValuesHold() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "message");
        event.put("source_addr", "447700900123");
        event.put("text", "line one\nline \"two\"\u001b[2J");

        assertThat(Text.event(event))
                .isEqualTo("message source_addr=447700900123 text=\"line one\\nline \\\"two\\\"\\u001b[2J\"");
    }
}
