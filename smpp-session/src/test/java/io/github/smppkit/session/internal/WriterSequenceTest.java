package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The writer sends a request whose record still carries sequence_number 0 with the number the session assigned,
 * octet for octet what encoding the renumbered record gives, and reports that number.
 */
class WriterSequenceTest {

    private static final PduCodec CODEC = PduCodec.defaults();

    @Property(tries = 50)
    void patchedFramesEqualRenumberedRecords(@ForAll @IntRange(min = 1) int first, @ForAll("texts") List<String> texts)
            throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        RecordingEvents events = new RecordingEvents();
        List<Integer> reported = events.sequenceNumbers;
        Writer writer = new Writer(capture(wire), CODEC, events);
        Thread thread = new Thread(writer, "writer-sequence-test");
        thread.start();
        List<Integer> numbers = new ArrayList<>();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try {
            int seq = first;
            for (String text : texts) {
                Pdu pdu = text.isEmpty() ? new EnquireLink(0) : submit(text);
                writer.enqueue(new Outbound(pdu, seq, CODEC.encodedLength(pdu), ""));
                expected.write(encode(pdu.withSequenceNumber(seq)));
                numbers.add(seq);
                seq = Outflow.nextSequence(seq);
            }
            for (int i = 0; i < 1000 && reported.size() < texts.size(); i++) {
                Thread.sleep(2);
            }
        } finally {
            writer.stop();
            thread.join(10_000);
        }
        assertThat(reported).isEqualTo(numbers);
        assertThat(wire.toByteArray()).isEqualTo(expected.toByteArray());
        ByteBuffer frames = ByteBuffer.wrap(wire.toByteArray());
        for (int n : numbers) {
            DecodeResult r = CODEC.decode(frames);
            assertThat(((DecodeResult.Decoded) r).pdu().sequenceNumber()).isEqualTo(n);
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().alpha().ofMaxLength(40).list().ofMinSize(1).ofMaxSize(20);
    }

    private static SubmitSm submit(String text) {
        return SubmitSm.builder().source(Address.of(1, 1, "4912345")).destination(Address.of(1, 1, "4967890"))
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1))).build();
    }

    private static byte[] encode(Pdu pdu) {
        ByteBuffer b = ByteBuffer.allocate(CODEC.encodedLength(pdu));
        CODEC.encode(pdu, b);
        return b.array();
    }

    private static Transport capture(ByteArrayOutputStream wire) {
        return new Transport() {
            @Override
            public int read(ByteBuffer dst) {
                return -1;
            }

            @Override
            public void write(ByteBuffer src) {
                while (src.hasRemaining()) {
                    wire.write(src.get());
                }
            }

            @Override
            public void close() {
            }

            @Override
            public InetSocketAddress remoteAddress() {
                return new InetSocketAddress("127.0.0.1", 2775);
            }
        };
    }
}
