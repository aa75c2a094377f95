package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.contract.PduContract;
import io.github.smppkit.codec.pdu.Pdu;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A TCP-like stream of several PDUs, delivered in chunks cut anywhere, decodes to the same PDUs in order. */
class StreamProperties {

    private static final PduCodec CODEC = PduCodec.defaults();

    @Property(tries = 1000)
    void aStreamSplitAnywhereDecodesToTheSamePdus(@ForAll("pdus") List<Pdu> pdus,
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 400) Integer> chunkSizes) {
        ByteBuffer all = ByteBuffer.allocate(pdus.stream().mapToInt(CODEC::encodedLength).sum());
        for (Pdu p : pdus) {
            CODEC.encode(p, all);
        }
        byte[] stream = all.array();

        ByteBuffer in = ByteBuffer.allocate(stream.length);
        in.flip();
        List<Pdu> out = new ArrayList<>();
        int fed = 0;
        int chunk = 0;
        while (fed < stream.length) {
            int size = chunkSizes.isEmpty() ? stream.length : chunkSizes.get(chunk++ % chunkSizes.size());
            int n = Math.min(size, stream.length - fed);
            in.compact().put(stream, fed, n).flip();
            fed += n;
            drain(in, out);
        }
        assertThat(in.hasRemaining()).isFalse();
        assertThat(out).isEqualTo(pdus);
    }

    private static void drain(ByteBuffer in, List<Pdu> out) {
        while (true) {
            int before = in.position();
            DecodeResult r = CODEC.decode(in);
            if (r instanceof DecodeResult.NeedMore) {
                assertThat(in.position()).isEqualTo(before);
                return;
            }
            int len = in.getInt(before);
            out.add(PduContract.decoded(r, len));
        }
    }

    @Provide
    Arbitrary<List<Pdu>> pdus() {
        return PduArbitraries.anyPdu().list().ofMinSize(1).ofMaxSize(6);
    }
}
