package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.InMemoryReceiptStore;
import io.github.smppkit.dlr.MessageIdPolicy;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptMatch;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptParseResult;
import io.github.smppkit.dlr.ReceiptStore;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.RequestHandler;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Answers inbound deliver_sm and data_sm and matches receipts to the parts sent, whichever arrives first: the
 * receipt or the submit_sm_resp. A message counts as receipted once every one of its parts has its final receipt;
 * intermediate receipts (ENROUTE and the like), even those that came before their submit_sm_resp, are passed on
 * without counting.
 * As the session's observer it ends {@link #await} when the session closes, since no receipt can come after that.
 */
final class ReceiptTracker implements RequestHandler, SessionObserver {

    /** One submitted part: its message, how many parts that message has, and where it went. */
    record PartRef(int message, int parts, String destination) {

        /** The form kept in a shared store: {@code message|parts|destination}. */
        String encode() {
            return message + "|" + parts + "|" + destination;
        }

        static PartRef decode(String text) {
            String[] fields = text.split("\\|", 3);
            return new PartRef(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), fields[2]);
        }
    }

    private final String scope;
    private final ReceiptExtractor extractor;
    private final ReceiptCorrelator<PartRef> correlator;
    private final ConcurrentHashMap<Integer, AtomicInteger> partsPerMessage = new ConcurrentHashMap<>();
    private final AtomicInteger complete = new AtomicInteger();
    /** Ids of receipts not matched (yet) kept for the report at most: enough to show, bounded for a flood. */
    private static final int MAX_UNMATCHED = 1000;

    private final Set<String> unmatched = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private final BiConsumer<PartRef, DeliveryReceipt> onReceipt;
    private volatile String closedReason;

    ReceiptTracker(String scope, BiConsumer<PartRef, DeliveryReceipt> onReceipt) {
        this(scope, new InMemoryReceiptStore<>(), onReceipt);
    }

    /** A tracker whose submitted ids and held receipts live in {@code store}, e.g. one shared through Redis. */
    ReceiptTracker(String scope, ReceiptStore<PartRef> store, BiConsumer<PartRef, DeliveryReceipt> onReceipt) {
        this(scope, store, StandardIdPolicy.NUMERIC, ReceiptExtractor.standard(), onReceipt);
    }

    /** A tracker that reads receipts and matches their ids by a provider's conventions. */
    ReceiptTracker(String scope, ProviderProfile provider, BiConsumer<PartRef, DeliveryReceipt> onReceipt) {
        this(scope, new InMemoryReceiptStore<>(), provider.messageIdPolicy(),
                ReceiptExtractor.of(provider.receiptParser(), true), onReceipt);
    }

    private ReceiptTracker(String scope, ReceiptStore<PartRef> store, MessageIdPolicy idPolicy,
            ReceiptExtractor extractor, BiConsumer<PartRef, DeliveryReceipt> onReceipt) {
        this.correlator = ReceiptCorrelator.<PartRef>builder()
                .idPolicy(idPolicy)
                .maxSubmitted(1_000_000)
                .store(store)
                .build();
        this.scope = scope;
        this.extractor = extractor;
        this.onReceipt = onReceipt;
    }

    /** Records the id an SMSC gave a part; a receipt held for it (final or intermediate) is matched now. */
    void submitted(String messageId, PartRef part) {
        correlator.submitted(scope, messageId, part).ifPresent(match -> {
            unmatched.remove(match.receipt().messageId());
            matched(match);
        });
    }

    @Override
    public HandlerResult handle(SmppSession session, Request<?> request) {
        // a receipt may come in a deliver_sm or a data_sm (reference §10)
        ReceiptParseResult result;
        if (request instanceof DeliverSm deliver) {
            result = extractor.extract(deliver);
        } else if (request instanceof DataSm data) {
            result = extractor.extract(data);
        } else {
            return HandlerResult.defaultAnswer();
        }
        if (result instanceof ReceiptParseResult.Parsed parsed) {
            DeliveryReceipt receipt = parsed.receipt();
            // A final receipt held in case its submit_sm_resp is still to come is reported if it never does. It is
            // noted before the correlator holds it: a response matching it at once then finds the note to remove.
            // A held intermediate receipt is no sign of a wrong id: it may have come after its message settled.
            boolean noted = receipt.isFinal() && unmatched.size() < MAX_UNMATCHED
                    && unmatched.add(receipt.messageId());
            ReceiptOutcome<PartRef> outcome = correlator.received(scope, receipt);
            if (noted && !(outcome instanceof ReceiptOutcome.Held<PartRef>)) {
                unmatched.remove(receipt.messageId());
            }
            if (outcome instanceof ReceiptOutcome.Matched<PartRef> matched) {
                matched(matched.match());
            }
        }
        return HandlerResult.defaultAnswer();
    }

    private void matched(ReceiptMatch<PartRef> match) {
        PartRef part = match.tracked();
        onReceipt.accept(part, match.receipt());
        if (!match.isFinal()) {
            return; // an intermediate notification (e.g. ENROUTE): the part's receipt is still to come
        }
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

    /**
     * Returns the ids of the receipts that matched no id submitted here (so far), in order: an SMSC that quotes
     * another id than its submit_sm_resp gave, or receipts of an earlier run.
     */
    List<String> unmatched() {
        return unmatched.stream().sorted().toList();
    }

    /** Matches a receipt that arrived elsewhere than through {@link #handle}; empty unless it matched. */
    Optional<PartRef> match(DeliveryReceipt receipt) {
        ReceiptOutcome<PartRef> outcome = correlator.received(scope, receipt);
        if (outcome instanceof ReceiptOutcome.Matched<PartRef> matched) {
            return Optional.of(matched.match().tracked());
        }
        return Optional.empty();
    }

    @Override
    public void closed(SmppSession session, String reason) {
        closedReason = reason;
        lock.lock();
        try {
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Why the session closed, or null while it is open. */
    String closedReason() {
        return closedReason;
    }

    /** Messages whose parts all have a receipt. */
    int completeMessages() {
        return complete.get();
    }

    /**
     * Waits until {@code messages} messages are receipted, the session closes or the time is up; returns how many
     * are.
     */
    int await(int messages, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (complete.get() < messages && closedReason == null) {
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
