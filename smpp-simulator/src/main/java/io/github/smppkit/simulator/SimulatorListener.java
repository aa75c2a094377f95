package io.github.smppkit.simulator;

/**
 * Receives what the simulator does, one {@link SimulatorEvent} at a time.
 *
 * <p>Thread-safety: implementations must be thread-safe; events arrive on session reader threads and on the
 * simulator's scheduler thread. A listener must return quickly; what it throws is logged and ignored.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SimulatorListener {

    /**
     * Called for every event.
     *
     * @param event the event; {@link SimulatorEvent#event()} names its kind
     */
    void onEvent(SimulatorEvent event);
}
