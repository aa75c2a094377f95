package io.github.smppkit.session;

/**
 * Decides whether a server accepts a bind. Called on the connection's reader thread before the bind is
 * answered; the per-system_id limit of the server applies after an accept.
 *
 * <p>Thread-safety: implementations must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BindAuthenticator {

    /**
     * Decides on a bind.
     *
     * @param request the bind as received
     * @return accept or reject with a status; an exception rejects with ESME_RBINDFAIL
     */
    BindDecision authenticate(BindRequest request);

    /**
     * Accepts every bind.
     *
     * @return the authenticator
     */
    static BindAuthenticator acceptAll() {
        return request -> BindDecision.accept();
    }

    /**
     * Accepts one system_id/password pair; a wrong system_id gets ESME_RINVSYSID, a wrong password
     * ESME_RINVPASWD.
     *
     * @param systemId the system_id
     * @param password the password
     * @return the authenticator
     */
    static BindAuthenticator of(String systemId, String password) {
        return request -> !request.systemId().equals(systemId)
                ? BindDecision.reject(io.github.smppkit.codec.type.CommandStatus.ESME_RINVSYSID)
                : !request.passwordMatches(password)
                        ? BindDecision.reject(io.github.smppkit.codec.type.CommandStatus.ESME_RINVPASWD)
                        : BindDecision.accept();
    }
}
