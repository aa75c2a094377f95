package io.github.smppkit.dlr;

import java.util.Objects;

/**
 * The key submissions and receipts are matched on: a scope and a normalised message id.
 *
 * <p>The scope is the account that issued the id, typically {@code provider/system_id}: message ids are unique per
 * account, and a receipt may come back on any bind of the same system_id (8x8 sends it to any active bind), so the
 * scope names the account, never the bind. Use {@code ""} when there is only one account.
 *
 * <p>Thread-safety: immutable.
 *
 * @param scope the account scope
 * @param id the message id key from a {@link MessageIdPolicy}
 * @since 0.1.0
 */
public record CorrelationKey(String scope, String id) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public CorrelationKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
    }
}
