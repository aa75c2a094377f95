package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * The peer refused a bind: the bind response carried a non-OK status (e.g. ESME_RINVPASWD, ESME_RALYBND).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class SmppBindException extends SmppStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param systemId the system_id that tried to bind (never the password)
     * @param response the bind response
     */
    public SmppBindException(String systemId, BindResp response) {
        super(Category.BIND, "bind refused for system_id " + systemId + ": " + describe(response), response);
    }

    /**
     * Tells whether retrying the same bind later cannot help (wrong password, unknown system_id, bind failed,
     * wrong system_type): reconnecting stops on these.
     *
     * @return whether the failure is permanent
     */
    public boolean isPermanent() {
        return isPermanent(status());
    }

    /**
     * Tells whether a bind status is a permanent failure: ESME_RINVPASWD, ESME_RINVSYSID, ESME_RBINDFAIL,
     * ESME_RINVSYSTYP.
     *
     * @param status the bind response status
     * @return whether retrying cannot help
     */
    public static boolean isPermanent(CommandStatus status) {
        return status.equals(CommandStatus.ESME_RINVPASWD) || status.equals(CommandStatus.ESME_RINVSYSID)
                || status.equals(CommandStatus.ESME_RBINDFAIL) || status.equals(CommandStatus.ESME_RINVSYSTYP);
    }
}
