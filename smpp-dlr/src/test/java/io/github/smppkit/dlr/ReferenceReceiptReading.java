package io.github.smppkit.dlr;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The straightforward reading of receipt text that {@link ReceiptParser} had before it was tuned (issue 9), kept
 * as an oracle: it tries every label at every word start with {@code regionMatches}, cuts every field into
 * substrings and reads dates through {@link LocalDateTime}. The tuned parser must give exactly the same results.
 */
final class ReferenceReceiptReading {

    private static final List<String> STANDARD = List.of("id", "sub", "dlvrd", "submit date", "done date", "stat",
            "err", "text");

    /** A field: standard label index (or -1 for an extra), the label as written, the stripped value. */
    private record Field(int label, String name, String value) {
    }

    private final ZoneId zone;
    private final int maxExtras;
    private final ReceiptParser parser;

    ReferenceReceiptReading(ReceiptParser parser) {
        this.parser = parser;
        this.zone = parser.zone();
        this.maxExtras = parser.maxExtraFields();
    }

    /** Reads a text that is not null and not over-long. */
    ReceiptParseResult parse(String text) {
        String s = text.replaceFirst("\\x00+\\z", "");
        return s.isBlank() ? new ReceiptParseResult.NotAReceipt("empty text") : read(s);
    }

    private ReceiptParseResult read(String s) {
        List<Field> fields = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int extras = 0;
        boolean capped = false;
        int fieldStart = -1;
        int p = 0;
        while (p < s.length()) {
            boolean wordStart = !Character.isWhitespace(s.charAt(p))
                    && (p == 0 || Character.isWhitespace(s.charAt(p - 1)));
            int[] m = wordStart ? match(s, p) : null;
            boolean accepted = m != null && (m[0] >= 0 ? !seen.contains(m[0])
                    : !seen.contains(STANDARD.indexOf("text")) && extras < maxExtras);
            capped |= m != null && m[0] < 0 && !seen.contains(STANDARD.indexOf("text")) && extras >= maxExtras;
            if (!accepted) {
                p++;
                continue;
            }
            if (fieldStart < 0 && !s.substring(0, p).isBlank()) {
                warnings.add("ignored text before the first field: \"" + ReceiptParser.excerpt(s.substring(0, p).strip())
                        + "\"");
            }
            close(fields, s, fieldStart, p);
            if (m[0] >= 0) {
                seen.add(m[0]);
            } else {
                extras++;
            }
            fieldStart = p;
            p = m[1] + 1;
        }
        if (fieldStart < 0) {
            return notAReceipt(s);
        }
        close(fields, s, fieldStart, s.length());
        if (fields.stream().noneMatch(f -> f.label() == STANDARD.indexOf("stat") && !f.value().isEmpty()
                || f.label() == 0 && !f.value().isEmpty() && f.value().chars().noneMatch(Character::isWhitespace))) {
            return notAReceipt(s);
        }
        if (capped) {
            warnings.add("more than " + maxExtras + " extra fields; the rest were kept as values");
        }
        return new ReceiptParseResult.Parsed(build(fields, warnings), warnings);
    }

    private static ReceiptParseResult notAReceipt(String s) {
        return new ReceiptParseResult.NotAReceipt("no stat: value and no one-word id: in \"" + ReceiptParser.excerpt(s)
                + "\"");
    }

    private static void close(List<Field> fields, String s, int start, int end) {
        if (start >= 0) {
            int colon = s.indexOf(':', start);
            int[] m = match(s, start);
            fields.add(new Field(m[0], s.substring(start, colon), s.substring(colon + 1, end).strip()));
        }
    }

