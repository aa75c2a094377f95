package io.github.smppkit.codec.pdu;

/**
 * A request without a response PDU: {@code outbind} and {@code alert_notification} (reference §2.2).
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public sealed interface Notification extends Pdu permits Outbind, AlertNotification {

    @Override
    Notification withSequenceNumber(int sequenceNumber);
}
