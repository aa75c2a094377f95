package io.github.smppkit.dlr;

import io.github.smppkit.dlr.internal.ReceiptDates;
import io.github.smppkit.dlr.internal.ReceiptScanner;
import io.github.smppkit.dlr.internal.ReceiptScanner.Label;
import io.github.smppkit.dlr.internal.ReceiptSlices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads one receipt text for {@link ReceiptParser}, noting where the values of its fields are and creating only
 * the strings the receipt keeps; dates are read from the text in place. Texts in the exact layout of v3.4
 * Appendix B are read straight through, without an instance ({@link #readStandardLayout(ReceiptParser, String)});
 * any other text, or a standard one that deviates anywhere, is read from the start by walking its fields with
 * {@link ReceiptScanner} ({@link #read()}). Warnings come in a fixed order: text before the first field, the
 * extra-field cap, then one per field in the order of the fields.
 *
 * <p>Thread-safety: not thread-safe; one instance per text and per reading (the static reading keeps nothing).
 */
final class ReceiptTextReader {

    /** The labels of the appendix layout after {@code id:}, each with the single space that precedes it. */
    private static final String SUB = " sub:";
    private static final String DLVRD = " dlvrd:";
    private static final String SUBMIT_DATE = " submit date:";
    private static final String DONE_DATE = " done date:";
    private static final String STAT = " stat:";
    private static final String ERR = " err:";
    private static final String TEXT = " text:";

    private final ReceiptParser parser;
    private final String s;
    /*
     * Where the values of the standard fields are; both 0, an empty value, for a field that is absent. Strings are
     * made once the text is read, so none is made for a text that is not a receipt, and the loop stores no
     * references. Fields rather than an array, so that the compiler can do without the reader (and the array)
     * on the straight reading: no allocation beyond the receipt.
     */
    private int idFrom;
    private int idTo;
    private int subFrom;
    private int subTo;
    private int dlvrdFrom;
    private int dlvrdTo;
    private int statFrom;
    private int statTo;
    private int errFrom;
    private int errTo;
    private int textFrom;
    private int textTo;
    private Instant submitDate;
    private Instant doneDate;
    /** Created on the first extra field: most receipts have none. */
    private Map<String, String> extras;
    private Set<String> extraNames;
    /** Created on the first field warning: most receipts have none. */
    private List<String> fieldWarnings;

    /**
     * Prepares to read a text.
     *
     * @param parser the parser's settings
     * @param s the text, not blank, without trailing NULs
     */
    ReceiptTextReader(ReceiptParser parser, String s) {
        this.parser = parser;
        this.s = s;
    }

    /**
     * Reads a text in exactly the layout {@code id:I sub:S dlvrd:D submit date:T done date:T stat:W err:E text:X}:
     * labels in this spelling and order, one space before each, the values before {@code text:} single non-empty
     * words of printable ASCII, dates that {@link ReceiptDates} reads. For such a text every rule of
     * {@link ReceiptScanner} comes to these fields (each label is new when it comes, and after {@code text:} no label
     * can start a field), so the receipt, without warnings, is the one {@link #read()} gives. The positions are
     * locals, not fields of a reader: such an object was not always scalar-replaced, and then cost 96 octets.
     *
     * @param parser the parser's settings
     * @param s the text
     * @return the receipt, or {@code null} at the first deviation from the layout
     */
    static ReceiptParseResult readStandardLayout(ReceiptParser parser, String s) {
        int idFrom = label(s, 0, "id:");
        int idTo = word(s, idFrom);
        int subFrom = label(s, idTo, SUB);
        int subTo = word(s, subFrom);
        int dlvrdFrom = label(s, subTo, DLVRD);
        int dlvrdTo = word(s, dlvrdFrom);
        int submitFrom = label(s, dlvrdTo, SUBMIT_DATE);
        int submitTo = dateEnd(s, submitFrom);
        int doneFrom = label(s, submitTo, DONE_DATE);
        int doneTo = dateEnd(s, doneFrom);
        int statFrom = label(s, doneTo, STAT);
        int statTo = word(s, statFrom);
        int errFrom = label(s, statTo, ERR);
        int errTo = word(s, errFrom);
        int text = label(s, errTo, TEXT);
        if (text < 0) {
            return null;
        }
        Instant submitDate = ReceiptDates.parse(s, submitFrom, submitTo, parser.readZone());
        Instant doneDate = ReceiptDates.parse(s, doneFrom, doneTo, parser.readZone());
        if (submitDate == null || doneDate == null) {
            // The general reading warns about such a date.
            return null;
        }
        int textFrom = ReceiptScanner.skipBlanks(s, text, s.length());
        int textTo = ReceiptScanner.stripEnd(s, textFrom, s.length());
        return parsed(parser, s, idFrom, idTo, subFrom, subTo, dlvrdFrom, dlvrdTo, submitDate, doneDate, statFrom,
                statTo, errFrom, errTo, textFrom, textTo, Map.of(), List.of());
    }

    /**
     * Returns the end of a date at {@code p} by the form its length gives: 10 characters, then 2 more while the next
     * is a digit, up to the 16 of an absolute time; -1 when the text is too short, or for {@code p} of -1. The other
     * characters are not read here: {@link ReceiptDates} checks them as it reads the date, and the label after it
     * checks that it ends there.
     */
    private static int dateEnd(String s, int p) {
        if (p < 0) {
            return -1;
        }
        int end = p + 10;
        while (end < p + 16 && end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end += 2;
        }
        return end <= s.length() ? end : -1;
    }

    /** Returns the index after {@code label} if it is at {@code p}, else -1; -1 for {@code p} of -1. */
    private static int label(String s, int p, String label) {
        // startsWith is false for a negative p
        return s.startsWith(label, p) ? p + label.length() : -1;
    }

    /**
     * Returns the end of the word of printable ASCII at {@code p}, else -1; -1 for {@code p} of -1. It ends at a
     * character that is not printable ASCII, which {@link #label} then checks is the space before a label.
     */
    private static int word(String s, int p) {
        if (p < 0) {
            return -1;
        }
        int n = s.length();
        int q = p;
        for (; q < n; q++) {
            char c = s.charAt(q);
            if (c <= ' ' || c > '~') {
                break;
            }
        }
        return q > p ? q : -1;
    }

    /**
     * Reads any text by walking its fields.
     *
     * @return the receipt, or why the text is not one
     */
    ReceiptParseResult read() {
        ReceiptScanner scan = new ReceiptScanner(s, parser.maxExtraFields());
        while (scan.next()) {
            field(scan);
        }
        if (statFrom == statTo && !isOneWord(idFrom, idTo)) {
            return new ReceiptParseResult.NotAReceipt("no stat: value and no one-word id: in \""
                    + ReceiptParser.excerpt(s) + "\"");
        }
        return parsed(warnings(scan));
    }

    /** Tells whether a stripped value is non-empty and has no blank: a message id never has one, prose does. */
    private boolean isOneWord(int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Builds the receipt from what the general reading noted. */
    private ReceiptParseResult parsed(List<String> warnings) {
        return parsed(parser, s, idFrom, idTo, subFrom, subTo, dlvrdFrom, dlvrdTo, submitDate, doneDate, statFrom,
                statTo, errFrom, errTo, textFrom, textTo, extras != null ? extras : Map.of(), warnings);
    }

    /**
     * Builds the receipt from the positions of its values in {@code s}; both readings end here. One pair of
     * positions per field, as parameters: an object holding them would be one more allocation to hope away.
     */
    private static ReceiptParseResult parsed(ReceiptParser parser, String s, int idFrom, int idTo, int subFrom,
            int subTo, int dlvrdFrom, int dlvrdTo, Instant submitDate, Instant doneDate, int statFrom, int statTo,
            int errFrom, int errTo, int textFrom, int textTo, Map<String, String> extras, List<String> warnings) {
        ReceiptState named = ReceiptState.ofName(s, statFrom, statTo);
        String stat = named != null ? named.name() : s.substring(statFrom, statTo);
        ReceiptState state = named != null ? parser.stateOfName(named) : parser.stateOf(stat);
        // Only the counts and err: are mostly short numbers, which ReceiptSlices shares.
        DeliveryReceipt receipt = new DeliveryReceipt(ReceiptKind.DELIVERY_RECEIPT,
                s.substring(idFrom, idTo), ReceiptSlices.slice(s, subFrom, subTo),
                ReceiptSlices.slice(s, dlvrdFrom, dlvrdTo),
                Optional.ofNullable(submitDate), Optional.ofNullable(doneDate), stat, state,
                ReceiptSlices.slice(s, errFrom, errTo), s.substring(textFrom, textTo),
                extras, Optional.empty(), OptionalInt.empty(), Optional.empty());
        return new ReceiptParseResult.Parsed(receipt, warnings);
    }

    private void field(ReceiptScanner scan) {
        Label label = scan.label();
        switch (label) {
            case SUBMIT_DATE -> submitDate = date(scan);
            case DONE_DATE -> doneDate = date(scan);
            case EXTRA -> extra(scan);
            default -> keep(label, scan.valueStart(), scan.valueEnd());
        }
    }

    private void keep(Label label, int from, int to) {
        switch (label) {
            case ID -> {
                idFrom = from;
                idTo = to;
            }
            case STAT -> {
                statFrom = from;
                statTo = to;
            }
            case SUB -> {
                subFrom = from;
                subTo = to;
            }
            case DLVRD -> {
                dlvrdFrom = from;
                dlvrdTo = to;
            }
            case ERR -> {
                errFrom = from;
                errTo = to;
            }
            default -> {
                textFrom = from;
                textTo = to;
            }
        }
    }

    private Instant date(ReceiptScanner scan) {
        if (scan.valueStart() == scan.valueEnd()) {
            return null;
        }
        Instant t = ReceiptDates.parse(s, scan.valueStart(), scan.valueEnd(), parser.readZone());
        if (t == null) {
            warn(scan.name() + ": \"" + ReceiptParser.excerpt(scan.value()) + "\" is not a 10, 12 or 14 digit date");
        }
        return t;
    }

    private void extra(ReceiptScanner scan) {
        if (extras == null) {
            extras = new LinkedHashMap<>();
            extraNames = new HashSet<>();
        }
        String name = scan.name();
        if (extraNames.add(name.toLowerCase(Locale.ROOT))) {
            extras.put(name, scan.value());
        } else {
            warn("repeated field " + name + ": dropped \"" + ReceiptParser.excerpt(scan.value()) + "\"");
        }
    }

    private void warn(String warning) {
        if (fieldWarnings == null) {
            fieldWarnings = new ArrayList<>();
        }
        fieldWarnings.add(warning);
    }

    /** Puts the warnings about the whole text before those about single fields. */
    private List<String> warnings(ReceiptScanner scan) {
        String leading = scan.leading();
        if (leading.isEmpty() && !scan.extrasCapped() && fieldWarnings == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        if (!leading.isEmpty()) {
            all.add("ignored text before the first field: \"" + ReceiptParser.excerpt(leading) + "\"");
        }
        if (scan.extrasCapped()) {
            all.add("more than " + parser.maxExtraFields() + " extra fields; the rest were kept as values");
        }
        if (fieldWarnings != null) {
            all.addAll(fieldWarnings);
        }
        return all;
    }
}
