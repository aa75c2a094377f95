package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Bytes;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** decode(encode(s)) == s for every encoding that carries s, lengths 0..1000. */
class TextCodecProperties {

    @Provide
    Arbitrary<Integer> lengths() {
        return TextPools.lengths();
    }


    @Property(tries = 1000)
    void gsmRoundTripPackedAndUnpacked(@ForAll("lengths") int length,
            @ForAll @IntRange(min = 0, max = 13) int locking, @ForAll @IntRange(min = 0, max = 13) int single,
            @ForAll @IntRange(min = 0, max = 4) int udhChoice, @ForAll Random random) {
        GsmAlphabet a = GsmAlphabet.forShiftIds(locking, single);
        String s = TextPools.randomText(random, length, TextPools.canonical(a));
        assertThat(a.decode(a.encode(s))).isEqualTo(s);
        assertThat(a.decodePacked(a.encodePacked(s))).isEqualTo(TextPools.expectedPacked(a, s, 0));
        int udhOctets = new int[] {0, 6, 7, 9, 12}[udhChoice];
        Bytes udh = Bytes.of(new byte[udhOctets]);
        for (boolean packed : new boolean[] {false, true}) {
            Bytes userData = a.encodeUserData(udh, s, packed);
            String expected = packed ? TextPools.expectedPacked(a, s, udhOctets) : s;
            assertThat(a.decodeUserData(userData, udhOctets, packed)).isEqualTo(expected);
            if (packed) {
                int septets = a.encode(expected).size();
                int fill = udhOctets == 0 ? 0 : (7 - udhOctets * 8 % 7) % 7;
                int textOctets = septets == 0 ? 0 : (fill + 7 * septets + 7) / 8;
                assertThat(userData.size()).isEqualTo(udhOctets + textOctets);
            }
        }
        assertOtherEncodings(s);
    }

    @Property(tries = 300)
    void otherEncodingsRoundTrip(@ForAll("lengths") int length,
            @ForAll @IntRange(min = 0, max = 2) int poolChoice, @ForAll Random random) {
        int[] pool;
        if (poolChoice == 0) {
            pool = java.util.stream.IntStream.range(0, 0x80).toArray();
        } else if (poolChoice == 1) {
            pool = java.util.stream.IntStream.range(0, 0x100).toArray();
        } else {
            pool = java.util.stream.IntStream.range(0, 0x30000)
                    .filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF).filter(Character::isDefined)
                    .toArray();
        }
        assertOtherEncodings(TextPools.randomText(random, length, pool));
    }

    private static void assertOtherEncodings(String s) {
        int checked = 0;
        for (TextEncoding e : new TextEncoding[] {TextEncoding.UCS2, TextEncoding.LATIN1, TextEncoding.IA5}) {
            TextCodec c = TextCodec.of(e);
            boolean carries = s.codePoints().allMatch(cp -> c.units(cp) > 0);
            if (carries) {
                Bytes b = c.encode(s);
                assertThat(b.size()).isEqualTo(e == TextEncoding.UCS2 ? 2 * s.length() : s.length());
                assertThat(c.decode(b)).as(e.name()).isEqualTo(s);
                checked++;
            }
        }
        assertThat(checked).as("UCS-2 carries every valid string").isGreaterThanOrEqualTo(1);
    }
}
