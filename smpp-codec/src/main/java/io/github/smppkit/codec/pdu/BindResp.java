package io.github.smppkit.codec.pdu;

/**
 * The three bind responses (reference §4.2).
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public sealed interface BindResp extends Response
        permits BindTransmitterResp, BindReceiverResp, BindTransceiverResp {

    /**
     * Returns the MC identity.
     *
     * @return system_id, {@code ""} when absent
     */
    String systemId();

    @Override
    BindResp withSequenceNumber(int sequenceNumber);
}
