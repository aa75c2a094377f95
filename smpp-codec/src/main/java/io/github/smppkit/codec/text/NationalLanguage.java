package io.github.smppkit.codec.text;

import java.util.Optional;

/**
 * National language identifiers of 3GPP TS 23.038 Annex A, selecting single-shift (UDH IEI 0x24) and
 * locking-shift (UDH IEI 0x25) tables (reference §11.4).
 *
 * <p>Spanish has a single-shift table only (A.3.2 is void). Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum NationalLanguage {
    /** Id 1. */
    TURKISH(1),
    /** Id 2; single-shift table only. */
    SPANISH(2),
    /** Id 3. */
    PORTUGUESE(3),
    /** Id 4. */
    BENGALI(4),
    /** Id 5. */
    GUJARATI(5),
    /** Id 6. */
    HINDI(6),
    /** Id 7. */
    KANNADA(7),
    /** Id 8. */
    MALAYALAM(8),
    /** Id 9. */
    ORIYA(9),
    /** Id 10. */
    PUNJABI(10),
    /** Id 11. */
    TAMIL(11),
    /** Id 12. */
    TELUGU(12),
    /** Id 13. */
    URDU(13);

    private static final NationalLanguage[] BY_ID = {
        null, TURKISH, SPANISH, PORTUGUESE, BENGALI, GUJARATI, HINDI, KANNADA, MALAYALAM, ORIYA, PUNJABI, TAMIL,
        TELUGU, URDU
    };

    private final int id;

    NationalLanguage(int id) {
        this.id = id;
    }

    /**
     * Returns the language identifier carried in the shift IEs.
     *
     * @return 1..13
     */
    public int id() {
        return id;
    }

    /**
     * Tells whether the language has a locking-shift table.
     *
     * @return {@code false} for Spanish only
     */
    public boolean hasLockingShift() {
        return this != SPANISH;
    }

    /**
     * Looks a language up by identifier.
     *
     * @param id the identifier from a shift IE
     * @return the language, or empty for 0 (default tables) and unknown identifiers
     */
    public static Optional<NationalLanguage> fromId(int id) {
        return id > 0 && id < BY_ID.length ? Optional.of(BY_ID[id]) : Optional.empty();
    }
}
