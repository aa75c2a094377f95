package io.github.smppkit.dlr;

import io.github.smppkit.dlr.internal.ReceiptDates;
import io.github.smppkit.dlr.internal.ReceiptScanner;
import io.github.smppkit.dlr.internal.ReceiptScanner.Label;
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
 * Reads one receipt text for {@link ReceiptParser}: walks its fields with {@link ReceiptScanner}, noting where
 * their values are, and creates only the strings the receipt keeps; dates are read from the text in place. Warnings come in a
 * fixed order: text before the first field, the extra-field cap, then one per field in the order of the fields.
 *
 * <p>Thread-safety: not thread-safe; one instance per text.
 */
final class ReceiptTextReader {

    private final ReceiptParser parser;
    private final String s;
    private final ReceiptScanner scan;
    /**
     * Where the values of the standard fields are, two indexes per label ordinal; both 0, an empty value, for a
     * field that is absent. Strings are made once the text is read, so none is made for a text that is not a
     * receipt, and the loop stores no references.
     */
    private final int[] bounds = new int[2 * Label.TEXT.ordinal() + 2];
    private boolean hasIdOrStat;
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
        this.scan = new ReceiptScanner(s, parser.maxExtraFields());
    }

    /**
     * Reads the text.
     *
     * @return the receipt, or why the text is not one
     */
    ReceiptParseResult read() {
        while (scan.next()) {
            field();
        }
        if (!hasIdOrStat) {
            return new ReceiptParseResult.NotAReceipt("no id: or stat: field in \"" + ReceiptParser.excerpt(s) + "\"");
        }
        ReceiptState named = ReceiptState.ofName(s, bounds[2 * Label.STAT.ordinal()],
                bounds[2 * Label.STAT.ordinal() + 1]);
        String stat = named != null ? named.name() : value(Label.STAT);
        ReceiptState state = named != null ? parser.stateOfName(named) : parser.stateOf(stat);
        DeliveryReceipt receipt = new DeliveryReceipt(ReceiptKind.DELIVERY_RECEIPT, value(Label.ID),
                value(Label.SUB), value(Label.DLVRD), Optional.ofNullable(submitDate), Optional.ofNullable(doneDate),
                stat, state, value(Label.ERR), value(Label.TEXT), extras != null ? extras : Map.of(),
                Optional.empty(), OptionalInt.empty(), Optional.empty());
        return new ReceiptParseResult.Parsed(receipt, warnings());
    }

    private void field() {
        Label label = scan.label();
        switch (label) {
            case ID, STAT -> {
                hasIdOrStat = true;
                keep(label);
            }
            case SUB, DLVRD, ERR, TEXT -> keep(label);
            case SUBMIT_DATE -> submitDate = date();
            case DONE_DATE -> doneDate = date();
            case EXTRA -> extra();
        }
    }

    private void keep(Label label) {
        bounds[2 * label.ordinal()] = scan.valueStart();
        bounds[2 * label.ordinal() + 1] = scan.valueEnd();
    }

    private String value(Label label) {
        return ReceiptScanner.slice(s, bounds[2 * label.ordinal()], bounds[2 * label.ordinal() + 1]);
    }

    private Instant date() {
        if (scan.valueStart() == scan.valueEnd()) {
            return null;
        }
        Instant t = ReceiptDates.parse(s, scan.valueStart(), scan.valueEnd(), parser.readZone());
        if (t == null) {
            warn(scan.name() + ": \"" + ReceiptParser.excerpt(scan.value()) + "\" is not a 10, 12 or 14 digit date");
        }
        return t;
    }

    private void extra() {
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
    private List<String> warnings() {
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
