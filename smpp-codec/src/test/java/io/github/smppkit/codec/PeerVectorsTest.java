package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.type.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decodes PDUs packed by another SMPP stack, Osmocom's libsmpp34, to the fields its harness packed: every
 * command of 3.4 with empty and full-length strings, binary short_message with NULs, times, TLVs, error responses.
 */
class PeerVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLibsmpp34PduDecodesToWhatWasPacked() throws IOException {
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (InputStream in = PeerVectorsTest.class.getResourceAsStream("/peers/libsmpp34.tsv")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                count++;
                DecodeResult r = PduCodec.defaults().decode(ByteBuffer.wrap(Bytes.fromHex(columns[1]).toByteArray()));
                if (!(r instanceof Decoded d)) {
                    failures.add(columns[0] + ": " + r);
                    continue;
                }
                Map<String, Object> fields = PduFields.describe(d.pdu(), d.frameLength());
                fields.remove("command"); // the harness gives command_id only
                JsonNode actual = JSON.valueToTree(fields);
                if (!actual.equals(JSON.readTree(columns[2]))) {
                    failures.add(columns[0] + ":\n  expected " + columns[2] + "\n  actual   " + actual);
                }
            }
        }
        assertThat(count).isEqualTo(52);
        assertThat(failures).isEmpty();
    }
}
