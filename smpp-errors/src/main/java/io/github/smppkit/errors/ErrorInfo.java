package io.github.smppkit.errors;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One meaning of one code, from one source.
 *
 * <p>For the command_status scopes, {@code name} is the standard spec name of the number (e.g.
 * {@code ESME_RBINDFAIL}), also in a provider's entry, because that is the name a decoder prints for it; the
 * provider's meaning is in {@code description}, and {@link #contradictsStandard()} tells when the two
 * differ. {@code name} is empty for reserved and vendor-specific numbers and for receipt codes; for
 * {@link ErrorScope#RECEIPT_STAT} it is the {@code stat:} word.
 *
 * <p>Thread-safety: immutable.
 *
 * @param code        the code (command_status compared unsigned; receipt codes are non-negative)
 * @param name        spec name, or {@code ""} when the number has none
 * @param description meaning, in the source's words
 * @param retry       what a sender should do; {@link RetryClass#PERMANENT} for success and final outcomes
 * @param source      {@code "standard"} or the provider profile name (e.g. {@code "selfhost"})
 * @param scope       where the code was seen
 * @param relation    how this meaning relates to the standard's meaning of the same number
 * @param remedy      the provider's suggested remedy ("Possible Solution"), or {@code ""}
 * @param aliases     further spec names (e.g. the SMPP 3.4 name of a code v5.0 renamed), maybe empty
 * @param success     {@code true} when the code reports success or a successful outcome
 * @since 0.1.0
 */
public record ErrorInfo(int code, String name, String description, RetryClass retry, String source,
        ErrorScope scope, Relation relation, String remedy, List<String> aliases, boolean success) {

    /** Source name of the SMPP standard catalog. */
    public static final String STANDARD_SOURCE = "standard";

    /**
     * Validates that no component is null and copies the aliases.
     *
     * @throws NullPointerException if a component is null
     */
    public ErrorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(remedy, "remedy");
        aliases = List.copyOf(aliases);
    }

    /**
     * Tells whether a provider gives this number another meaning than the standard.
     *
     * @return {@code true} when {@link #relation()} is {@link Relation#CONTRADICTS}
     */
    public boolean contradictsStandard() {
        return relation == Relation.CONTRADICTS;
    }

    /**
     * Tells whether this entry comes from the SMPP standard catalog.
     *
     * @return {@code true} when {@link #source()} is {@value #STANDARD_SOURCE}
     */
    public boolean isStandard() {
        return STANDARD_SOURCE.equals(source);
    }

    /**
     * Tells whether {@code candidate} is this entry's name or one of its aliases, ignoring case.
     *
     * @param candidate a name such as {@code "ESME_RTHROTTLED"}
     * @return {@code true} on a match; never for an empty candidate
     */
    public boolean hasName(String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        if (name.equalsIgnoreCase(candidate)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Formats the code: {@code 0x0000000D} in the command_status scopes, decimal otherwise.
     *
     * @return the code as a wire-style string
     */
    public String codeText() {
        return scope.isCommandStatus() ? hex(code) : Integer.toString(code);
    }

    /**
     * Formats a command_status as eight upper-case hex digits.
     *
     * @param code any 32-bit code
     * @return e.g. {@code "0x00000058"}
     */
    public static String hex(int code) {
        String digits = Integer.toHexString(code).toUpperCase(Locale.ROOT);
        return "0x" + "0".repeat(8 - digits.length()) + digits;
    }
}
