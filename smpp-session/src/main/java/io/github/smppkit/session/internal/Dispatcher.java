package io.github.smppkit.session.internal;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.Reaction;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Notification;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppException;
import java.lang.System.Logger.Level;

/**
 * Handles what the reader decodes: inbound requests (state rules of reference §2.4/§2.7, enquire_link,
 * unbind, the request handler), notifications and malformed frames. Responses go back to the session.
 *
 * <p>Thread-safety: called on the reader thread only.
 */
final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Session session;
    private final Settings settings;
    private final SessionHooks hooks;

    Dispatcher(Session session, Settings settings, SessionHooks hooks) {
        this.session = session;
        this.settings = settings;
        this.hooks = hooks;
    }

    /**
     * Answers a malformed PDU as its reaction says, except a request the peer's version does not have, which
     * gets generic_nack ESME_RINVCMDID as its well-formed form would (framing errors still close).
     *
     * @param m what the decoder said
     * @param tlsRecord whether the octets are a TLS record, i.e. only one side speaks TLS
     */
    void malformed(DecodeResult.Malformed m, boolean tlsRecord) {
        LOG.log(Level.WARNING, () -> "malformed PDU: " + m.reason() + " (command_id 0x"
                + Integer.toHexString(m.commandId()) + ", seq " + m.sequenceNumber() + ", status " + m.status() + ")");
        if (m.reaction() != Reaction.CLOSE && unknownToPeer(CommandId.fromId(m.commandId()))) {
            // the same answer as to a well-formed one: its _resp would carry a reserved id too
            session.sendResponse(GenericNack.of(m.sequenceNumber(), CommandStatus.ESME_RINVCMDID), "");
            return;
        }
        switch (m.reaction()) {
            case GENERIC_NACK:
                session.sendResponse(GenericNack.of(m.sequenceNumber(), m.status()), "");
                break;
            case ERROR_RESPONSE:
                session.sendResponse(ErrorResponses.of(m.commandId(), m.sequenceNumber(), m.status()), "");
                break;
            case CLOSE:
                session.sendResponse(GenericNack.of(m.sequenceNumber(), m.status()), "framing error: " + m.reason()
                        + (tlsRecord ? "; these octets are a TLS record: one side uses TLS and the other does not"
                                : ""));
                break;
            default:
                break;
        }
    }

    void received(Pdu pdu) {
        // commandId, not instanceof: a failed interface check scans the class's interfaces on every PDU
        CommandId c = pdu.commandId();
        if (c.isResponse()) {
            session.responseReceived((Response) pdu);
        } else if (c == CommandId.OUTBIND || c == CommandId.ALERT_NOTIFICATION) {
            notification((Notification) pdu);
        } else {
            request((Request<?>) pdu);
        }
    }

    private void notification(Notification n) {
        if (n instanceof Outbind && !settings.server() && session.state() == SessionState.OPEN) {
            hooks.outbindReceived(session, (Outbind) n);
            if (session.isClosed()) {
                // refused (not the expected SMSC): the handler hears only of outbinds that are bound on
                return;
            }
        }
        try {
            settings.handler().notification(session.handlerView(), n);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "request handler failed on " + n.commandId().specName(), e);
        }
    }

    private void request(Request<?> request) {
        if (session.isClosed()) {
            // a frame still buffered when the session closed: no answer can reach the peer any more
            LOG.log(Level.DEBUG, () -> "dropped " + request.commandId().specName() + " seq "
                    + request.sequenceNumber() + " read after close");
            return;
        }
        CommandId c = request.commandId();
        SessionState state = session.state();
        if (BindRules.isBind(c)) {
            if (state == SessionState.OPEN && settings.server()) {
                hooks.bindReceived(session, (Bind<?>) request);
            } else {
                answer(request.response(settings.server() ? CommandStatus.ESME_RALYBND
                        : CommandStatus.ESME_RINVBNDSTS));
            }
            return;
        }
        if (c == CommandId.ENQUIRE_LINK) {
            answer(request.response(CommandStatus.ESME_ROK));
            return;
        }
        boolean bound = state == SessionState.BOUND || state == SessionState.UNBINDING;
        if (!bound) {
            answer(request.response(CommandStatus.ESME_RINVBNDSTS));
            return;
        }
        if (unknownToPeer(c)) {
            // an unknown command for this peer (reference §2.4): a _resp of a reserved id would be discarded
            session.sendResponse(GenericNack.of(request.sequenceNumber(), CommandStatus.ESME_RINVCMDID), "");
            return;
        }
        if (c == CommandId.UNBIND) {
            session.peerUnbinding(request.sequenceNumber());
            return;
        }
        if (!BindRules.maySend(!settings.server(), session.bindType(), c)) {
            answer(request.response(CommandStatus.ESME_RINVBNDSTS));
            return;
        }
        handle(request);
    }

    /**
     * Tells whether a request command does not exist in the version the peer bound with: the SMPP 3.3-only
     * commands are reserved ids from 3.4 on (reference §2.2). Before the bind the peer counts as 3.3.
     *
     * @param c the command, null if the id is unknown anyway
     */
    private boolean unknownToPeer(CommandId c) {
        return c != null && BindRules.isV33Only(c) && session.peerInterfaceVersion().supportsTlvs();
    }

    private void handle(Request<?> request) {
        if (!session.admitInbound(request)) {
            return;
        }
        HandlerResult result;
        try {
            result = settings.handler().handle(session.handlerView(), request);
            if (result == null) {
                throw new IllegalStateException("request handler returned null");
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "request handler failed on " + request.commandId().specName() + " seq "
                    + request.sequenceNumber() + "; answering " + settings.handlerErrorStatus(), e);
            answer(request.response(settings.handlerErrorStatus()));
            return;
        }
        switch (result.kind()) {
            case ANSWER: {
                Response r = result.response().orElseThrow();
                answer(r.sequenceNumber() == 0 ? r.withSequenceNumber(request.sequenceNumber()) : r, request);
                break;
            }
            case DEFAULT_ANSWER:
                answer(request.response(CommandStatus.ESME_ROK));
                break;
            default:
                break;
        }
    }

    private void answer(Response response) {
        try {
            session.respond(response);
        } catch (SmppException e) {
            LOG.log(Level.DEBUG, () -> "answer not sent: " + e.getMessage());
        }
    }

    private void answer(Response response, Request<?> request) {
        try {
            session.respond(response);
        } catch (SmppException e) {
            if (e.category() != SmppException.Category.PROTOCOL) {
                return;
            }
            LOG.log(Level.WARNING, "handler answer unusable (" + e.getMessage() + "); answering "
                    + settings.handlerErrorStatus());
            answer(request.response(settings.handlerErrorStatus()));
        }
    }
}
