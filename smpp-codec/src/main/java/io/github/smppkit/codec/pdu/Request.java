package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.type.CommandStatus;

/**
 * A request that the peer answers with a response of type {@code R}.
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @param <R> the response type
 * @since 0.1.0
 */
public sealed interface Request<R extends Response> extends Pdu
        permits Bind, Unbind, EnquireLink, SubmitSm, DeliverSm, DataSm, SubmitMulti, QuerySm, CancelSm, ReplaceSm,
        BroadcastSm, QueryBroadcastSm, CancelBroadcastSm, ParamRetrieve, QueryLastMsgs, QueryMsgDetails {

    /**
     * Builds the matching response with this request's sequence number and an empty or default body, as
     * used for automatic answers and error answers.
     *
     * @param status the command_status of the response
     * @return the response
     */
    R response(CommandStatus status);

    /**
     * Returns the response class.
     *
     * @return {@code R}'s class
     */
    Class<R> responseType();

    @Override
    Request<R> withSequenceNumber(int sequenceNumber);
}
