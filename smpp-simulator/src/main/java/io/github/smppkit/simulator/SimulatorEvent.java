package io.github.smppkit.simulator;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindType;

/**
 * Something the simulator did or saw. Each kind is a record; {@link #event()} gives its short name, the
 * {@code "event"} value the CLI prints in its JSON Lines. New kinds may be added.
 *
 * <p>A {@code bindId} numbers the accepted binds of a simulator from 1 in bind order; 0 means "no bind" (a
 * refused bind).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public sealed interface SimulatorEvent permits SimulatorEvent.Bound, SimulatorEvent.Unbound,
        SimulatorEvent.SubmitReceived, SimulatorEvent.MessageReceived, SimulatorEvent.ReceiptSent,
        SimulatorEvent.MoSent, SimulatorEvent.Throttled, SimulatorEvent.Rejected, SimulatorEvent.Refused {

    /**
     * Returns the short name of this kind of event.
     *
     * @return e.g. {@code "message"}
     */
    String event();

    /**
     * An ESME bound.
     *
     * @param bindId the bind's number
     * @param systemId the ESME's system_id
     * @param bindType how it bound
     * @param remoteAddress the ESME's address, e.g. {@code /127.0.0.1:50211}
     * @since 0.1.0
     */
    record Bound(int bindId, String systemId, BindType bindType, String remoteAddress) implements SimulatorEvent {
        /** @return {@code "bound"} */
        @Override
        public String event() {
            return "bound";
        }
    }

    /**
     * A bound session ended (unbind or connection closed).
     *
     * @param bindId the bind's number
     * @param systemId the ESME's system_id
     * @param reason why, e.g. {@code "unbound"}
     * @since 0.1.0
     */
    record Unbound(int bindId, String systemId, String reason) implements SimulatorEvent {
        /** @return {@code "unbound"} */
        @Override
        public String event() {
            return "unbound";
        }
    }

    /**
     * A {@code submit_sm} or {@code data_sm} was accepted and answered with a message id.
     *
     * @param bindId the bind it came on
     * @param systemId the ESME's system_id
     * @param command {@code SUBMIT_SM} or {@code DATA_SM}
     * @param messageId the id in the response
     * @param source source_addr
     * @param destination destination_addr
     * @param dataCoding data_coding
     * @param receiptRequested whether registered_delivery asks for an MC delivery receipt
     * @since 0.1.0
     */
    record SubmitReceived(int bindId, String systemId, CommandId command, String messageId, String source,
            String destination, int dataCoding, boolean receiptRequested) implements SimulatorEvent {
        /** @return {@code "submit"} */
        @Override
        public String event() {
            return "submit";
        }
    }

    /**
     * A message is complete: a single part, or every part of a UDH, SAR or {@code message_payload} message.
     *
     * @param bindId the bind the last part came on
     * @param systemId the ESME's system_id
     * @param source source_addr
     * @param destination destination_addr
     * @param text the decoded text, {@code ""} for binary data
     * @param parts number of parts
     * @param encoding the alphabet of the first part's data_coding in lower case, e.g. {@code "gsm7"},
     *     {@code "ucs2"}, {@code "latin1"}, {@code "binary"}
     * @param dataCoding the first part's data_coding
     * @since 0.1.0
     */
    record MessageReceived(int bindId, String systemId, String source, String destination, String text, int parts,
            String encoding, int dataCoding) implements SimulatorEvent {
        /** @return {@code "message"} */
        @Override
        public String event() {
            return "message";
        }
    }

    /**
     * A delivery receipt was sent.
     *
     * @param bindId the bind it was sent to
     * @param systemId the ESME's system_id
     * @param messageId the message id the receipt reports
     * @param stat the {@code stat:} word, e.g. {@code "DELIVRD"}
     * @param source source_addr of the receipt (the message's destination)
     * @param destination destination_addr of the receipt (the message's source)
     * @since 0.1.0
     */
    record ReceiptSent(int bindId, String systemId, String messageId, String stat, String source,
            String destination) implements SimulatorEvent {
        /** @return {@code "receipt"} */
        @Override
        public String event() {
            return "receipt";
        }
    }

    /**
     * A mobile-originated message was sent as {@code deliver_sm} (all parts written).
     *
     * @param bindId the bind it was sent to
     * @param systemId the ESME's system_id
     * @param source source_addr
     * @param destination destination_addr
     * @param text the text
     * @param parts number of {@code deliver_sm} parts
     * @since 0.1.0
     */
    record MoSent(int bindId, String systemId, String source, String destination, String text, int parts)
            implements SimulatorEvent {
        /** @return {@code "mo"} */
        @Override
        public String event() {
            return "mo";
        }
    }

    /**
     * A request was refused because the bind (or account) exceeded its rate.
     *
     * @param bindId the bind
     * @param systemId the ESME's system_id
     * @param command the request's command
     * @param status the answer, e.g. ESME_RTHROTTLED
     * @since 0.1.0
     */
    record Throttled(int bindId, String systemId, CommandId command, CommandStatus status) implements SimulatorEvent {
        /** @return {@code "throttled"} */
        @Override
        public String event() {
            return "throttled";
        }
    }

    /**
     * A bind or request was answered with an error status.
     *
     * @param bindId the bind, 0 for a refused bind
     * @param systemId the ESME's system_id
     * @param command the request's command
     * @param status the answer
     * @param reason why, in plain words (never a password)
     * @since 0.1.0
     */
    record Rejected(int bindId, String systemId, CommandId command, CommandStatus status, String reason)
            implements SimulatorEvent {
        /** @return {@code "rejected"} */
        @Override
        public String event() {
            return "rejected";
        }
    }

    /**
     * An ESME answered a {@code deliver_sm} of the simulator (a receipt, or a part of an MO message) with an error
     * status: its own handling failed, which is what a test of that ESME wants to see.
     *
     * @param bindId the bind
     * @param systemId the ESME's system_id
     * @param delivery {@code "receipt"} or {@code "mo"}
     * @param messageId the receipted message's id; {@code ""} for an MO message
     * @param status the answer, e.g. ESME_RX_P_APPN
     * @param retried whether the simulator sends it again later, as it does a receipt refused for now
     *     (ESME_RX_T_APPN, ESME_RTHROTTLED, ...) up to ten times
     * @since 0.1.0
     */
    record Refused(int bindId, String systemId, String delivery, String messageId, CommandStatus status,
            boolean retried) implements SimulatorEvent {
        /** @return {@code "refused"} */
        @Override
        public String event() {
            return "refused";
        }
    }
}
