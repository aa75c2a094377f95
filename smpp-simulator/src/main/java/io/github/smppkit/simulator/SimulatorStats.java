package io.github.smppkit.simulator;

/**
 * Counters of a simulator since start or the last {@link SmppSimulator#reset()}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param binds accepted binds
 * @param bindsRejected refused binds
 * @param submits accepted {@code submit_sm} and {@code data_sm} (one per part)
 * @param messages complete messages after reassembly
 * @param receiptsSent delivery receipts sent
 * @param moSent mobile-originated messages sent (one per message, not per part)
 * @param throttled requests answered with the throttling status
 * @param rejected requests answered with another error status
 * @since 0.1.0
 */
public record SimulatorStats(long binds, long bindsRejected, long submits, long messages, long receiptsSent,
        long moSent, long throttled, long rejected) {
}
