package io.github.smppkit.errors;

/**
 * Where a code was seen, so that one number used for different things is not confused: a provider may give
 * {@code 3} one meaning in a {@code bind_resp}, another in a {@code submit_sm_resp}, and use {@code 3} again
 * as a receipt {@code err:} value.
 *
 * <p>The three command_status scopes are related: a lookup in {@link #BIND_STATUS} or {@link #SUBMIT_STATUS}
 * falls back to {@link #COMMAND_STATUS} entries, and a lookup in {@link #COMMAND_STATUS} (context unknown)
 * also shows the bind and submit entries. The receipt scopes stand alone.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum ErrorScope {
    /** {@code command_status} of any response, context unknown (data token {@code status}). */
    COMMAND_STATUS("status", "command_status"),
    /** {@code command_status} of a {@code bind_*_resp} (data token {@code bind}). */
    BIND_STATUS("bind", "bind_resp command_status"),
    /** {@code command_status} of a {@code submit_sm_resp} (data token {@code submit}). */
    SUBMIT_STATUS("submit", "submit_sm_resp command_status"),
    /** The receipt's {@code err:} value, network- or MC-specific (reference §10; data token {@code receipt-err}). */
    RECEIPT_ERROR("receipt-err", "receipt err"),
    /** A provider's numeric receipt status code (data token {@code receipt-status}). */
    RECEIPT_STATUS("receipt-status", "receipt status"),
    /**
     * The receipt's {@code stat:} word (e.g. {@code DELIVRD}) as the entry name, keyed by its
     * {@code message_state} value (reference §9, §10; data token {@code receipt-stat}).
     */
    RECEIPT_STAT("receipt-stat", "receipt stat");

    private final String token;
    private final String label;

    ErrorScope(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /**
     * Returns the token naming this scope in catalog data files.
     *
     * @return e.g. {@code "bind"}
     */
    public String token() {
        return token;
    }

    /**
     * Returns a short human label.
     *
     * @return e.g. {@code "bind_resp command_status"}
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether this scope is one of the command_status scopes.
     *
     * @return {@code true} for {@link #COMMAND_STATUS}, {@link #BIND_STATUS} and {@link #SUBMIT_STATUS}
     */
    public boolean isCommandStatus() {
        return this == COMMAND_STATUS || this == BIND_STATUS || this == SUBMIT_STATUS;
    }
}
