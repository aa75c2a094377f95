package io.github.smppkit.simulator;

import java.util.List;

/**
 * What a simulator has received: every accepted submit and every complete message, in arrival order.
 *
 * <p>Thread-safety: immutable snapshot.
 *
 * @param submits accepted {@code submit_sm} and {@code data_sm}, one per part
 * @param messages complete messages (single, UDH, SAR or {@code message_payload})
 * @since 0.1.0
 */
public record Received(List<SimulatorEvent.SubmitReceived> submits, List<SimulatorEvent.MessageReceived> messages) {

    /**
     * Copies the lists.
     *
     * @param submits submits
     * @param messages messages
     */
    public Received {
        submits = List.copyOf(submits);
        messages = List.copyOf(messages);
    }
}
