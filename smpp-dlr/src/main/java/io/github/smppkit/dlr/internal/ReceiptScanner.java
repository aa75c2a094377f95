package io.github.smppkit.dlr.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits receipt text into labelled fields in one left-to-right pass.
 *
 * <p>A field starts at a label at the start of the text or after whitespace, immediately followed by a colon; its
 * value runs to the whitespace before the next field start and is stripped. Rules that make real receipts work:
 * <ul>
 *   <li>Standard labels match case-insensitively; {@code submit date} and {@code done date} also with {@code _},
 *       {@code -} or nothing between the words.</li>
 *   <li>A standard label already seen does not start a field: {@code text:your id: 42} after an {@code id:} keeps
 *       {@code "your id: 42"} as the text, and values may contain colons.</li>
 *   <li>Other labels ({@code [A-Za-z][A-Za-z0-9_.-]*}, at most 32 characters) start an extra field only before
 *       {@code text:}, because after it they are far more likely to be message words such as {@code "Note:"}.</li>
 * </ul>
 * Work is linear in the input: each position is tested once against labels of bounded length.
 *
 * <p>Thread-safety: stateless.
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

    /**
     * One field.
     *
     * @param label its label
     * @param name the label as written (without the colon)
     * @param value the value, stripped
     */
    public record Field(Label label, String name, String value) {
    }

    /**
     * The fields of a text.
     *
     * @param fields fields in order of appearance
     * @param leading text before the first field, stripped
     * @param extrasCapped whether extra labels beyond the limit were folded into values
     */
    public record Scan(List<Field> fields, String leading, boolean extrasCapped) {
    }

    private record Match(Label label, int colon) {
    }

    private ReceiptScanner() {
    }

    /**
     * Scans a text.
     *
     * @param s the text
     * @param maxExtras how many extra fields to recognise at most
     * @return the fields
     */
    public static Scan scan(String s, int maxExtras) {
        List<Field> fields = new ArrayList<>();
        Set<Label> seen = EnumSet.noneOf(Label.class);
        String leading = "";
        boolean capped = false;
        int extras = 0;
        Label current = null;
        int labelStart = 0;
        int valueStart = -1;
        int n = s.length();
        int p = 0;
        while (p < n) {
            Match m = atWordStart(s, p) ? match(s, p) : null;
            boolean accepted = false;
            if (m != null && m.label() == Label.EXTRA) {
                boolean allowed = !seen.contains(Label.TEXT);
                capped |= allowed && extras >= maxExtras;
                accepted = allowed && extras < maxExtras;
            } else if (m != null) {
                accepted = !seen.contains(m.label());
            }
            if (!accepted) {
                p++;
                continue;
            }
            if (current == null) {
                leading = s.substring(0, p).strip();
            } else {
                fields.add(new Field(current, s.substring(labelStart, valueStart - 1), s.substring(valueStart, p).strip()));
            }
            if (m.label() == Label.EXTRA) {
                extras++;
            } else {
                seen.add(m.label());
            }
            current = m.label();
            labelStart = p;
            valueStart = m.colon() + 1;
            p = valueStart;
        }
        if (current == null) {
            leading = s.strip();
        } else {
            fields.add(new Field(current, s.substring(labelStart, valueStart - 1), s.substring(valueStart).strip()));
        }
        return new Scan(List.copyOf(fields), leading, capped);
    }

    private static boolean atWordStart(String s, int p) {
        return !Character.isWhitespace(s.charAt(p)) && (p == 0 || Character.isWhitespace(s.charAt(p - 1)));
    }

    private static Match match(String s, int p) {
        Match known = known(s, p);
        return known != null ? known : extra(s, p);
    }

    private static Match known(String s, int p) {
        int end = twoWords(s, p, "submit");
        if (end >= 0) {
            return colonAt(s, end, Label.SUBMIT_DATE);
        }
        end = twoWords(s, p, "done");
        if (end >= 0) {
            return colonAt(s, end, Label.DONE_DATE);
        }
        return switch (Character.toLowerCase(s.charAt(p))) {
            case 'i' -> word(s, p, "id", Label.ID);
            case 's' -> {
                Match sub = word(s, p, "sub", Label.SUB);
                yield sub != null ? sub : word(s, p, "stat", Label.STAT);
            }
            case 'd' -> word(s, p, "dlvrd", Label.DLVRD);
            case 'e' -> word(s, p, "err", Label.ERR);
            case 't' -> word(s, p, "text", Label.TEXT);
            default -> null;
        };
    }

    /** Matches {@code first} + optional separator + {@code date}; returns the index after it, or -1. */
    private static int twoWords(String s, int p, String first) {
        if (!s.regionMatches(true, p, first, 0, first.length())) {
            return -1;
        }
        int q = p + first.length();
        if (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '_' || s.charAt(q) == '-')) {
            q++;
        }
        return s.regionMatches(true, q, "date", 0, 4) ? q + 4 : -1;
    }

    private static Match word(String s, int p, String label, Label kind) {
        return s.regionMatches(true, p, label, 0, label.length()) ? colonAt(s, p + label.length(), kind) : null;
    }

    private static Match colonAt(String s, int index, Label kind) {
        return index < s.length() && s.charAt(index) == ':' ? new Match(kind, index) : null;
    }

    private static Match extra(String s, int p) {
        if (!isAsciiLetter(s.charAt(p))) {
            return null;
        }
        int limit = Math.min(s.length(), p + MAX_LABEL + 1);
        for (int q = p + 1; q < limit; q++) {
            char c = s.charAt(q);
            if (c == ':') {
                return new Match(Label.EXTRA, q);
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
                return null;
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