    /**
     * Returns {label index or -1, colon index} for a label at {@code p}, or null. The one-word labels also need
     * {@link Character#toLowerCase(char)} of their first character to be ASCII (the parser dispatches on it), so
     * U+0131 dotless i does not start {@code id:} although {@code regionMatches} equates it with {@code i}.
     */
    private static int[] match(String s, int p) {
        for (int i = 0; i < STANDARD.size(); i++) {
            String label = STANDARD.get(i);
            if (!label.contains(" ") && Character.toLowerCase(s.charAt(p)) != label.charAt(0)) {
                continue;
            }
            for (String spelling : spellings(label)) {
                if (s.regionMatches(true, p, spelling + ":", 0, spelling.length() + 1)) {
                    return new int[] {i, p + spelling.length()};
                }
            }
        }
        int q = p;
        while (q < s.length() && q - p < 32 && s.charAt(q) < 128
                && (Character.isLetter(s.charAt(q)) || q > p && "0123456789_.-".indexOf(s.charAt(q)) >= 0)) {
            q++;
        }
        return q > p && q < s.length() && s.charAt(q) == ':' ? new int[] {-1, q} : null;
    }

    private static List<String> spellings(String label) {
        if (!label.contains(" ")) {
            return List.of(label);
        }
        return List.of(label, label.replace(" ", "_"), label.replace(" ", "-"), label.replace(" ", ""));
    }

    private DeliveryReceipt build(List<Field> fields, List<String> warnings) {
        DeliveryReceipt.Builder b = DeliveryReceipt.builder();
        Set<String> extraNames = new HashSet<>();
        String stat = "";
        for (Field f : fields) {
            switch (f.label()) {
                case 0 -> b.id(f.value());
                case 1 -> b.sub(f.value());
                case 2 -> b.dlvrd(f.value());
                case 3 -> b.submitDate(date(f, warnings));
                case 4 -> b.doneDate(date(f, warnings));
                case 5 -> stat = f.value();
                case 6 -> b.err(f.value());
                case 7 -> b.text(f.value());
                default -> {
                    if (extraNames.add(f.name().toLowerCase(Locale.ROOT))) {
                        b.extraField(f.name(), f.value());
                    } else {
                        warnings.add("repeated field " + f.name() + ": dropped \"" + ReceiptParser.excerpt(f.value())
                                + "\"");
                    }
                }
            }
        }
        return b.stat(stat).state(parser.stateOf(stat)).build();
    }

    private Instant date(Field f, List<String> warnings) {
        String v = f.value();
        if (v.isEmpty()) {
            return null;
        }
        Instant t = v.length() == 16 ? absolute(v) : local(v);
        if (t == null) {
            warnings.add(f.name() + ": \"" + ReceiptParser.excerpt(v) + "\" is not a 10, 12 or 14 digit date");
        }
        return t;
    }

    private Instant local(String v) {
        int n = v.length();
        if ((n != 10 && n != 12 && n != 14) || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String full = (n == 14 ? "" : "20") + v + (n == 10 ? "00" : "");
        LocalDateTime t = dateTime(full);
        return t == null ? null : t.atZone(zone).toInstant();
    }

    private static Instant absolute(String v) {
        char sign = v.charAt(15);
        if ((sign != '+' && sign != '-') || !v.substring(0, 15).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int quarters = Integer.parseInt(v.substring(13, 15));
        // the reference says 00-48; zones east of UTC+12 are written up to 56, and an offset can reach 72
        LocalDateTime t = quarters > 72 ? null : dateTime("20" + v.substring(0, 12));
        if (t == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((sign == '+' ? 1 : -1) * quarters * 15 * 60);
        return t.plusNanos((v.charAt(12) - '0') * 100_000_000L).toInstant(offset);
    }

    /** Reads {@code yyyyMMddHHmmss}, or null when it names no real time. */
    private static LocalDateTime dateTime(String d) {
        int year = Integer.parseInt(d.substring(0, 4));
        int month = Integer.parseInt(d.substring(4, 6));
        int day = Integer.parseInt(d.substring(6, 8));
        int hour = Integer.parseInt(d.substring(8, 10));
        int minute = Integer.parseInt(d.substring(10, 12));
        int second = Integer.parseInt(d.substring(12, 14));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth() || hour > 23
                || minute > 59 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }
}
