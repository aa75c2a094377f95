package io.github.smppkit.session;

import io.github.smppkit.codec.type.CommandId;

/**
 * How an ESME binds (reference §2.7): transmitter sends, receiver receives, transceiver does both (v3.4+).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum BindType {
    /** bind_transmitter: the ESME submits. */
    TRANSMITTER(CommandId.BIND_TRANSMITTER),
    /** bind_receiver: the ESME receives deliver_sm, data_sm and alert_notification. */
    RECEIVER(CommandId.BIND_RECEIVER),
    /** bind_transceiver: both directions. */
    TRANSCEIVER(CommandId.BIND_TRANSCEIVER);

    private final CommandId command;

    BindType(CommandId command) {
        this.command = command;
    }

    /**
     * Returns the bind request command.
     *
     * @return the command_id of the bind request
     */
    public CommandId command() {
        return command;
    }

    /**
     * Tells whether the ESME may send submit-type requests in this bind.
     *
     * @return true for TRANSMITTER and TRANSCEIVER
     */
    public boolean canTransmit() {
        return this != RECEIVER;
    }

    /**
     * Tells whether the ESME may receive deliver_sm and friends in this bind.
     *
     * @return true for RECEIVER and TRANSCEIVER
     */
    public boolean canReceive() {
        return this != TRANSMITTER;
    }

    /**
     * Returns the bind type of a bind request or response command.
     *
     * @param command a bind command or bind response command
     * @return the bind type
     * @throws IllegalArgumentException if the command is not a bind
     */
    public static BindType of(CommandId command) {
        switch (command) {
            case BIND_TRANSMITTER:
            case BIND_TRANSMITTER_RESP:
                return TRANSMITTER;
            case BIND_RECEIVER:
            case BIND_RECEIVER_RESP:
                return RECEIVER;
            case BIND_TRANSCEIVER:
            case BIND_TRANSCEIVER_RESP:
                return TRANSCEIVER;
            default:
                throw new IllegalArgumentException("command: " + command + " (expected a bind)");
        }
    }
}
