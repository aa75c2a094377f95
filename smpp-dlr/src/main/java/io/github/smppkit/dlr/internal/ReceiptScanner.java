package io.github.smppkit.dlr.internal;

/**
 * Walks the labelled fields of receipt text in one left-to-right pass. It is a cursor: {@link #next()} moves to
 * the next field and the accessors give its label and the bounds of its name and value, so that the caller
 * creates only the strings it keeps.
 *
 * <p>A field starts at a label at the start of the text or after whitespace, immediately followed by a colon; its
 * value runs to the whitespace before the next field start and is stripped. Rules that make real receipts work:
 * <ul>
 *   <li>Standard labels match case-insensitively (as {@link String#regionMatches(boolean, int, String, int, int)}
 *       does); {@code submit date} and {@code done date} also with {@code _}, {@code -} or nothing between the
 *       words.</li>
 *   <li>A standard label already seen does not start a field: {@code text:your id: 42} after an {@code id:} keeps
 *       {@code "your id: 42"} as the text, and values may contain colons.</li>
 *   <li>Other labels ({@code [A-Za-z][A-Za-z0-9_.-]*}, at most 32 characters) start an extra field only before
 *       {@code text:}, because after it they are far more likely to be message words such as {@code "Note:"}.</li>
 * </ul>
 * Work is linear in the input: each word start is tested once against labels of bounded length.
 *
 * <p>Thread-safety: not thread-safe; one instance per text.
 */
public final class ReceiptScanner {

    /** Longest extra label accepted; longer words are treated as value text. */
    static final int MAX_LABEL = 32;

    /** The label of a field. */
    public enum Label {
        /** {@code id:}. */
        ID,
        /** {@code sub:}. */
        SUB,
        /** {@code dlvrd:}. */
        DLVRD,
        /** {@code submit date:}. */
        SUBMIT_DATE,
        /** {@code done date:}. */
        DONE_DATE,
        /** {@code stat:}. */
        STAT,
        /** {@code err:}. */
        ERR,
        /** {@code text:}. */
        TEXT,
        /** Any other label. */
        EXTRA
    }

    /** The labels by ordinal; the scanner keeps ordinals, which cost no write barrier to store. */
    private static final Label[] LABELS = Label.values();

    private static final int TEXT_SEEN = 1 << Label.TEXT.ordinal();

    private final String s;
    private final int n;
    private final int maxExtras;
    private final int leadingEnd;
    private int seen;
    private int extras;
    private boolean capped;

    /** Ordinal of the label of the field found ahead, or -1 when the text has no more fields. */
    private int ahead;
    private int aheadStart;
    private int aheadColon;

    private int label;
    private int nameStart;
    private int colon;
    private int valueStart;
    private int valueEnd;

    /**
     * Starts scanning a text; call {@link #next()} to reach the first field.
     *
     * @param s the text
     * @param maxExtras how many extra fields to recognise at most
     */
    public ReceiptScanner(String s, int maxExtras) {
        this.s = s;
        this.n = s.length();
        this.maxExtras = maxExtras;
        findFrom(0);
        leadingEnd = aheadStart;
    }

    /**
     * Moves to the next field.
     *
     * @return {@code false} when there are no more fields
     */
    public boolean next() {
        if (ahead < 0) {
            return false;
        }
        label = ahead;
        nameStart = aheadStart;
        colon = aheadColon;
        // The value ends where the next field starts, so find that one first.
        findFrom(colon + 1);
        valueStart = skipBlanks(colon + 1, aheadStart);
        valueEnd = stripEnd(valueStart, aheadStart);
        return true;
    }

    /**
     * Returns the label of the current field.
     *
     * @return the label
     */
    public Label label() {
        return LABELS[label];
    }

    /**
     * Returns the label of the current field as written, without the colon.
     *
     * @return the name
     */
    public String name() {
        return s.substring(nameStart, colon);
    }

    /**
     * Returns the index of the first character of the current field's stripped value.
     *
     * @return the index
     */
    public int valueStart() {
        return valueStart;
    }

    /**
     * Returns the index after the last character of the current field's stripped value.
     *
     * @return the index
     */
    public int valueEnd() {
        return valueEnd;
    }

    /**
     * Returns the current field's value, stripped.
     *
     * @return the value
     */
    public String value() {
        return ReceiptSlices.slice(s, valueStart, valueEnd);
    }

    /**
     * Returns the text before the first field, stripped.
     *
     * @return the text, {@code ""} when there is none
     */
    public String leading() {
        int start = skipBlanks(0, leadingEnd);
        return s.substring(start, stripEnd(start, leadingEnd));
    }

    /**
     * Tells whether extra labels beyond the limit were folded into values; final once {@link #next()} has
     * returned {@code false}.
     *
     * @return {@code true} if some were
     */
    public boolean extrasCapped() {
        return capped;
    }

    /** Finds the first accepted field at a word start after {@code from}, which is 0 or just after a colon. */
    private void findFrom(int from) {
        // Index 0 may start a word; an index just after a colon never does.
        int p = from == 0 ? 0 : endOfWord(from);
        while ((p = skipBlanks(p, n)) < n) {
            if (accept(p)) {
                aheadStart = p;
                return;
            }
            p = endOfWord(p);
        }
        ahead = -1;
        aheadStart = n;
    }

