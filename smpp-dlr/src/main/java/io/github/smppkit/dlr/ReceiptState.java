package io.github.smppkit.dlr;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The state a delivery receipt reports, named after the {@code stat:} words of SMPP v3.4 Appendix B.
 *
 * <p>A receipt keeps the {@code stat:} word exactly as it came ({@link DeliveryReceipt#stat()}); this enum is the
 * interpretation. Words that are neither a standard word nor a known synonym map to {@link #OTHER}, so nothing is
 * lost and nothing fails. {@link #SCHEDULED} and {@link #SKIPPED} exist because the v5.0 {@code message_state}
 * TLV can carry them (reference §9).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum ReceiptState {
    /** Delivered ({@code message_state} 2). */
    DELIVRD(2, true),
    /** Validity period expired ({@code message_state} 3). */
    EXPIRED(3, true),
    /** Cancelled or deleted ({@code message_state} 4). */
    DELETED(4, true),
    /** Undeliverable ({@code message_state} 5). */
    UNDELIV(5, true),
    /** Accepted on the subscriber's behalf ({@code message_state} 6). */
    ACCEPTD(6, true),
    /** The MC reports the state as unknown ({@code message_state} 7); treated as final, as providers send it last. */
    UNKNOWN(7, true),
    /** Rejected ({@code message_state} 8). */
    REJECTD(8, true),
    /** In progress or being retried ({@code message_state} 1); not final. */
    ENROUTE(1, false),
    /** v5.0: scheduled, no delivery attempt yet ({@code message_state} 0); not final. */
    SCHEDULED(0, false),
    /** v5.0: accepted but not transmitted ({@code message_state} 9). */
    SKIPPED(9, true),
    /**
     * A word this library does not know (or no {@code stat:} at all); the raw word stays in
     * {@link DeliveryReceipt#stat()}. Treated as final so that the submission is settled rather than left to
     * expire; map a provider's intermediate words to {@link #ENROUTE} with
     * {@link ReceiptParser.Builder#statAlias(String, ReceiptState)}.
     */
    OTHER(-1, true);

    private static final ReceiptState[] BY_MESSAGE_STATE = {
        SCHEDULED, ENROUTE, DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, UNKNOWN, REJECTD, SKIPPED
    };

    /** The states whose names are {@code stat:} words, for {@link #ofName(String, int, int)}. */
    private static final ReceiptState[] NAMED = {
        DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, UNKNOWN, REJECTD, ENROUTE, SCHEDULED, SKIPPED
    };

    private final int messageState;
    private final boolean finalState;

    ReceiptState(int messageState, boolean finalState) {
        this.messageState = messageState;
        this.finalState = finalState;
    }

    /**
     * Tells whether this state ends the message's life, so a receipt in it settles the submission.
     *
     * @return {@code false} only for {@link #ENROUTE} and {@link #SCHEDULED}
     */
    public boolean isFinal() {
        return finalState;
    }

    /**
     * Returns the {@code message_state} value (reference §9) for this state.
     *
     * @return the value 0..9, or empty for {@link #OTHER}
     */
    public OptionalInt messageStateValue() {
        return messageState < 0 ? OptionalInt.empty() : OptionalInt.of(messageState);
    }

    /**
     * Maps a {@code message_state} value (reference §9).
     *
     * @param value the TLV value
     * @return the state, or {@link #OTHER} for a value outside 0..9
     */
    public static ReceiptState fromMessageState(int value) {
        return value >= 0 && value < BY_MESSAGE_STATE.length ? BY_MESSAGE_STATE[value] : OTHER;
    }

    /**
     * Finds the state named exactly (same case, no blanks) by part of a text, so that a parser can reuse the name
     * instead of copying and normalising the most common words.
     *
     * @param s the text
     * @param from the start of the word
     * @param to the end of the word
     * @return the state, which {@link #fromStat(String)} gives for that word too, or {@code null}
     */
    static ReceiptState ofName(String s, int from, int to) {
        // the word of nearly every receipt, compared with a constant, which the compiler unrolls
        if (to - from == 7 && s.startsWith("DELIVRD", from)) {
            return DELIVRD;
        }
        for (ReceiptState state : NAMED) {
            if (state.name().length() == to - from && s.startsWith(state.name(), from)) {
                return state;
            }
        }
        return null;
    }

    /**
     * Maps a {@code stat:} word, ignoring case and surrounding blanks: the standard words, the long spellings
     * seen in the wild ({@code DELIVERED}, {@code UNDELIVERABLE}, {@code ACCEPTED}, {@code REJECTED}, ...) and the
     * v5.0 state names.
     *
     * @param stat the word as it came; may be empty
     * @return the state, or {@link #OTHER} when the word is unknown or empty
     */
    public static ReceiptState fromStat(String stat) {
        String word = stat.strip().toUpperCase(Locale.ROOT);
        return switch (word) {
            case "DELIVRD", "DELIVERED" -> DELIVRD;
            case "UNDELIV", "UNDELIVERABLE", "UNDELIVERED" -> UNDELIV;
            case "ACCEPTD", "ACCEPTED" -> ACCEPTD;
            case "REJECTD", "REJECTED" -> REJECTD;
            case "EXPIRED" -> EXPIRED;
            case "DELETED" -> DELETED;
            case "UNKNOWN" -> UNKNOWN;
            case "ENROUTE" -> ENROUTE;
            case "SCHEDULED" -> SCHEDULED;
            case "SKIPPED" -> SKIPPED;
            default -> OTHER;
        };
    }
}
