package io.github.smppkit.session;

import io.github.smppkit.codec.type.CommandStatus;

/**
 * A server's answer to a bind: accept, or reject with a status (ESME_RINVPASWD, ESME_RINVSYSID,
 * ESME_RBINDFAIL, ...).
 *
 * <p>Thread-safety: immutable.
 *
 * @param status ESME_ROK to accept, anything else to reject
 * @since 0.1.0
 */
public record BindDecision(CommandStatus status) {

    private static final BindDecision ACCEPT = new BindDecision(CommandStatus.ESME_ROK);

    /**
     * Checks the status is present.
     *
     * @param status the status
     */
    public BindDecision {
        if (status == null) {
            throw new NullPointerException("status");
        }
    }

    /**
     * Accepts the bind.
     *
     * @return the decision
     */
    public static BindDecision accept() {
        return ACCEPT;
    }

    /**
     * Rejects the bind.
     *
     * @param status the non-OK status to answer with
     * @return the decision
     * @throws IllegalArgumentException if {@code status} is ESME_ROK
     */
    public static BindDecision reject(CommandStatus status) {
        if (status.isOk()) {
            throw new IllegalArgumentException("status: ESME_ROK (expected an error status to reject)");
        }
        return new BindDecision(status);
    }

    /**
     * Tells whether the bind is accepted.
     *
     * @return {@code status().isOk()}
     */
    public boolean accepted() {
        return status.isOk();
    }
}
