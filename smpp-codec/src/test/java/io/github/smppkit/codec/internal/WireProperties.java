package io.github.smppkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The word-at-a-time NUL search and the array readers give exactly what the plain octet loops give. */
class WireProperties {

    @Property(tries = 2000)
    void nulFindsTheFirstZeroOctetWithinTheBounds(@ForAll("sparseZeros") byte[] a, @ForAll @IntRange(max = 80) int from,
            @ForAll @IntRange(max = 80) int limit, @ForAll @IntRange(min = 1, max = 70) int max) {
        int f = Math.min(from, a.length);
        int l = Math.min(limit, a.length);
        assertThat(Wire.nul(a, f, l, max)).isEqualTo(naiveNul(a, f, l, max));
    }

    @Property(tries = 500)
    void integersReadBigEndianUnsigned(@ForAll("octets") byte[] a, @ForAll @IntRange(max = 70) int at) {
        int i = Math.min(at, a.length - 4);
        if (i < 0) {
            return;
        }
        assertThat(Wire.u16(a, i)).isEqualTo((a[i] & 0xFF) << 8 | (a[i + 1] & 0xFF));
        assertThat(Wire.i32(a, i)).isEqualTo((a[i] & 0xFF) << 24 | (a[i + 1] & 0xFF) << 16
                | (a[i + 2] & 0xFF) << 8 | (a[i + 3] & 0xFF));
    }

    private static int naiveNul(byte[] a, int from, int limit, int max) {
        for (int i = from; i < Math.min(limit, from + max); i++) {
            if (a[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Mostly non-zero octets (0x80 and 0x01 included, the edge cases of the zero-octet test), a few zeros. */
    @Provide
    Arbitrary<byte[]> sparseZeros() {
        Arbitrary<Byte> octet = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((byte) 0)),
                Tuple.of(3, Arbitraries.of((byte) 0x01, (byte) 0x80, (byte) 0xFF, (byte) 0x7F)),
                Tuple.of(30, Arbitraries.bytes()));
        return octet.array(byte[].class).ofMaxSize(80);
    }

    @Provide
    Arbitrary<byte[]> octets() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(4).ofMaxSize(74);
    }
}
