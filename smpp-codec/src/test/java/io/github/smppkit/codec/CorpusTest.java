package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.DecodeResult.Malformed;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.Bytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decodes every PDU of the shared corpus of real peers and checks fields and re-encoding. */
class CorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path corpus() {
        Path dir = Path.of(System.getProperty("user.dir")).resolve("../../shared/corpus").normalize();
        if (!Files.isRegularFile(dir.resolve("pdus.jsonl"))) {
            fail("corpus not found at " + dir + " (expected /work/shared/corpus relative to the module)");
        }
        return dir;
    }

    static List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus().resolve(file))) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void everyPduDecodesToItsExpectation() throws IOException {
        List<JsonNode> lines = lines("pdus.jsonl");
        assertThat(lines).hasSizeGreaterThan(250);
        List<String> failures = new ArrayList<>();
        for (JsonNode line : lines) {
            String id = line.get("id").asText();
            byte[] hex = Bytes.fromHex(line.get("hex").asText()).toByteArray();
            DecodeResult r = PduCodec.defaults().decode(ByteBuffer.wrap(hex));
            if (!(r instanceof Decoded)) {
                failures.add(id + ": " + r);
                continue;
            }
            Decoded d = (Decoded) r;
            JsonNode actual = JSON.valueToTree(PduFields.describe(d.pdu(), d.frameLength()));
            if (!actual.equals(line.get("expect"))) {
                failures.add(id + ":\n  expected " + line.get("expect") + "\n  actual   " + actual);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyPduReEncodesToTheSameOctets() throws IOException {
        PduCodec withBodies = PduCodec.of(CodecConfig.builder().errorResponseBody(true).build());
        List<String> failures = new ArrayList<>();
        int headerOnlyErrors = 0;
        for (JsonNode line : lines("pdus.jsonl")) {
            String hex = line.get("hex").asText();
            Decoded d = (Decoded) PduCodec.defaults().decode(ByteBuffer.wrap(Bytes.fromHex(hex).toByteArray()));
            boolean errorWithBody = d.pdu() instanceof Response && !((Response) d.pdu()).status().isOk()
                    && d.frameLength() > 16;
            String encoded = Bytes.of(PduCodec.defaults().encode(d.pdu())).toHex();
            if (errorWithBody && d.pdu().tlvs().isEmpty()) {
                // Non-canonical form 1: we emit error responses header-only; the interop switch restores the body.
                assertThat(encoded).as(line.get("id").asText()).isEqualTo(hex.substring(0, 8).replaceFirst(
                        "^........", "00000010") + hex.substring(8, 32));
                encoded = Bytes.of(withBodies.encode(d.pdu())).toHex();
                headerOnlyErrors++;
            }
            if (!encoded.equals(hex)) {
                failures.add(line.get("id").asText() + ": " + hex + " -> " + encoded);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(headerOnlyErrors).isPositive();
    }

    @Test
    void malformedLinesAreMalformedWithoutException() throws IOException {
        List<JsonNode> lines = lines("malformed.jsonl");
        assertThat(lines).isNotEmpty();
        for (JsonNode line : lines) {
            byte[] hex = Bytes.fromHex(line.get("hex").asText()).toByteArray();
            ByteBuffer buf = ByteBuffer.wrap(hex);
            DecodeResult r = PduCodec.defaults().decode(buf);
            assertThat(r).as(line.get("id").asText()).isInstanceOf(Malformed.class);
            Malformed m = (Malformed) r;
            assertThat(m.frameLength()).isEqualTo(hex.length);
            assertThat(m.reaction()).isEqualTo(Reaction.ERROR_RESPONSE);
            assertThat(buf.position()).isEqualTo(hex.length);
        }
    }
}
