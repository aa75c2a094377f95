package io.github.smppkit.codec.text.internal;

import java.util.Arrays;

/**
 * One 128-entry GSM table with a reverse lookup: an array indexed by the character for Latin-1, where most text
 * is, and sorted keys with a binary search above it (no boxing, no map).
 *
 * <p>Thread-safety: immutable after construction.
 */
public final class GsmTable {

    /** Escape septet to the extension / single-shift table (23.038 section 6.2.1). */
    public static final int ESC = 0x1B;

    private static final GsmTable[] LOCKING = new GsmTable[14];
    private static final GsmTable[] SINGLE = new GsmTable[14];

    static {
        for (int id = 0; id < 14; id++) {
            String locking = GsmTables.locking(id);
            LOCKING[id] = locking == null ? null : new GsmTable(locking, -1, false);
            // Telugu single-shift 0x65 (EURO SIGN) is disputed between sources: decoded, never emitted
            SINGLE[id] = new GsmTable(GsmTables.single(id), id == 12 ? 0x65 : -1, true);
        }
    }

    private final char[] chars;
    private final char[] keys;
    private final byte[] codes;
    /** The code of each character below U+0100, or -1. */
    private final byte[] latin1Codes = new byte[256];

    private GsmTable(String chars, int notEmitted, boolean duplicatesAllowed) {
        if (chars.length() != 128) {
            throw new IllegalStateException("GSM table with " + chars.length() + " entries");
        }
        this.chars = chars.toCharArray();
        // later codes overwrite earlier ones, so the '*' and inverted '!' duplicates encode to 0x18 and 0x15
        char[] k = new char[130];
        byte[] c = new byte[130];
        int n = 0;
        for (int code = 0; code < 128; code++) {
            char ch = chars.charAt(code);
            if (ch == GsmTables.NONE || code == notEmitted) {
                continue;
            }
            if (!duplicatesAllowed && Arrays.binarySearch(k, 0, n, ch) >= 0) {
                // only Indic single-shift tables repeat characters ('*', inverted '!'); elsewhere: a data error
                throw new IllegalStateException("GSM table holds U+" + Integer.toHexString(ch) + " twice");
            }
            n = put(k, c, n, ch, code);
        }
        this.keys = Arrays.copyOf(k, n);
        this.codes = Arrays.copyOf(c, n);
        Arrays.fill(latin1Codes, (byte) -1);
        for (int i = 0; i < n && keys[i] < 0x100; i++) {
            latin1Codes[keys[i]] = codes[i];
        }
    }

    private static int put(char[] keys, byte[] codes, int n, char ch, int code) {
        int at = Arrays.binarySearch(keys, 0, n, ch);
        if (at >= 0) {
            codes[at] = (byte) code;
            return n;
        }
        int ins = -at - 1;
        System.arraycopy(keys, ins, keys, ins + 1, n - ins);
        System.arraycopy(codes, ins, codes, ins + 1, n - ins);
        keys[ins] = ch;
        codes[ins] = (byte) code;
        return n + 1;
    }

    /**
     * Returns the basic (id 0) or locking-shift table.
     *
     * @param id 0..13
     * @return the table, or {@code null} when the language has none (Spanish)
     */
    public static GsmTable locking(int id) {
        return LOCKING[id];
    }

    /**
     * Returns the extension (id 0) or single-shift table.
     *
     * @param id 0..13
     * @return the table
     */
    public static GsmTable single(int id) {
        return SINGLE[id];
    }

    /**
     * Returns the character for a code.
     *
     * @param code 0..127
     * @return the character, or {@link GsmTables#NONE}
     */
    public char charAt(int code) {
        return chars[code];
    }

    /**
     * Returns the code the encoder uses for a character.
     *
     * @param codePoint the character
     * @return 0..127, or -1 when the table does not hold it
     */
    public int codeOf(int codePoint) {
        if (codePoint < 0x100) {
            return codePoint < 0 ? -1 : latin1Codes[codePoint];
        }
        if (codePoint > 0xFFFF) {
            return -1;
        }
        int at = Arrays.binarySearch(keys, (char) codePoint);
        return at >= 0 ? codes[at] : -1;
    }
}