    /** Tells whether a field starts at word start {@code p}; if so sets {@link #ahead} and {@link #aheadColon}. */
    private boolean accept(int p) {
        int c = known(p);
        if (c >= 0) {
            int bit = 1 << ahead;
            boolean fresh = (seen & bit) == 0;
            seen |= bit;
            return fresh;
        }
        if ((seen & TEXT_SEEN) != 0 || (c = extra(p)) < 0) {
            return false;
        }
        if (extras >= maxExtras) {
            capped = true;
            return false;
        }
        extras++;
        ahead = Label.EXTRA.ordinal();
        aheadColon = c;
        return true;
    }

    /**
     * Matches a standard label at {@code p}: sets {@link #ahead} and returns the colon index, or returns -1.
     * Labels are picked by their first character: one-word labels need {@link Character#toLowerCase(char)} of it
     * to be their ASCII letter (so U+0130 starts {@code id:} but U+0131 dotless i does not), while the rest of a
     * label, and all of {@code submit date} and {@code done date}, compare as {@code regionMatches} ignoring case
     * does (so U+017F long s starts {@code submit date:} but not {@code sub:}).
     */
    private int known(int p) {
        char first = s.charAt(p);
        switch (first < 0x80 ? asciiLower(first) : Character.toLowerCase(first)) {
            case 'i':
                return word(p, "id", Label.ID);
            case 's': {
                int c = word(p, "sub", Label.SUB);
                c = c >= 0 ? c : word(p, "stat", Label.STAT);
                return c >= 0 ? c : twoWords(p, "submit", Label.SUBMIT_DATE);
            }
            case '\u017F':
                return twoWords(p, "submit", Label.SUBMIT_DATE);
            case 'd': {
                int c = word(p, "dlvrd", Label.DLVRD);
                return c >= 0 ? c : twoWords(p, "done", Label.DONE_DATE);
            }
            case 'e':
                return word(p, "err", Label.ERR);
            case 't':
                return word(p, "text", Label.TEXT);
            default:
                return -1;
        }
    }

    private int word(int p, String word, Label kind) {
        return startsWith(p, word) ? colonAt(p + word.length(), kind) : -1;
    }

    /** Matches {@code first} + optional {@code ' '}, {@code '_'} or {@code '-'} + {@code date} + colon. */
    private int twoWords(int p, String first, Label kind) {
        if (!startsWith(p, first)) {
            return -1;
        }
        int q = p + first.length();
        if (q < n && (s.charAt(q) == ' ' || s.charAt(q) == '_' || s.charAt(q) == '-')) {
            q++;
        }
        return startsWith(q, "date") ? colonAt(q + 4, kind) : -1;
    }

    private int colonAt(int index, Label kind) {
        if (index < n && s.charAt(index) == ':') {
            ahead = kind.ordinal();
            aheadColon = index;
            return index;
        }
        return -1;
    }

    /** Compares with a lower-case ASCII word, ignoring case as {@code String.regionMatches(true, ...)} does. */
    private boolean startsWith(int p, String word) {
        if (n - p < word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (lower(s.charAt(p + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the colon index of an extra label at {@code p}, or -1. */
    private int extra(int p) {
        if (!isAsciiLetter(s.charAt(p))) {
            return -1;
        }
        int limit = p + Math.min(n - p, MAX_LABEL + 1);
        for (int q = p + 1; q < limit; q++) {
            char c = s.charAt(q);
            if (c == ':') {
                return q;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private int endOfWord(int p) {
        while (p < n && !isBlank(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private int skipBlanks(int p, int end) {
        return skipBlanks(s, p, end);
    }

    private int stripEnd(int start, int end) {
        return stripEnd(s, start, end);
    }

    /**
     * Skips the blanks that values are stripped of, as {@link String#strip()} does.
     *
     * @param s the text
     * @param p where to start
     * @param end where to stop
     * @return the index of the first non-blank character from {@code p}, or {@code end}
     */
    public static int skipBlanks(String s, int p, int end) {
        while (p < end && isBlank(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * Drops the blanks that values are stripped of from the end of a range, as {@link String#strip()} does.
     *
     * @param s the text
     * @param start the start of the range
     * @param end the end of the range
     * @return the index after the last non-blank character of the range, or {@code start}
     */
    public static int stripEnd(String s, int start, int end) {
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@link Character#isWhitespace(char)}, as {@link String#strip()} uses, without a table look-up for most text. */
    private static boolean isBlank(char c) {
        return c == ' ' || (c < ' ' || c > '~') && Character.isWhitespace(c);
    }

    /**
     * Folds case the way {@code String.regionMatches(true, ...)} compares a character with an ASCII letter: other
     * characters go through upper then lower case, which also turns U+0130, U+0131 into {@code i} and U+017F into
     * {@code s}.
     */
    private static char lower(char c) {
        return c < 0x80 ? asciiLower(c) : Character.toLowerCase(Character.toUpperCase(c));
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
