package io.github.smppkit.codec.text.internal;

import io.github.smppkit.codec.text.TextCodec;
import java.util.Arrays;

/**
 * Greedy splitting of a text into segments of at most {@code capacity} units. Greedy filling is optimal for a
 * fixed capacity and indivisible characters; cutting only at code point boundaries keeps surrogate pairs
 * whole, and a GSM escape sequence is one code point, so it is never cut either (reference §12.3).
 *
 * <p>Thread-safety: stateless.
 */
public final class SegmentSplitter {

    /** Extra units a segment needs beyond its characters (the packed-GSM extra CR). */
    @FunctionalInterface
    public interface Extra {
        /**
         * Returns the extra units for a segment.
         *
         * @param start first char index
         * @param end char index after the segment
         * @param units units of the characters
         * @return 0 or more
         */
        int units(int start, int end, int units);
    }

    /** No extra units. */
    public static final Extra NONE = (start, end, units) -> 0;

    /**
     * The result: segment {@code k} is {@code [start(k), ends[k])} with {@code units[k]} units.
     *
     * @param ends char index after each segment
     * @param units units of each segment's characters
     */
    public record Split(int[] ends, int[] units) {
        /**
         * Returns the number of segments.
         *
         * @return at least 1
         */
        public int count() {
            return ends.length;
        }

        /**
         * Returns where a segment starts.
         *
         * @param k the segment
         * @return its first char index
         */
        public int start(int k) {
            return k == 0 ? 0 : ends[k - 1];
        }
    }

    private SegmentSplitter() {
    }

    /**
     * Splits an encodable text; an empty text gives one empty segment.
     *
     * @param text the text, fully encodable by {@code codec}
     * @param codec gives each code point's units
     * @param capacity units per segment (at least 2)
     * @param extra extra units per segment
     * @param limit stop after this many segments (the result then has {@code limit + 1} entries)
     * @return the split
     */
    public static Split split(CharSequence text, TextCodec codec, int capacity, Extra extra, int limit) {
        int n = text.length();
        int[] ends = new int[8];
        int[] units = new int[8];
        int count = 0;
        int pos = 0;
        do {
            int used = 0;
            int end = pos;
            while (end < n) {
                int cp = Character.codePointAt(text, end);
                int u = codec.units(cp);
                if (used + u > capacity) {
                    break;
                }
                used += u;
                end += Character.charCount(cp);
            }
            while (end > pos && used + extra.units(pos, end, used) > capacity) {
                int cp = Character.codePointBefore(text, end);
                used -= codec.units(cp);
                end -= Character.charCount(cp);
            }
            if (end == pos && pos < n) {
                throw new IllegalStateException("capacity " + capacity + " holds no character at " + pos);
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
                units = Arrays.copyOf(units, count * 2);
            }
            ends[count] = end;
            units[count] = used;
            count++;
            pos = end;
        } while (pos < n && count <= limit);
        return new Split(Arrays.copyOf(ends, count), Arrays.copyOf(units, count));
    }
}
