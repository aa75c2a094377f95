package io.github.smppkit.codec.tlv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** A C-Octet String TLV reads as the octets before its only NUL, which must end the value, in Latin-1. */
class CStringTlvProperties {

    @Property(tries = 1000)
    void readsExactlyWhatAPlainLoopReads(@ForAll("values") byte[] value) {
        Tlvs t = Tlvs.of(new Tlv(StandardTlvs.RECEIPTED_MESSAGE_ID.tag(), Bytes.of(value)));
        assertThat(t.get(StandardTlvs.RECEIPTED_MESSAGE_ID)).isEqualTo(naive(value));
    }

    private static Optional<String> naive(byte[] v) {
        int n = v.length;
        if (!StandardTlvs.RECEIPTED_MESSAGE_ID.accepts(n) || n == 0 || v[n - 1] != 0) {
            return Optional.empty();
        }
        for (int i = 0; i < n - 1; i++) {
            if (v[i] == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(Arrays.copyOf(v, n - 1), StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<byte[]> values() {
        Arbitrary<Byte> octet = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((byte) 0)),
                Tuple.of(12, Arbitraries.bytes().filter(b -> b != 0)));
        // mostly NUL-terminated, so that both outcomes are common
        return octet.array(byte[].class).ofMaxSize(70)
                .flatMap(a -> Arbitraries.of(true, false).map(end -> terminated(a, end)));
    }

    private static byte[] terminated(byte[] a, boolean end) {
        if (!end) {
            return a;
        }
        byte[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = 0;
        return out;
    }
}
