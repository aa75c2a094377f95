package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.text.LongMessageCarrier;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.text.ReferenceAllocator;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.errors.RetryClass;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppStatusException;
import io.github.smppkit.simulator.ReceiptRoute;
import io.github.smppkit.simulator.SimulatorEvent;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends what the simulator originates: delivery receipts (after the configured delay, to the bind the routing
 * picks, held until a receiving bind exists, sent again a few times while the ESME answers "retry later") and
 * mobile-originated messages (split into parts).
 *
 * <p>Thread-safety: thread-safe; receipts and scheduled MO messages go out on the scheduler thread.
 */
public final class Deliveries {

    private static final System.Logger LOG = System.getLogger(Deliveries.class.getName());
    private static final int MAX_HELD_PER_SYSTEM_ID = 10_000;
    private static final long RETRY_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    // Bounds the redeliveries of a receipt the ESME keeps refusing for now, so that it cannot make us spin.
    private static final int MAX_REFUSALS = 10;

    /**
     * An accepted message that may get a receipt.
     *
     * @param from the bind it came on
     * @param number the message number behind its ids
     * @param messageId the id sent in the response
     * @param source source_addr of the message
     * @param destination destination_addr of the message
     * @param receipt the registered_delivery receipt bits (1 always, 2 on failure, 3 on success)
     * @param submitted when it was accepted
     * @param text the text for the receipt's {@code text:} field
     * @param fate when its final state is reached, and which
     * @param generation how many times replace_sm replaced it
     */
    public record Accepted(BindRegistry.Entry from, long number, String messageId, Address source,
            Address destination, int receipt, Instant submitted, String text, Fate fate, int generation) {

        /**
         * Returns the message as a replace_sm leaves it: the next generation, with its receipt request, text and
         * fate.
         *
         * @param newReceipt the replace_sm's registered_delivery receipt bits
         * @param newText the text for the receipt
         * @param newFate when and how the replacement ends
         * @return the replacement
         */
        Accepted replaced(int newReceipt, String newText, Fate newFate) {
            return new Accepted(from, number, messageId, source, destination, newReceipt, submitted, newText, newFate,
                    generation + 1);
        }
    }

    private final Settings settings;
    private final BindRegistry binds;
    private final Recorder recorder;
    private final ScheduledExecutorService scheduler;
    private final MessageLedger ledger;
    private final ReferenceAllocator references = ReferenceAllocator.create();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, ArrayDeque<Accepted>> held = new HashMap<>();

    /**
     * Creates the sender.
     *
     * @param settings settings
     * @param binds bound sessions
     * @param recorder events
     * @param scheduler the simulator's scheduler
     * @param ledger the accepted messages; a cancelled one gets no receipt
     */
    public Deliveries(Settings settings, BindRegistry binds, Recorder recorder, ScheduledExecutorService scheduler,
            MessageLedger ledger) {
        this.settings = settings;
        this.binds = binds;
        this.recorder = recorder;
        this.scheduler = scheduler;
        this.ledger = ledger;
    }

    /**
     * Schedules the receipt of an accepted message for when it reaches its final state, if its registered_delivery
     * asks for one in that state.
     *
     * @param message the message
     */
    public void scheduleReceipt(Accepted message) {
        ReceiptState state = message.fate().state();
        boolean delivered = state == ReceiptState.DELIVRD;
        if (message.receipt() == 0 || message.receipt() == 2 && delivered || message.receipt() == 3 && !delivered) {
            return;
        }
        long delay = Math.max(0, Duration.between(settings.clock().instant(), message.fate().due()).toNanos());
        later(() -> sendReceipt(message, state, 0), delay);
    }

