package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.ReplaceSmResp;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * Builds the error response for a request that could not be decoded, from its command_id alone (reference
 * §2.4: "answer with that command's _resp carrying an error").
 *
 * <p>Thread-safety: stateless.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /**
     * Returns the header-only response of a request command with a status; {@code generic_nack} for commands
     * without a response.
     *
     * @param commandId the request's command_id as read
     * @param seq its sequence_number
     * @param status the status
     * @return the response
     */
    static Response of(int commandId, int seq, CommandStatus status) {
        CommandId c = CommandId.fromId(commandId);
        if (c == null || c.isResponse()) {
            return GenericNack.of(seq, status);
        }
        switch (c) {
            case BIND_RECEIVER:
                return BindReceiverResp.of(seq, status);
            case BIND_TRANSMITTER:
                return BindTransmitterResp.of(seq, status);
            case BIND_TRANSCEIVER:
                return BindTransceiverResp.of(seq, status);
            case QUERY_SM:
                return QuerySmResp.of(seq, status);
            case SUBMIT_SM:
                return SubmitSmResp.of(seq, status);
            case DELIVER_SM:
                return DeliverSmResp.of(seq, status);
            case UNBIND:
                return UnbindResp.of(seq, status);
            case REPLACE_SM:
                return ReplaceSmResp.of(seq, status);
            case CANCEL_SM:
                return CancelSmResp.of(seq, status);
            case ENQUIRE_LINK:
                return EnquireLinkResp.of(seq, status);
            case SUBMIT_MULTI:
                return SubmitMultiResp.of(seq, status);
            case DATA_SM:
                return DataSmResp.of(seq, status);
            case BROADCAST_SM:
                return BroadcastSmResp.of(seq, status);
            case QUERY_BROADCAST_SM:
                return QueryBroadcastSmResp.of(seq, status);
            case CANCEL_BROADCAST_SM:
                return CancelBroadcastSmResp.of(seq, status);
            case PARAM_RETRIEVE:
                return ParamRetrieveResp.of(seq, status);
            case QUERY_LAST_MSGS:
                return QueryLastMsgsResp.of(seq, status);
            case QUERY_MSG_DETAILS:
                return QueryMsgDetailsResp.of(seq, status);
            default:
                return GenericNack.of(seq, status);
        }
    }
}
