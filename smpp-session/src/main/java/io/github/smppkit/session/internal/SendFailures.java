package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Why one of our requests may not be sent, or did not complete. Each failure says whether the request left:
 * {@link SmppConnectionException#notSent()} only where none of it was written, so a caller can send it again
 * without risking a duplicate.
 *
 * <p>Thread-safety: stateless.
 */
final class SendFailures {

    private SendFailures() {
    }

    /**
     * Returns why a request may not be sent now, or null: the session's state, the direction its bind allows,
     * and TLVs towards a 3.3 peer.
     *
     * @param session the session
     * @param request the request
     * @return the refusal, or null
     */
    static SmppException refusal(Session session, Request<?> request) {
        SessionState state = session.state();
        CommandId c = request.commandId();
        if (state == SessionState.CLOSED) {
            return notSentClosed(session, request, request.sequenceNumber());
        }
        if (BindRules.isBind(c) || c == CommandId.UNBIND) {
            return new SmppException(SmppException.Category.PROTOCOL, c.specName() + ": sent by the session itself"
                    + " (use SmppClient.connect or SmppSession.unbind)");
        }
        if (state != SessionState.BOUND) {
            return notBound(request, request.sequenceNumber(), state);
        }
        boolean server = session.settings.server();
        if (!BindRules.maySend(server, session.bindType(), c)) {
            return new SmppException(SmppException.Category.PROTOCOL, c.specName() + ": not allowed from the "
                    + (server ? "SMSC" : "ESME") + " in a " + session.bindType() + " bind");
        }
        if (!request.tlvs().isEmpty() && !session.tlvsAllowed()) {
            // only a client takes a peer as 3.3 for want of sc_interface_version, and can be told otherwise
            String hint = server ? "" : "; an SMSC whose bind response states no sc_interface_version"
                    + " counts as 3.3, see unannouncedPeerVersion";
            return new SmppException(SmppException.Category.PROTOCOL, "tlvs: " + request.tlvs().size() + " in "
                    + c.specName() + " towards an SMPP 3.3 peer or from a 3.3 bind (expected none" + hint + ")");
        }
        return null;
    }

    /** The session closed before the request was queued, or while it was queued and not yet taken for a write. */
    static SmppException notSentClosed(Session s, Request<?> r, int sequenceNumber) {
        return SmppConnectionException.notSent("session closed: " + s.closeReason() + " (" + r.commandId()
                .specName() + (sequenceNumber != 0 ? ", seq " + sequenceNumber : "") + " not sent)");
    }

    /** The session is not (or no longer) BOUND. */
    static SmppException notBound(Request<?> r, int sequenceNumber, SessionState state) {
        return SmppConnectionException.notSent(r.commandId().specName() + ": session " + state + " (expected BOUND)"
                + (sequenceNumber != 0 ? ", seq " + sequenceNumber : "") + " not sent");
    }

    /** The session closed after the request was written, or while it may have been: the peer may have it. */
    static SmppException unanswered(Session s, Pending p) {
        return new SmppConnectionException("session closed: " + s.closeReason() + " (" + p.request.commandId()
                .specName() + ", seq " + p.sequenceNumber + " unanswered)");
    }

    static SmppTimeoutException timeout(Pending p) {
        return new SmppTimeoutException("response: none within " + p.timeout + " (expected " + p.request.commandId()
                .response().specName() + "), seq " + p.sequenceNumber);
    }

    /** The session failure behind a future's exception; any other cause is wrapped as a connection failure. */
    static SmppException unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c instanceof SmppException ? (SmppException) c
                : new SmppException(SmppException.Category.CONNECTION, "request failed: " + c, c);
    }
}
