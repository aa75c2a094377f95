package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.type.CommandStatus;

/**
 * A response (command_id bit 31 set), including {@code generic_nack}. Error responses (status not OK) are
 * decoded leniently: header only, a single NUL or a full body (reference §2.6).
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public sealed interface Response extends Pdu
        permits BindResp, UnbindResp, EnquireLinkResp, GenericNack, SubmitSmResp, DeliverSmResp, DataSmResp,
        SubmitMultiResp, QuerySmResp, CancelSmResp, ReplaceSmResp, BroadcastSmResp, QueryBroadcastSmResp,
        CancelBroadcastSmResp, ParamRetrieveResp, QueryLastMsgsResp, QueryMsgDetailsResp {

    /**
     * Returns the result code.
     *
     * @return command_status
     */
    CommandStatus status();

    @Override
    Response withSequenceNumber(int sequenceNumber);
}
