package io.github.smppkit.dlr;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A delivery receipt: the fields of the receipt text (v3.4 Appendix B, reference §10) and of the receipt TLVs
 * ({@code receipted_message_id}, {@code message_state}, {@code network_error_code}).
 *
 * <p>Text fields are kept as they came ({@code sub:001} stays {@code "001"}); a field that was absent is
 * {@code ""}, a date that was absent or unreadable is empty. TLV values are empty when the PDU did not carry them.
 * Both sources are kept; the merged view, in which the TLVs win, is {@link #messageId()} and {@link #state()}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param kind what the report is, from {@code esm_class}; {@link ReceiptKind#DELIVERY_RECEIPT} for parsed text
 * @param id the {@code id:} field
 * @param sub the {@code sub:} field (number submitted)
 * @param dlvrd the {@code dlvrd:} field (number delivered)
 * @param submitDate the {@code submit date:} field
 * @param doneDate the {@code done date:} field
 * @param stat the {@code stat:} word, verbatim
 * @param state the interpreted state: from the {@code message_state} TLV when present, else from {@code stat}
 * @param err the {@code err:} field, verbatim (decimal, hex or vendor text)
 * @param text the {@code text:} field
 * @param extraFields fields with other labels, in the order they came, keyed by the label as written
 * @param receiptedMessageId the {@code receipted_message_id} TLV
 * @param messageState the raw {@code message_state} TLV value
 * @param networkErrorCode the {@code network_error_code} TLV
 * @since 0.1.0
 */
public record DeliveryReceipt(
        ReceiptKind kind,
        String id,
        String sub,
        String dlvrd,
        Optional<Instant> submitDate,
        Optional<Instant> doneDate,
        String stat,
        ReceiptState state,
        String err,
        String text,
        Map<String, String> extraFields,
        Optional<String> receiptedMessageId,
        OptionalInt messageState,
        Optional<NetworkErrorCode> networkErrorCode) {

    /** Shared by receipts without extra fields (most of them), so that each does not carry an empty copy. */
    private static final Map<String, String> NO_EXTRA_FIELDS = Collections.unmodifiableMap(new LinkedHashMap<>());

    /**
     * Checks for nulls and freezes {@code extraFields} (keeping its order).
     *
     * @throws NullPointerException if a component, an extra key or an extra value is null
     */
    public DeliveryReceipt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(dlvrd, "dlvrd");
        Objects.requireNonNull(submitDate, "submitDate");
        Objects.requireNonNull(doneDate, "doneDate");
        Objects.requireNonNull(stat, "stat");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receiptedMessageId, "receiptedMessageId");
        Objects.requireNonNull(messageState, "messageState");
        Objects.requireNonNull(networkErrorCode, "networkErrorCode");
        extraFields = extraFields.isEmpty() ? NO_EXTRA_FIELDS : freeze(extraFields);
    }

    /**
     * Copies extra fields in their order, checking for nulls; apart from the constructor, which every parsed
     * receipt runs, so that the copy that few receipts need does not weigh on its compiled code.
     */
    private static Map<String, String> freeze(Map<String, String> extraFields) {
        Map<String, String> copy = new LinkedHashMap<>();
        extraFields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "extra field name"),
                Objects.requireNonNull(v, "extra field value")));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the id to match on: {@code receipted_message_id} when present and not blank, else {@code id:}.
     *
     * @return the message id, {@code ""} when the receipt carries none
     */
    public String messageId() {
        return receiptedMessageId.filter(s -> !s.isBlank()).orElse(id);
    }

    /**
     * Tells whether this receipt settles its message: an MC delivery receipt in a final state.
     *
     * @return {@code true} for a {@link ReceiptKind#DELIVERY_RECEIPT} whose {@link #state()} is final
     */
    public boolean isFinal() {
        return kind == ReceiptKind.DELIVERY_RECEIPT && state.isFinal();
    }

    /**
     * Looks up an extra field by label, ignoring case.
     *
     * @param label the label without the colon, e.g. {@code "mccmnc"}
     * @return the value of the first field with that label
     */
    public Optional<String> extraField(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : extraFields.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Starts a builder with every field empty.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this receipt's values. The state is kept fixed only when it differs from what
     * {@code stat} and {@code messageState} give (e.g. a provider alias); otherwise it is derived again when
     * building, so that changing {@code stat} changes it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().kind(kind).id(id).sub(sub).dlvrd(dlvrd).stat(stat).err(err).text(text);
        if (state != Builder.derive(stat, messageState)) {
            b.state(state);
        }
        b.submitDate = submitDate;
        b.doneDate = doneDate;
        b.extraFields.putAll(extraFields);
        b.receiptedMessageId = receiptedMessageId;
        b.messageState = messageState;
        b.networkErrorCode = networkErrorCode;
        return b;
    }

    /**
     * Builds a {@link DeliveryReceipt}. Unless {@link #state(ReceiptState)} is called, the state is derived when
     * building: from the {@code message_state} TLV when set, else from the {@code stat} word.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private ReceiptKind kind = ReceiptKind.DELIVERY_RECEIPT;
        private String id = "";
        private String sub = "";
        private String dlvrd = "";
        private Optional<Instant> submitDate = Optional.empty();
        private Optional<Instant> doneDate = Optional.empty();
        private String stat = "";
        private ReceiptState state;
        private String err = "";
        private String text = "";
        private final Map<String, String> extraFields = new LinkedHashMap<>();
        private Optional<String> receiptedMessageId = Optional.empty();
        private OptionalInt messageState = OptionalInt.empty();
        private Optional<NetworkErrorCode> networkErrorCode = Optional.empty();

        private Builder() {
        }

        /**
         * Sets the kind.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(ReceiptKind value) {
            kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * Sets the {@code id:} field.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(String value) {
            id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets the {@code sub:} field as written.
         *
         * @param value the field
         * @return this builder
         */
        public Builder sub(String value) {
            sub = Objects.requireNonNull(value, "sub");
            return this;
        }

        /**
         * Sets the {@code sub:} field to a count, zero-padded to three digits as the appendix shows.
         *
         * @param count the number submitted, not negative
         * @return this builder
         */
        public Builder sub(int count) {
            return sub(pad3(count, "sub"));
        }

        /**
         * Sets the {@code dlvrd:} field as written.
         *
         * @param value the field
         * @return this builder
         */
        public Builder dlvrd(String value) {
            dlvrd = Objects.requireNonNull(value, "dlvrd");
            return this;
        }

        /**
         * Sets the {@code dlvrd:} field to a count, zero-padded to three digits.
         *
         * @param count the number delivered, not negative
         * @return this builder
         */
        public Builder dlvrd(int count) {
            return dlvrd(pad3(count, "dlvrd"));
        }

        /**
         * Sets the {@code submit date:} field.
         *
         * @param value the instant, or {@code null} for none
         * @return this builder
         */
        public Builder submitDate(Instant value) {
            submitDate = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the {@code done date:} field.
         *
         * @param value the instant, or {@code null} for none
         * @return this builder
         */
        public Builder doneDate(Instant value) {
            doneDate = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the {@code stat:} word verbatim.
         *
         * @param value the word
         * @return this builder
         */
        public Builder stat(String value) {
            stat = Objects.requireNonNull(value, "stat");
            return this;
        }

        /**
         * Sets the {@code stat:} word to the state's name; for {@link ReceiptState#OTHER} use {@link #stat(String)}.
         *
         * @param value a state other than {@code OTHER}
         * @return this builder
         * @throws IllegalArgumentException for {@code OTHER}, which has no word of its own
         */
        public Builder stat(ReceiptState value) {
            if (value == ReceiptState.OTHER) {
                throw new IllegalArgumentException("stat: OTHER has no word; pass the word as a String");
            }
            return stat(value.name());
        }

        /**
         * Fixes the interpreted state instead of deriving it when building.
         *
         * @param value the state
         * @return this builder
         */
        public Builder state(ReceiptState value) {
            state = Objects.requireNonNull(value, "state");
            return this;
        }

        /**
         * Sets the {@code err:} field verbatim.
         *
         * @param value the field
         * @return this builder
         */
        public Builder err(String value) {
            err = Objects.requireNonNull(value, "err");
            return this;
        }

        /**
         * Sets the {@code text:} field.
         *
         * @param value the text
         * @return this builder
         */
        public Builder text(String value) {
            text = Objects.requireNonNull(value, "text");
            return this;
        }

        /**
         * Adds a field with a non-standard label; a later call with the same label replaces the value.
         *
         * @param label the label as it should be written, without the colon
         * @param value the value
         * @return this builder
         */
        public Builder extraField(String label, String value) {
            extraFields.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the {@code receipted_message_id} TLV.
         *
         * @param value the id, or {@code null} for none
         * @return this builder
         */
        public Builder receiptedMessageId(String value) {
            receiptedMessageId = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the {@code message_state} TLV.
         *
         * @param value the raw value 0..255
         * @return this builder
         */
        public Builder messageState(int value) {
            messageState = OptionalInt.of(value);
            return this;
        }

        /**
         * Sets the {@code network_error_code} TLV.
         *
         * @param value the code, or {@code null} for none
         * @return this builder
         */
        public Builder networkErrorCode(NetworkErrorCode value) {
            networkErrorCode = Optional.ofNullable(value);
            return this;
        }

        /**
         * Builds the receipt.
         *
         * @return the receipt
         */
        public DeliveryReceipt build() {
            ReceiptState s = state != null ? state : derive(stat, messageState);
            return new DeliveryReceipt(kind, id, sub, dlvrd, submitDate, doneDate, stat, s, err, text, extraFields,
                    receiptedMessageId, messageState, networkErrorCode);
        }

        static ReceiptState derive(String stat, OptionalInt messageState) {
            return messageState.isPresent()
                    ? ReceiptState.fromMessageState(messageState.getAsInt())
                    : ReceiptState.fromStat(stat);
        }

        private static String pad3(int count, String field) {
            if (count < 0) {
                throw new IllegalArgumentException(field + ": " + count + " (expected >= 0)");
            }
            String digits = Integer.toString(count);
            return digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits;
        }
    }
}
