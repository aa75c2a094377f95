package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * decode(encode(s)) == s for every length 0..1000, not a sample: one seeded random text per length and per
 * alphabet or encoding (TextCodecProperties draws lengths at random).
 */
class TextCodecEveryLengthTest {

    private static final int MAX_LENGTH = 1000;
    /** UDH sizes with each fill-bit count the planner meets: none, 6 and 7 octets (concatenation), 9, 12. */
    private static final int[] UDH_OCTETS = {0, 6, 7, 9, 12};

    /** The default tables, each single-shift table, and each locking table with its own single-shift table. */
    private static List<GsmAlphabet> alphabets() {
        List<GsmAlphabet> all = new ArrayList<>();
        all.add(GsmAlphabet.standard());
        for (NationalLanguage lang : NationalLanguage.values()) {
            all.add(GsmAlphabet.standard().withSingleShift(lang));
            if (lang.hasLockingShift()) {
                all.add(GsmAlphabet.standard().withLockingShift(lang).withSingleShift(lang));
            }
        }
        return all;
    }

    @Test
    void gsmRoundTripsPackedAndUnpackedAtEveryLength() {
        List<GsmAlphabet> alphabets = alphabets();
        assertThat(alphabets).hasSize(1 + 13 + 12);
        for (int i = 0; i < alphabets.size(); i++) {
            GsmAlphabet a = alphabets.get(i);
            int[] pool = TextPools.canonical(a);
            Random random = new Random(i);
            for (int length = 0; length <= MAX_LENGTH; length++) {
                String s = TextPools.randomText(random, length, pool);
                String where = a + " length " + length;
                assertThat(a.decode(a.encode(s))).as(where).isEqualTo(s);
                assertThat(a.decodePacked(a.encodePacked(s))).as(where)
                        .isEqualTo(TextPools.expectedPacked(a, s, 0));
                int udhOctets = UDH_OCTETS[length % UDH_OCTETS.length];
                Bytes userData = a.encodeUserData(Bytes.of(new byte[udhOctets]), s, true);
                assertThat(a.decodeUserData(userData, udhOctets, true)).as(where + " udh " + udhOctets)
                        .isEqualTo(TextPools.expectedPacked(a, s, udhOctets));
            }
        }
    }

    @Test
    void octetEncodingsRoundTripAtEveryLength() {
        int[] ia5 = IntStream.range(0, 0x80).toArray();
        int[] latin1 = IntStream.range(0, 0x100).toArray();
        int[] ucs2 = IntStream.range(0, 0x30000).filter(cp -> cp > 0xFFFF || !Character.isSurrogate((char) cp))
                .filter(Character::isDefined).toArray();
        roundTripEveryLength(TextEncoding.IA5, ia5);
        roundTripEveryLength(TextEncoding.LATIN1, latin1);
        roundTripEveryLength(TextEncoding.UCS2, ucs2);
    }

    private static void roundTripEveryLength(TextEncoding encoding, int[] pool) {
        TextCodec codec = TextCodec.of(encoding);
        Random random = new Random(encoding.ordinal());
        for (int length = 0; length <= MAX_LENGTH; length++) {
            String s = TextPools.randomText(random, length, pool);
            Bytes b = codec.encode(s);
            assertThat(b.size()).as("%s length %d", encoding, length)
                    .isEqualTo(encoding == TextEncoding.UCS2 ? 2 * s.length() : length);
            assertThat(codec.decode(b)).as("%s length %d", encoding, length).isEqualTo(s);
        }
    }
}
