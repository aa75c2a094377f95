package io.github.smppkit.it.robustness;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.Reaction;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.Notification;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * What a bound transceiver session must answer to one frame, computed from the frame by the codec
 * ({@link DecodeResult.Malformed#reaction()}) and the SMPP rules of reference §2.4/§2.7: the frame's own
 * response or generic_nack with a status and the frame's sequence number, nothing, or a close.
 */
final class Answers {

    private Answers() {
    }

    /** One PDU expected back: its command_id, command_status and sequence_number. */
    record Expected(int commandId, int status, int sequenceNumber) {
        static Expected of(Pdu pdu) {
            int status = pdu instanceof Response ? ((Response) pdu).status().code() : 0;
            return new Expected(pdu.commandId().id(), status, pdu.sequenceNumber());
        }

        @Override
        public String toString() {
            CommandId c = CommandId.fromId(commandId);
            return (c == null ? Integer.toHexString(commandId) : c.specName()) + "(status 0x"
                    + Integer.toHexString(status) + ", seq " + sequenceNumber + ")";
        }
    }

    /** The whole expected outcome: PDUs in order, then whether the session closes the connection. */
    record Outcome(List<Expected> answers, boolean closes, String why) {
        /** Returns the kind of case, the text of {@code why} before its colon. */
        String category() {
            return why.substring(0, why.indexOf(':'));
        }
    }

    /**
     * Computes the outcome.
     *
     * @param frame one frame (or, with command_length out of range, octets that lose framing)
     * @param server whether the receiving session is the SMSC side
     * @return the outcome
     */
    static Outcome of(byte[] frame, boolean server) {
        DecodeResult r = RawPeer.CODEC.decode(ByteBuffer.wrap(frame));
        if (r instanceof DecodeResult.Malformed m) {
            if (m.reaction() != Reaction.CLOSE && reservedIn34(CommandId.fromId(m.commandId()))) {
                // malformed or not, the command does not exist for a 3.4 peer: its _resp would carry a reserved id
                return answer(CommandId.GENERIC_NACK, CommandStatus.ESME_RINVCMDID, m.sequenceNumber(), false,
                        "reserved in 3.4: malformed " + CommandId.fromId(m.commandId()).specName());
            }
            return malformed(m);
        }
        if (!(r instanceof DecodeResult.Decoded)) {
            throw new IllegalStateException("not one frame: " + r);
        }
        Pdu pdu = ((DecodeResult.Decoded) r).pdu();
        CommandId c = pdu.commandId();
        int seq = pdu.sequenceNumber();
        if (pdu instanceof Response || pdu instanceof Notification) {
            return new Outcome(List.of(), false, "no answer: decoded " + c.specName());
        }
        if (pdu instanceof Bind) {
            CommandStatus st = server ? CommandStatus.ESME_RALYBND : CommandStatus.ESME_RINVBNDSTS;
            return answer(c.response(), st, seq, false, "bind while bound: " + c.specName());
        }
        if (c == CommandId.ENQUIRE_LINK) {
            return answer(c.response(), CommandStatus.ESME_ROK, seq, false, "enquire_link: answered");
        }
        if (c == CommandId.UNBIND) {
            return answer(c.response(), CommandStatus.ESME_ROK, seq, true, "unbind: answered, then closed");
        }
        if (reservedIn34(c)) {
            // both sides bind as 3.4, where these ids are reserved (reference §2.2): an unknown command
            return answer(CommandId.GENERIC_NACK, CommandStatus.ESME_RINVCMDID, seq, false,
                    "reserved in 3.4: " + c.specName());
        }
        boolean allowed = server ? c != CommandId.DELIVER_SM : c == CommandId.DELIVER_SM || c == CommandId.DATA_SM;
        return answer(c.response(), allowed ? CommandStatus.ESME_ROK : CommandStatus.ESME_RINVBNDSTS, seq, false,
                (allowed ? "request handled: " : "request not allowed: ") + c.specName());
    }

    /**
     * Computes what a server session that is not bound yet must answer: binds are accepted (any credentials),
     * enquire_link is answered, every other request gets ESME_RINVBNDSTS (reference §2.4).
     *
     * @param frame one frame
     * @return the outcome; category "bound" when the frame is a bind that must succeed
     */
    static Outcome ofUnbound(byte[] frame) {
        DecodeResult r = RawPeer.CODEC.decode(ByteBuffer.wrap(frame));
        if (r instanceof DecodeResult.Malformed) {
            return malformed((DecodeResult.Malformed) r);
        }
        Pdu pdu = ((DecodeResult.Decoded) r).pdu();
        CommandId c = pdu.commandId();
        int seq = pdu.sequenceNumber();
        if (pdu instanceof Response || pdu instanceof Notification) {
            return new Outcome(List.of(), false, "no answer: decoded " + c.specName());
        }
        if (pdu instanceof Bind) {
            return answer(c.response(), CommandStatus.ESME_ROK, seq, false, "bound: " + c.specName());
        }
        if (c == CommandId.ENQUIRE_LINK) {
            return answer(c.response(), CommandStatus.ESME_ROK, seq, false, "enquire_link: answered");
        }
        return answer(c.response(), CommandStatus.ESME_RINVBNDSTS, seq, false, "request not allowed: unbound "
                + c.specName());
    }

    /** The SMPP 3.3-only requests, whose ids are reserved from 3.4 on (reference §2.2). */
    private static boolean reservedIn34(CommandId c) {
        return c == CommandId.PARAM_RETRIEVE || c == CommandId.QUERY_LAST_MSGS || c == CommandId.QUERY_MSG_DETAILS;
    }

    private static Outcome malformed(DecodeResult.Malformed m) {
        int seq = m.sequenceNumber();
        switch (m.reaction()) {
            case CLOSE:
                return new Outcome(List.of(new Expected(CommandId.GENERIC_NACK.id(), m.status().code(), seq)), true,
                        "framing lost: " + m.reason());
            case GENERIC_NACK:
                return new Outcome(List.of(new Expected(CommandId.GENERIC_NACK.id(), m.status().code(), seq)), false,
                        "generic_nack: " + m.reason());
            case ERROR_RESPONSE: {
                CommandId c = CommandId.fromId(m.commandId());
                CommandId resp = c == null || c.isResponse() || c.response() == null ? CommandId.GENERIC_NACK
                        : c.response();
                return answer(resp, m.status(), seq, false, "error response: " + m.reason());
            }
            default:
                return new Outcome(List.of(), false, "discarded: " + m.reason());
        }
    }

    private static Outcome answer(CommandId c, CommandStatus st, int seq, boolean closes, String why) {
        return new Outcome(List.of(new Expected(c.id(), st.code(), seq)), closes, why);
    }

    /** Tells whether the codec's safety net caught a decoder exception for these octets. */
    static boolean decoderFailed(byte[] frame) {
        DecodeResult r = RawPeer.CODEC.decode(ByteBuffer.wrap(frame));
        return r instanceof DecodeResult.Malformed && ((DecodeResult.Malformed) r).reason().startsWith("decoder error");
    }
}
