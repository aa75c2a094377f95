package io.github.smppkit.simulator;

import io.github.smppkit.codec.type.Address;
import io.github.smppkit.simulator.internal.Settings;
import io.github.smppkit.simulator.internal.SimulatorCore;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An embeddable SMSC for tests and demos, built on {@code SmppServer}: it authenticates binds, answers
 * {@code submit_sm} and {@code data_sm} with message ids (refusing an empty destination_addr), reassembles long
 * messages (UDH, SAR, {@code message_payload}), sends delivery receipts and mobile-originated messages, and can
 * emulate a provider profile (bind limit, throughput, restricted PDU set, error codes). A {@code submit_multi} is
 * one message to each SME address under one id (distribution lists are answered as unsuccessful). A message's
 * {@code schedule_delivery_time} delays the receipt by as much; a {@code validity_period} (a data_sm's
 * {@code qos_time_to_live}) that ends first makes it EXPIRED at that end (at once if it has ended already); a time
 * field it cannot read is refused with {@code ESME_RINVSCHED} or {@code ESME_RINVEXPIRY}. {@code query_sm}
 * reports a message en route until its receipt is due, then in its receipt's final state; {@code cancel_sm} by
 * message id succeeds while the message is en route, and without one cancels every message from source_addr to
 * destination_addr (of its service_type, if given) still en route; a cancelled message's receipt is not sent.
 * {@code replace_sm} replaces a submit_sm still en route (its text, receipt request, and the time fields it sets;
 * a NULL one keeps the original's), whose receipt then quotes the new text; otherwise it fails with
 * {@code ESME_RREPLACEFAIL}. A {@code broadcast_sm} with its mandatory TLVs is under way for the receipt delay,
 * then broadcast to every area; {@code query_broadcast_sm} reports its state and each area's success, and
 * {@code cancel_broadcast_sm} stops it while under way. The optional SMPP 3.3 queries ({@code param_retrieve},
 * {@code query_last_msgs}, {@code query_msg_details}) are refused with {@code ESME_RINVCMDID}; from an ESME bound as
 * 3.4 or later they are unknown commands, answered with {@code generic_nack} by the session.
 *
 * <pre>{@code
 * try (SmppSimulator smsc = SmppSimulator.builder().provider("8x8").receiptDelay(Duration.ZERO).start()) {
 *     // connect a client to 127.0.0.1:smsc.port(), submit, then:
 *     List<SimulatorEvent.MessageReceived> got = smsc.awaitMessages(1, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Thread-safety: thread-safe. Events reach listeners on session reader threads and on the simulator's
 * scheduler thread.
 *
 * @since 0.1.0
 */
public final class SmppSimulator implements AutoCloseable {

    private final SimulatorCore core;

    private SmppSimulator(SimulatorCore core) {
        this.core = core;
    }

    /**
     * Returns a builder with the defaults: 127.0.0.1, an ephemeral port, any credentials, decimal ids, DELIVRD
     * receipts without delay, no provider emulation.
     *
     * @return a new builder
     */
    public static SimulatorBuilder builder() {
        return new SimulatorBuilder();
    }

    static SmppSimulator start(Settings settings) {
        return new SmppSimulator(SimulatorCore.start(settings));
    }

    /**
     * Returns the address the simulator listens on.
     *
     * @return the address, with the actual port
     */
    public InetSocketAddress localAddress() {
        return core.localAddress();
    }

    /**
     * Returns the port the simulator listens on.
     *
     * @return the actual port (never 0)
     */
    public int port() {
        return core.localAddress().getPort();
    }

    /**
     * Returns what the simulator received since start or the last {@link #reset()}.
     *
     * @return a snapshot of the accepted submits and the complete messages
     */
    public Received received() {
        return core.received();
    }

    /**
     * Waits until at least {@code count} complete messages have arrived.
     *
     * @param count how many messages to wait for
     * @param timeout the longest wait
     * @return every complete message received so far, at least {@code count}
     * @throws SimulatorTimeoutException if fewer arrived in time (it carries those that did)
     */
    public List<SimulatorEvent.MessageReceived> awaitMessages(int count, Duration timeout) {
        return core.awaitMessages(count, Objects.requireNonNull(timeout, "timeout"));
    }

    /**
     * Returns the counters since start or the last {@link #reset()}.
     *
     * @return a snapshot
     */
    public SimulatorStats stats() {
        return core.stats();
    }

    /**
     * Forgets received events and zeroes the counters, the rate buckets and the counters behind
     * {@code rejectEvery} and {@code moEvery}. Binds stay open and message ids keep counting.
     */
    public void reset() {
        core.reset();
    }

    /**
     * Sends a mobile-originated message to the oldest receiver or transceiver bind and waits until each part is
     * answered. Digit-only addresses go as international/ISDN, others as alphanumeric.
     *
     * @param source the sender, e.g. the handset's number
     * @param destination the recipient, e.g. the ESME's short code
     * @param text the text; long texts go as several parts with a concatenation UDH
     * @return the event
     * @throws IllegalStateException if no bind can receive
     * @throws io.github.smppkit.session.SmppException if a part could not be sent
     * @throws io.github.smppkit.session.SmppStatusException if the ESME answered a part with an error status
     */
    public SimulatorEvent.MoSent sendMo(String source, String destination, String text) {
        return core.sendMo(Optional.empty(), address(source), address(destination), text);
    }

    /**
     * Sends a mobile-originated message to a receiving bind of one system_id (round-robin) and waits until each
     * part is answered.
     *
     * @param systemId the ESME's system_id
     * @param source source_addr
     * @param destination destination_addr
     * @param text the text
     * @return the event
     * @throws IllegalStateException if no bind of that system_id can receive
     * @throws io.github.smppkit.session.SmppException if a part could not be sent
     * @throws io.github.smppkit.session.SmppStatusException if the ESME answered a part with an error status
     */
    public SimulatorEvent.MoSent sendMo(String systemId, Address source, Address destination, String text) {
        return core.sendMo(Optional.of(systemId), source, destination, text);
    }

    private static Address address(String value) {
        boolean digits = !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits ? Address.of(1, 1, value) : Address.of(5, 0, value);
    }

    /**
     * Unbinds every session, closing those whose ESME has not answered within 2 seconds, stops listening and stops
     * the scheduler.
     */
    @Override
    public void close() {
        core.close();
    }
}
