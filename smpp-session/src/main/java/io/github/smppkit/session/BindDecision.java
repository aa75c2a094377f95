package io.github.smppkit.session;

import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.util.Optional;

/**
 * A server's answer to a bind: accept, or reject with a status (ESME_RINVPASWD, ESME_RINVSYSID,
 * ESME_RBINDFAIL, ...). An acceptance may also name the SMPP version to take the ESME as speaking, whatever
 * {@code interface_version} it sent ({@link #acceptAs}).
 *
 * <p>Thread-safety: immutable.
 *
 * @param status ESME_ROK to accept, anything else to reject
 * @param peerVersion the version to take the ESME as speaking; empty (always, for a rejection) to take its
 *     {@code interface_version}
 * @since 0.1.0
 */
public record BindDecision(CommandStatus status, Optional<InterfaceVersion> peerVersion) {

    private static final BindDecision ACCEPT = new BindDecision(CommandStatus.ESME_ROK);

    /**
     * Checks the fields are present and that only an acceptance names a version.
     *
     * @param status the status
     * @param peerVersion the version to take
     */
    public BindDecision {
        if (status == null) {
            throw new NullPointerException("status");
        }
        if (peerVersion == null) {
            throw new NullPointerException("peerVersion");
        }
        if (!status.isOk() && peerVersion.isPresent()) {
            throw new IllegalArgumentException("peerVersion: " + peerVersion.get() + " with " + status
                    + " (only an accepted bind takes a version)");
        }
    }

    /**
     * A decision that takes the ESME's own {@code interface_version}.
     *
     * @param status ESME_ROK to accept, anything else to reject
     */
    public BindDecision(CommandStatus status) {
        this(status, Optional.empty());
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
     * Accepts the bind and takes the ESME as speaking {@code version}, whatever {@code interface_version} it sent:
     * its bind response, the TLVs it may be sent and {@link SmppSession#peerInterfaceVersion()} follow
     * {@code version}. For ESMEs that take TLVs but bind with 0 (some libraries leave the field unset, which
     * reads as SMPP 3.3) and so would get receipts without {@code receipted_message_id} and {@code message_state}.
     *
     * @param version the version to take
     * @return the decision
     */
    public static BindDecision acceptAs(InterfaceVersion version) {
        return new BindDecision(CommandStatus.ESME_ROK, Optional.of(version));
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
