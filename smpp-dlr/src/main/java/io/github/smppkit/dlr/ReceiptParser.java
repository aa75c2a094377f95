package io.github.smppkit.dlr;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parses delivery receipt text such as
 * {@code id:11041301030001006668 sub:001 dlvrd:001 submit date:2111040501 done date:2111040501 stat:DELIVRD err:0 text:none}
 * (v3.4 Appendix B, reference §10).
 *
 * <p>Tolerant by design: labels in any case and order, fields missing or repeated, extra vendor fields kept in
 * order, values (including {@code text:}) with spaces and colons, dates of 10, 12 or 14 digits read in a
 * configurable zone (UTC by default, as YCloud documents) or as 16-character SMPP absolute times, unknown
 * {@code stat:} words kept verbatim. Text counts as a receipt when its {@code stat:} field has a value or its
 * {@code id:} field has a one-word value: a message id has no blanks, so labels with nothing after them
 * ({@code "id: stat:"}) and prose such as {@code "Your order id: 5533 has shipped"} are not receipts, while the
 * values of the other fields ({@code text:}, {@code err:}) may have blanks. {@link #parse(CharSequence)} never
 * throws: anything else, including {@code null}, empty or over-long input, gives
 * {@link ReceiptParseResult.NotAReceipt}. Work is linear in the input, which is capped at
 * {@link Builder#maxLength(int)} characters. In a zone with daylight saving time, a local time in the repeated
 * hour is read as the earlier instant, as the text cannot say which one was meant.
 *
 * <p>Thread-safety: immutable, safe to share.
 *
 * @since 0.1.0
 */
public final class ReceiptParser {

    /** Default cap on input length: the largest {@code message_payload}. */
    public static final int DEFAULT_MAX_LENGTH = 65_535;

    /** Default cap on extra (vendor) fields kept per receipt. */
    public static final int DEFAULT_MAX_EXTRA_FIELDS = 32;

    private static final ReceiptParser STANDARD = builder().build();

    private final ZoneId zone;
    private final ZoneId readZone;
    private final Map<String, ReceiptState> statAliases;
    private final int maxLength;
    private final int maxExtraFields;

    private ReceiptParser(Builder b) {
        this.zone = b.zone;
        // A region with one fixed offset (such as "UTC") becomes that offset, which dates are read in by arithmetic.
        this.readZone = b.zone.normalized();
        this.statAliases = Map.copyOf(b.statAliases);
        this.maxLength = b.maxLength;
        this.maxExtraFields = b.maxExtraFields;
    }

    /**
     * Returns the parser with the defaults: UTC dates, no stat aliases.
     *
     * @return a shared parser
     */
    public static ReceiptParser standard() {
        return STANDARD;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the zone dates without an offset are read in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Interprets a {@code stat:} word: this parser's aliases first, then {@link ReceiptState#fromStat(String)}.
     *
     * @param stat the word
     * @return the state
     */
    public ReceiptState stateOf(String stat) {
        ReceiptState alias = statAliases.get(stat.strip().toUpperCase(Locale.ROOT));
        return alias != null ? alias : ReceiptState.fromStat(stat);
    }

    /**
     * Parses receipt text. Trailing NUL characters (C-string padding) are ignored.
     *
     * @param text the text; {@code null} gives {@code NotAReceipt}
     * @return the receipt, or why it is not one
     */
    public ReceiptParseResult parse(CharSequence text) {
        if (text == null) {
            return new ReceiptParseResult.NotAReceipt("no text");
        }
        if (text.length() > maxLength) {
            return new ReceiptParseResult.NotAReceipt("text of " + text.length() + " characters exceeds the limit of "
                    + maxLength);
        }
        String s = stripTrailingNuls(text.toString());
        ReceiptParseResult standard = ReceiptTextReader.readStandardLayout(this, s);
        if (standard != null) {
            // such a text is not blank: the test is left to the others
            return standard;
        }
        if (s.isBlank()) {
            return new ReceiptParseResult.NotAReceipt("empty text");
        }
        return new ReceiptTextReader(this, s).read();
    }

    /**
     * Returns {@link #stateOf(String)} of a word that is exactly the name of {@code named}, without normalising it
     * again when there are no aliases.
     */
    ReceiptState stateOfName(ReceiptState named) {
        return statAliases.isEmpty() ? named : stateOf(named.name());
    }

    /** The zone dates are read in: {@link #zone()}, as a plain offset when it has only one. */
    ZoneId readZone() {
        return readZone;
    }

    int maxExtraFields() {
        return maxExtraFields;
    }

    private static String stripTrailingNuls(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\0') {
            end--;
        }
        // Most texts have no NUL: tested here, so that the compiled parse does without substring's copying path.
        return end == s.length() ? s : s.substring(0, end);
    }

    /** Keeps reasons and warnings short whatever the input size. */
    static String excerpt(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /**
     * Configures a {@link ReceiptParser}.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private final Map<String, ReceiptState> statAliases = new HashMap<>();
        private int maxLength = DEFAULT_MAX_LENGTH;
        private int maxExtraFields = DEFAULT_MAX_EXTRA_FIELDS;

        private Builder() {
        }

        /**
         * Sets the zone that dates without an offset are written in by the provider (default UTC).
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * Maps a provider's own {@code stat:} word (case-insensitive) to a state, e.g. {@code "SENT"} to
         * {@link ReceiptState#ENROUTE}; aliases take precedence over the built-in words.
         *
         * @param word the word
         * @param state its meaning
         * @return this builder
         */
        public Builder statAlias(String word, ReceiptState state) {
            statAliases.put(word.strip().toUpperCase(Locale.ROOT), Objects.requireNonNull(state, "state"));
            return this;
        }

        /**
         * Sets the longest input accepted, in characters (default {@value ReceiptParser#DEFAULT_MAX_LENGTH}).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder maxLength(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxLength: " + value + " (expected >= 1)");
            }
            maxLength = value;
            return this;
        }

        /**
         * Sets how many extra fields are kept at most (default {@value ReceiptParser#DEFAULT_MAX_EXTRA_FIELDS}).
         *
         * @param value at least 0
         * @return this builder
         */
        public Builder maxExtraFields(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxExtraFields: " + value + " (expected >= 0)");
            }
            maxExtraFields = value;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return the parser
         */
        public ReceiptParser build() {
            return new ReceiptParser(this);
        }
    }
}
