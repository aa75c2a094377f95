package io.github.smppkit.codec.type;

/**
 * {@code message_state} values (reference §9). PDU fields keep the raw {@code int} so unknown values
 * round-trip; use {@link #fromValue(int)} to interpret one.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum MessageState {
    /** 0: scheduled (v5.0). */
    SCHEDULED(0, false),
    /** 1: en route. */
    ENROUTE(1, false),
    /** 2: delivered. */
    DELIVERED(2, true),
    /** 3: expired. */
    EXPIRED(3, true),
    /** 4: deleted. */
    DELETED(4, true),
    /** 5: undeliverable. */
    UNDELIVERABLE(5, true),
    /** 6: accepted. */
    ACCEPTED(6, true),
    /** 7: unknown. */
    UNKNOWN(7, false),
    /** 8: rejected. */
    REJECTED(8, true),
    /** 9: skipped (v5.0). */
    SKIPPED(9, true);

    private static final MessageState[] BY_VALUE = {
        SCHEDULED, ENROUTE, DELIVERED, EXPIRED, DELETED, UNDELIVERABLE, ACCEPTED, UNKNOWN, REJECTED, SKIPPED
    };

    private final int value;
    private final boolean isFinal;

    MessageState(int value, boolean isFinal) {
        this.value = value;
        this.isFinal = isFinal;
    }

    /**
     * Returns the wire value.
     *
     * @return 0..9
     */
    public int value() {
        return value;
    }

    /**
     * Tells whether the state is final.
     *
     * @return {@code true} for final states
     */
    public boolean isFinal() {
        return isFinal;
    }

    /**
     * Looks a wire value up.
     *
     * @param value the octet
     * @return the state, or {@code null} if unknown
     */
    public static MessageState fromValue(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
    }
}
