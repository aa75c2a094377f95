package io.github.smppkit.codec.internal;

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
 * Builds a response with an empty body, used for header-only responses and for error responses whose body
 * does not parse (reference §2.6: keep the header, ignore the rest).
 *
 * <p>Thread-safety: stateless.
 */
public final class Responses {

    private Responses() {
    }

    /**
     * Returns the response with the given header and a default body.
     *
     * @param c a response command
     * @param seq sequence_number
     * @param st command_status
     * @return the response
     */
    public static Response empty(CommandId c, int seq, CommandStatus st) {
        switch (c) {
            case BIND_TRANSMITTER_RESP:
                return BindTransmitterResp.of(seq, st);
            case BIND_RECEIVER_RESP:
                return BindReceiverResp.of(seq, st);
            case BIND_TRANSCEIVER_RESP:
                return BindTransceiverResp.of(seq, st);
            case UNBIND_RESP:
                return UnbindResp.of(seq, st);
            case ENQUIRE_LINK_RESP:
                return EnquireLinkResp.of(seq, st);
            case SUBMIT_SM_RESP:
                return SubmitSmResp.of(seq, st);
            case DELIVER_SM_RESP:
                return DeliverSmResp.of(seq, st);
            case DATA_SM_RESP:
                return DataSmResp.of(seq, st);
            case SUBMIT_MULTI_RESP:
                return SubmitMultiResp.of(seq, st);
            case QUERY_SM_RESP:
                return QuerySmResp.of(seq, st);
            case CANCEL_SM_RESP:
                return CancelSmResp.of(seq, st);
            case REPLACE_SM_RESP:
                return ReplaceSmResp.of(seq, st);
            case BROADCAST_SM_RESP:
                return BroadcastSmResp.of(seq, st);
            case QUERY_BROADCAST_SM_RESP:
                return QueryBroadcastSmResp.of(seq, st);
            case CANCEL_BROADCAST_SM_RESP:
                return CancelBroadcastSmResp.of(seq, st);
            case PARAM_RETRIEVE_RESP:
                return ParamRetrieveResp.of(seq, st);
            case QUERY_LAST_MSGS_RESP:
                return QueryLastMsgsResp.of(seq, st);
            case QUERY_MSG_DETAILS_RESP:
                return QueryMsgDetailsResp.of(seq, st);
            default:
                return GenericNack.of(seq, st);
        }
    }
}
