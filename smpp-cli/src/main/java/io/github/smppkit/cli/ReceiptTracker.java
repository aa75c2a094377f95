package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptMatch;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptParseResult;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.RequestHandler;
import io.github.smppkit.session.SmppSession;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Answers inbound deliver_sm and matches receipts to the parts sent, whichever arrives first: the receipt or the
 * submit_sm_resp. A message counts as receipted once every one of its parts is.
 */
final class ReceiptTracker implements RequestHandler {

    /** One submitted part: its message and how many parts that message has. */
    record PartRef(int message, int parts) {
    }

    private final String scope;
    private final ReceiptCorrelator<PartRef> correlator = ReceiptCorrelator.<PartRef>builder()
            .idPolicy(StandardIdPolicy.NUMERIC)
            .maxSubmitted(1_000_000)
            .build();
    private final ConcurrentHashMap<Integer, AtomicInteger> partsPerMessage = new ConcurrentHashMap<>();
    private final AtomicInteger complete = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private final BiConsumer<PartRef, DeliveryReceipt> onReceipt;
    private final java.util.function.Consumer<DeliverSm> onMessage;

    ReceiptTracker(String scope, BiConsumer<PartRef, DeliveryReceipt> onReceipt,
            java.util.function.Consumer<DeliverSm> onMessage) {
        this.scope = scope;
        this.onReceipt = onReceipt;
        this.onMessage = onMessage;
    }

    /** Records the id an SMSC gave a part; a receipt held for it is matched now. */
    void submitted(String messageId, PartRef part) {
        correlator.submitted(scope, messageId, part).ifPresent(this::matched);
    }

    @Override
    public HandlerResult handle(SmppSession session, Request<?> request) {
        if (request.commandId() == CommandId.DELIVER_SM) {
            DeliverSm deliver = (DeliverSm) request;
            ReceiptParseResult result = ReceiptExtractor.standard().extract(deliver);
            if (result instanceof ReceiptParseResult.Parsed parsed) {
                ReceiptOutcome<PartRef> outcome = correlator.received(scope, parsed.receipt());
                if (outcome instanceof ReceiptOutcome.Matched<PartRef> matched) {
                    matched(matched.match());
                }
            } else {
                onMessage.accept(deliver);
            }
        }
        return HandlerResult.defaultAnswer();
    }

    private void matched(ReceiptMatch<PartRef> match) {
        PartRef part = match.tracked();
        onReceipt.accept(part, match.receipt());
        int seen = partsPerMessage.computeIfAbsent(part.message(), k -> new AtomicInteger()).incrementAndGet();
        if (seen == part.parts()) {
            complete.incrementAndGet();
            lock.lock();
            try {
                progress.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Messages whose parts all have a receipt. */
    int completeMessages() {
        return complete.get();
    }

    /** Waits until {@code messages} messages are receipted or the time is up; returns how many are. */
    int await(int messages, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (complete.get() < messages) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                progress.await(left, TimeUnit.NANOSECONDS);
            }
            return complete.get();
        } finally {
            lock.unlock();
        }
    }
}
