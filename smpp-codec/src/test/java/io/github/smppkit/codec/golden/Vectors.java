package io.github.smppkit.codec.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Loads the hand-written golden vectors under {@code src/test/resources/vectors/<command>/<case>.hex}: hex octets,
 * whitespace allowed, an optional first line starting with {@code #}. Every octet was written by hand from the
 * layouts in SMPP-REFERENCE.md §2 and §4; the tests spell the layout out field by field.
 */
final class Vectors {

    static final PduCodec CODEC = PduCodec.defaults();

    private Vectors() {
    }

    /** The octets of a vector, e.g. {@code "submit_sm/basic"}. */
    static byte[] octets(String name) {
        String path = "/vectors/" + name + ".hex";
        try (InputStream in = Vectors.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#")) {
                    hex.append(line.replaceAll("\\s", ""));
                }
            }
            return Bytes.fromHex(hex).toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a vector, asserting one whole frame was consumed, and checks the PDU type. */
    static <T extends Pdu> T decode(String name, Class<T> type) {
        byte[] wire = octets(name);
        assertThat(ByteBuffer.wrap(wire).getInt(0)).as("command_length of " + name).isEqualTo(wire.length);
        ByteBuffer in = ByteBuffer.wrap(wire);
        DecodeResult r = CODEC.decode(in);
        assertThat(r).as(name).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(((DecodeResult.Decoded) r).frameLength()).isEqualTo(wire.length);
        assertThat(in.position()).isEqualTo(wire.length);
        Pdu pdu = ((DecodeResult.Decoded) r).pdu();
        assertThat(pdu).isInstanceOf(type);
        return type.cast(pdu);
    }

    /** The vector is canonical: encoding the record gives the vector's octets. */
    static void assertCanonical(String name, Pdu pdu) {
        assertThat(Bytes.of(CODEC.encode(pdu))).as(name).isEqualTo(Bytes.of(octets(name)));
    }

    /** A lenient error-response shape: our encoder answers with the 16-octet header only (reference §2.6). */
    static void assertEncodesHeaderOnly(String name, Response pdu) {
        byte[] wire = octets(name);
        byte[] header = new byte[16];
        System.arraycopy(wire, 0, header, 0, 16);
        header[3] = 16;
        assertThat(CODEC.encode(pdu)).isEqualTo(header);
    }

    static Bytes hex(String hex) {
        return Bytes.fromHex(hex.replace(" ", ""));
    }
}