    /** Runs a task on the scheduler, logging what it throws; after close, tasks are dropped. */
    private void later(Runnable task, long delayNanos) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "simulator task failed", e);
            }
        };
        try {
            scheduler.schedule(guarded, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "simulator closed; task dropped");
        }
    }

    /**
     * Sends the receipts held for a system_id because no bind could receive them.
     *
     * @param systemId the system_id that just bound
     */
    public void flush(String systemId) {
        List<Accepted> ready;
        lock.lock();
        try {
            ArrayDeque<Accepted> q = held.remove(systemId);
            ready = q == null ? List.of() : new ArrayList<>(q);
        } finally {
            lock.unlock();
        }
        for (Accepted a : ready) {
            later(() -> sendReceipt(a, a.fate().state(), 0), 0);
        }
    }

    private void sendReceipt(Accepted message, ReceiptState state, int refusals) {
        if (!ledger.isCurrent(message.messageId(), message.generation())) {
            return;
        }
        Optional<BindRegistry.Entry> target = receiptTarget(message.from());
        if (target.isEmpty()) {
            holdUntilAReceiverBinds(message);
            return;
        }
        boolean delivered = state == ReceiptState.DELIVRD;
        String id = settings.receiptIdStyle().format(message.number());
        DeliveryReceipt receipt = DeliveryReceipt.builder().id(id).sub(1).dlvrd(delivered ? 1 : 0)
                .submitDate(message.submitted()).doneDate(settings.clock().instant()).stat(state)
                .err(delivered ? "000" : "001").text(message.text()).receiptedMessageId(message.messageId())
                .build();
        BindRegistry.Entry to = target.get();
        DeliverSm pdu = settings.formatter().toDeliverSm(receipt, message.destination(), message.source());
        if (!to.session().peerInterfaceVersion().supportsTlvs()) {
            // SMPP 3.3 has no TLVs: the receipt goes as text alone, which carries the id and the state too
            pdu = pdu.toBuilder().tlvs(Tlvs.empty()).build();
        }
        // recorded before the write, so that whoever reads the receipt also finds it counted
        recorder.emit(new SimulatorEvent.ReceiptSent(to.bindId(), to.systemId(), message.messageId(),
                state.name(), message.destination().value(), message.source().value()));
        try {
            to.session().sendAsync(pdu).whenComplete((response, failure) -> {
                if (failure != null) {
                    retryLater(message, state, refusals, id, failure.getMessage());
                } else if (!response.status().isOk()) {
                    boolean again = refusals < MAX_REFUSALS && refusedForNow(response.status());
                    recorder.emit(new SimulatorEvent.Refused(to.bindId(), to.systemId(), "receipt",
                            message.messageId(), response.status(), again));
                    if (again) {
                        retryLater(message, state, refusals + 1, id, "deliver_sm_resp " + response.status());
                    }
                }
            });
        } catch (SmppException e) {
            retryLater(message, state, refusals, id, e.getMessage());
        }
    }

    /** A receiver's "retry later" answer, e.g. ESME_RX_T_APPN or ESME_RTHROTTLED (reference §6, §13). */
    private static boolean refusedForNow(CommandStatus status) {
        RetryClass retry = ErrorCatalog.standard().retryClass(status.code());
        return !status.isOk() && (retry == RetryClass.RETRY_NOW || retry == RetryClass.RETRY_AFTER_BACKOFF
                || retry == RetryClass.THROTTLED);
    }

    private Optional<BindRegistry.Entry> receiptTarget(BindRegistry.Entry from) {
        if (settings.receiptRoute() == ReceiptRoute.SAME_SESSION && from.canReceive()
                && binds.entry(from.session()).isPresent()) {
            return Optional.of(from);
        }
        return binds.nextReceiver(from.systemId());
    }

    /**
     * Tries again shortly to send a receipt whose deliver_sm could not be sent (the receiver was still binding or
     * going away) or was refused for now, as an SMSC redelivers unacknowledged receipts; the pause keeps a failing
     * peer from spinning. Only this receipt is retried: flushing every held receipt on each failure would multiply
     * the attempts.
     */
    private void retryLater(Accepted message, ReceiptState state, int refusals, String id, String reason) {
        LOG.log(Level.DEBUG, () -> "receipt for " + id + " not delivered, retrying: " + reason);
        later(() -> sendReceipt(message, state, refusals), RETRY_DELAY_NANOS);
    }

    /**
     * Holds a receipt; a receiver that bound between the routing decision and the hold has already flushed, so
     * look again after holding and flush for it.
     */
    private void holdUntilAReceiverBinds(Accepted message) {
        hold(message);
        if (binds.nextReceiver(message.from().systemId()).isPresent()) {
            flush(message.from().systemId());
        }
    }

    private void hold(Accepted message) {
        lock.lock();
        try {
            ArrayDeque<Accepted> q = held.computeIfAbsent(message.from().systemId(), k -> new ArrayDeque<>());
            if (q.size() >= MAX_HELD_PER_SYSTEM_ID) {
                Accepted dropped = q.removeFirst();
                LOG.log(Level.WARNING, () -> "receipt for " + dropped.messageId() + " dropped: "
                        + MAX_HELD_PER_SYSTEM_ID + " receipts wait for a receiving bind of " + dropped.from().systemId());
            }
            q.addLast(message);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends a mobile-originated message later, on the scheduler thread.
     *
     * @param to the receiving bind
     * @param source source_addr
     * @param destination destination_addr
     * @param text the text
     */
    public void scheduleMo(BindRegistry.Entry to, Address source, Address destination, String text) {
        later(() -> {
            try {
                sendMo(to, source, destination, text);
            } catch (SmppException e) {
                LOG.log(Level.DEBUG, () -> "MO message not sent: " + e.getMessage());
            }
        }, 0);
    }

    /**
     * Sends a mobile-originated message now, as one {@code deliver_sm} per part (concatenation UDH), waiting for
     * each response.
     *
     * @param to the receiving bind
     * @param source source_addr
     * @param destination destination_addr
     * @param text the text
     * @return the event
     * @throws SmppException if a part could not be sent
     * @throws SmppStatusException if the ESME answered a part with an error status (the rest are not sent)
     */
    public SimulatorEvent.MoSent sendMo(BindRegistry.Entry to, Address source, Address destination, String text) {
        MessagePlan plan = MessagePlanner.plan(text, PlanOptions.builder()
                .carrier(LongMessageCarrier.UDH_8BIT_REFERENCE).reference(references.next(destination.value()))
                .build());
        List<DeliverSm> parts = MessageParts.deliverSms(plan,
                DeliverSm.builder().source(source).destination(destination).build());
        for (DeliverSm part : parts) {
            DeliverSmResp answer = to.session().send(part);
            if (!answer.status().isOk()) {
                recorder.emit(new SimulatorEvent.Refused(to.bindId(), to.systemId(), "mo", "", answer.status(), false));
                throw new SmppStatusException(answer);
            }
        }
        SimulatorEvent.MoSent event = new SimulatorEvent.MoSent(to.bindId(), to.systemId(), source.value(),
                destination.value(), text, parts.size());
        recorder.emit(event);
        return event;
    }
}
