package io.github.smppkit.codec.text;

import io.github.smppkit.codec.type.Bytes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** Character pools for property tests. */
final class TextPools {

    static final int[] EMOJI = {0x1F600, 0x1F44D, 0x1F1EB, 0x1F1F7, 0x2764, 0x1F680, 0x1F9D1, 0x10348};
    // no U+00E7: GSM carries it as 0x09, which decodes to U+00C7 (reference §11.1), so it does not round-trip
    static final int[] OTHER = {0x0416, 0x4E2D, 0x05D0, 0x0627, 0x00A0, 0x3042, 0x0301, 0xFB01};

    private static final ConcurrentHashMap<GsmAlphabet, int[]> CANONICAL = new ConcurrentHashMap<>();

    private TextPools() {
    }

    /** Code points an alphabet encodes and decodes back to themselves (so not U+00E7 in the default table). */
    static int[] canonical(GsmAlphabet a) {
        return CANONICAL.computeIfAbsent(a, k -> IntStream.range(0, 0x10000)
                .filter(cp -> !Character.isSurrogate((char) cp) && k.units(cp) > 0)
                .filter(cp -> k.decode(k.encode(new String(Character.toChars(cp)))).codePointAt(0) == cp)
                .toArray());
    }

    static String randomText(Random random, int length, int[] pool) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    /** Lengths spread evenly over 0..1000 (jqwik's default integer distribution favours small values). */
    static Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, 1000).withDistribution(RandomDistribution.uniform());
    }

    /** Texts drawn from one of several pools: default GSM, extension, national tables, emoji, other scripts. */
    static String mixedText(Random random, int length) {
        GsmAlphabet std = GsmAlphabet.standard();
        int[][] pools = {
            canonical(std),
            canonical(std),
            canonical(std.withLockingShift(NationalLanguage.TURKISH)),
            canonical(std.withLockingShift(NationalLanguage.HINDI).withSingleShift(NationalLanguage.HINDI)),
            canonical(std.withSingleShift(NationalLanguage.SPANISH)),
            canonical(std.withLockingShift(NationalLanguage.PORTUGUESE).withSingleShift(NationalLanguage.PORTUGUESE)),
            canonical(std.withSingleShift(NationalLanguage.TAMIL)),
            canonical(std),
        };
        int[] extension = {'{', '}', '\u20AC', '[', ']', '\r', '\n', '@', '\\', '~', '|', '^', '\f'};
        int mode = random.nextInt(pools.length);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(100);
            int[] pool = pools[mode];
            if (mode == 1 && r < 20) {
                pool = extension;
            } else if (mode == 7 && r < 15) {
                pool = r < 8 ? EMOJI : OTHER;
            }
            int cp = pool[random.nextInt(pool.length)];
            // U+00E7 is in national pools; the default table would carry it as 0x09 = U+00C7 (not a round trip)
            sb.appendCodePoint(cp == 0xE7 ? 'c' : cp);
        }
        return sb.toString();
    }

    /** What an octet-counting packed decoder returns: the text, plus a CR if it ends in CR on an octet boundary. */
    static String expectedPacked(GsmAlphabet a, String text, int udhOctets) {
        int fill = udhOctets == 0 ? 0 : (7 - (udhOctets * 8) % 7) % 7;
        Bytes septets = a.encode(text);
        int n = septets.size();
        boolean crOnBoundary = n > 0 && septets.get(n - 1) == 0x0D && (fill + 7 * n) % 8 == 0;
        return crOnBoundary ? text + "\r" : text;
    }
}
