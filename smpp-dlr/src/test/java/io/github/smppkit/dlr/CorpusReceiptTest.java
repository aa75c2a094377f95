package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.Bytes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deliver_sm and data_sm that five other SMPP stacks really sent (shared corpus), decoded and extracted. */
class CorpusReceiptTest {

    static Stream<String> deliveries() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CorpusReceiptTest.class.getResourceAsStream("/corpus-deliveries.txt"), StandardCharsets.US_ASCII))) {
            List<String> lines = in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
            return lines.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void extractsReceiptsAndOnlyReceipts(String line) {
        String[] f = line.split(" ");
        Pdu pdu = decode(f[4]);

        ReceiptParseResult result = pdu instanceof DeliverSm d
                ? ReceiptExtractor.standard().extract(d)
                : ReceiptExtractor.standard().extract((DataSm) pdu);

        if (f[1].equals("receipt")) {
            DeliveryReceipt r = result.asOptional().orElseThrow(() -> new AssertionError(result));
            assertThat(r.messageId()).isEqualTo(f[2]);
            assertThat(r.stat()).isEqualTo(f[3].equals("-") ? "" : f[3]);
            assertThat(r.state()).isNotEqualTo(ReceiptState.OTHER);
            assertThat(((ReceiptParseResult.Parsed) result).warnings()).isEmpty();
        } else {
            assertThat(result).isInstanceOf(ReceiptParseResult.NotAReceipt.class);
        }
    }

    private static Pdu decode(String hex) {
        DecodeResult result = PduCodec.defaults().decode(ByteBuffer.wrap(Bytes.fromHex(hex).toByteArray()));
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        return ((DecodeResult.Decoded) result).pdu();
    }
}
