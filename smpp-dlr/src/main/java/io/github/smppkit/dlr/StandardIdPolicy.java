package io.github.smppkit.dlr;

import io.github.smppkit.dlr.internal.IdKeys;
import java.util.function.UnaryOperator;

/**
 * The message-id policies providers need. Every policy first strips surrounding whitespace.
 *
 * <p>"Read as a number" below means: a decimal id is reduced to its digits without leading zeros (no conversion,
 * so any length works); a hex id is converted to that decimal form ({@code long} arithmetic up to 15 hex digits,
 * {@link java.math.BigInteger} beyond). Ids longer than 64 characters are never converted. An id that cannot be
 * read as the policy expects is compared as lower-case text, which can never collide with a numeric key because
 * it always contains a non-digit.
 *
 * <table>
 *   <caption>Policies</caption>
 *   <tr><th>policy</th><th>{@code submit_sm_resp} id</th><th>receipt id</th><th>use for</th></tr>
 *   <tr><td>{@link #AS_IS}</td><td>exact</td><td>exact</td><td>providers that echo ids byte for byte</td></tr>
 *   <tr><td>{@link #CASE_INSENSITIVE}</td><td>lower case</td><td>lower case</td><td>hex or UUID ids whose
 *       case changes</td></tr>
 *   <tr><td>{@link #NUMERIC}</td><td>auto</td><td>auto</td><td>ids that gain or lose leading zeros, or mix
 *       bases</td></tr>
 *   <tr><td>{@link #HEX}</td><td>hex</td><td>hex</td><td>hex on both sides, with case or zeros changing</td></tr>
 *   <tr><td>{@link #HEX_TO_DECIMAL}</td><td>hex</td><td>auto</td><td>hex in {@code submit_sm_resp}, decimal in
 *       receipts (e.g. the EMG "HEXID" option)</td></tr>
 *   <tr><td>{@link #DECIMAL_TO_HEX}</td><td>auto</td><td>hex</td><td>decimal in {@code submit_sm_resp}, hex in
 *       receipts</td></tr>
 * </table>
 *
 * <p>"auto" reads an all-digit id as decimal and any other hex-digit id (one with a letter {@code a-f}) as hex, so
 * a provider that sends hex where decimal was expected still matches; an all-digit hex id is then misread, which
 * is why the directional policies exist.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum StandardIdPolicy implements MessageIdPolicy {
    /** Ids match only when equal (after stripping whitespace). */
    AS_IS(id -> id, id -> id),
    /** Ids match when equal ignoring case. */
    CASE_INSENSITIVE(IdKeys::text, IdKeys::text),
    /** Both sides read as numbers, decimal when all digits, else hex. */
    NUMERIC(IdKeys::auto, IdKeys::auto),
    /** Both sides read as hex numbers. */
    HEX(IdKeys::hex, IdKeys::hex),
    /** {@code submit_sm_resp} ids read as hex, receipt ids as decimal (or hex when they have a letter). */
    HEX_TO_DECIMAL(IdKeys::hex, IdKeys::auto),
    /** {@code submit_sm_resp} ids read as decimal (or hex when they have a letter), receipt ids as hex. */
    DECIMAL_TO_HEX(IdKeys::auto, IdKeys::hex);

    private final UnaryOperator<String> submitted;
    private final UnaryOperator<String> receipt;

    StandardIdPolicy(UnaryOperator<String> submitted, UnaryOperator<String> receipt) {
        this.submitted = submitted;
        this.receipt = receipt;
    }

    @Override
    public String submittedKey(String messageId) {
        return submitted.apply(messageId.strip());
    }

    @Override
    public String receiptKey(String messageId) {
        return receipt.apply(messageId.strip());
    }
}
