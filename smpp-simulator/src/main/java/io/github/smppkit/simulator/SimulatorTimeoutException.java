package io.github.smppkit.simulator;

import java.util.List;

/**
 * Thrown by {@link SmppSimulator#awaitMessages} when fewer messages than expected arrived in time; carries what
 * did arrive.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class SimulatorTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: the events are test data, the message keeps a summary. */
    private final transient List<SimulatorEvent.MessageReceived> arrived;

    /**
     * Creates the exception.
     *
     * @param expected how many messages were awaited
     * @param arrived the messages that arrived
     */
    public SimulatorTimeoutException(int expected, List<SimulatorEvent.MessageReceived> arrived) {
        super("awaitMessages: " + arrived.size() + " of " + expected + " messages arrived: " + arrived);
        this.arrived = List.copyOf(arrived);
    }

    /**
     * Returns the messages that arrived before the timeout.
     *
     * @return the messages, empty after deserialization
     */
    public List<SimulatorEvent.MessageReceived> arrived() {
        return arrived == null ? List.of() : arrived;
    }
}
