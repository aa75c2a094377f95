package io.github.smppkit.dlr;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Matches delivery receipts to submitted messages, exactly once, in whatever order they arrive.
 *
 * <p>Call {@link #submitted(String, String, Object)} when {@code submit_sm_resp} gives the message id and
 * {@link #received(String, DeliveryReceipt)} for every receipt. Intermediate receipts (see
 * {@link DeliveryReceipt#isFinal()}) are matched without settling the submission, final ones settle it. A receipt
 * that comes before its submission (the SMSC sent it before the response was read) is held and returned by the
 * later {@code submitted} call; one receipt is held per message: a final receipt replaces an intermediate one, a
 * later intermediate one an earlier one, and an intermediate receipt that comes after a held final one is
 * ignored. An intermediate receipt that comes after its final one has settled the message looks like an early
 * one, so it is held too, and reported to the listener when it leaves. Ids are turned into keys by a
 * {@link MessageIdPolicy}, scoped by account (see {@link CorrelationKey}).
 *
 * <p>Bounded: at most {@code maxSubmitted} submissions and {@code maxHeldReceipts} held receipts are kept (the
 * oldest are evicted), each for at most its time to live. Entries that leave without a match are reported to the
 * {@link CorrelationListener}. Expiry runs from {@link #expire()}, and also from {@code submitted} and
 * {@code received} at most once per scan interval.
 *
 * <p>Thread-safety: thread-safe; the exactly-once guarantee rests on the {@link ReceiptStore} contract.
 *
 * @param <T> what the caller tracks per message (e.g. its own message record)
 * @since 0.1.0
 */
public final class ReceiptCorrelator<T> {

    private static final System.Logger LOG = System.getLogger(ReceiptCorrelator.class.getName());

    private final MessageIdPolicy idPolicy;
    private final ReceiptStore<T> store;
    private final int maxSubmitted;
    private final int maxHeldReceipts;
    private final Duration submittedTtl;
    private final Duration heldReceiptTtl;
    private final long scanMillis;
    private final Clock clock;
    private final CorrelationListener<T> listener;
    private final AtomicLong nextScanMillis;

    private ReceiptCorrelator(Builder<T> b) {
        this.idPolicy = b.idPolicy;
        this.store = b.store != null ? b.store : new InMemoryReceiptStore<>();
        this.maxSubmitted = b.maxSubmitted;
        this.maxHeldReceipts = b.maxHeldReceipts;
        this.submittedTtl = b.submittedTtl;
        this.heldReceiptTtl = b.heldReceiptTtl;
        this.scanMillis = saturatedMillis(b.scanInterval);
        this.clock = b.clock;
        this.listener = b.listener;
        this.nextScanMillis = new AtomicLong(saturatedAdd(clock.millis(), scanMillis));
    }

    /**
     * Starts a builder with the defaults: {@link StandardIdPolicy#AS_IS}, an {@link InMemoryReceiptStore},
     * 100 000 submissions for 72 hours, 10 000 held receipts for 10 minutes, a scan every second, the UTC system
     * clock and no listener.
     *
     * @param <T> what the caller tracks per message
     * @return a new builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Records a submitted message. If a receipt is already held for it, returns the match: a final receipt settles
     * the message, which is then not stored; an intermediate one does not ({@link ReceiptMatch#isFinal()} is
     * false), and the message is stored to wait for its final receipt.
     *
     * @param scope the account scope (see {@link CorrelationKey})
     * @param messageId the id from {@code submit_sm_resp}
     * @param tracked the caller's object, returned with the match
     * @return the match, if a receipt came first
     * @throws IllegalArgumentException if {@code messageId} is blank
     */
    public Optional<ReceiptMatch<T>> submitted(String scope, String messageId, T tracked) {
        String id = idPolicy.submittedKey(messageId);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("messageId: blank (a submit_sm_resp without an id cannot be matched)");
        }
        Instant now = clock.instant();
        Submission<T> submission = new Submission<>(new CorrelationKey(scope, id), messageId, tracked, now);
        ReceiptStore.Update<T> update = store.putSubmittedOrTakeHeld(submission, maxSubmitted);
        report(update);
        maybeExpire(now);
        return update.receipt().map(held -> new ReceiptMatch<>(submission, held.receipt()));
    }

    /**
     * Handles a receipt.
     *
     * @param scope the account scope the receipt came from
     * @param receipt the receipt
     * @return matched, held (no submission yet) or ignored (no id, or an intermediate receipt for a message whose
     *         final receipt is already held)
     */
    public ReceiptOutcome<T> received(String scope, DeliveryReceipt receipt) {
        String id = idPolicy.receiptKey(receipt.messageId());
        if (id.isEmpty()) {
            return new ReceiptOutcome.Ignored<>("receipt has no message id");
        }
        CorrelationKey key = new CorrelationKey(scope, id);
        Instant now = clock.instant();
        HeldReceipt held = new HeldReceipt(key, receipt, now);
        ReceiptStore.Update<T> update = receipt.isFinal()
                ? store.takeSubmittedOrHold(held, maxHeldReceipts)
                : store.peekSubmittedOrHold(held, maxHeldReceipts);
        report(update);
        ReceiptOutcome<T> outcome;
        if (update.submission().isPresent()) {
            outcome = new ReceiptOutcome.Matched<>(new ReceiptMatch<>(update.submission().get(), receipt));
        } else if (update.receipt().isPresent()) {
            outcome = new ReceiptOutcome.Ignored<>("a final receipt for this message is already held");
        } else {
            outcome = new ReceiptOutcome.Held<>(held);
        }
        maybeExpire(now);
        return outcome;
    }

    /**
     * Stops waiting for a message's receipt (e.g. the message was cancelled); nothing is reported.
     *
     * @param scope the account scope
     * @param messageId the id from {@code submit_sm_resp}
     * @return the caller's object, if the submission was still stored
     */
    public Optional<T> forget(String scope, String messageId) {
        return store.takeSubmitted(new CorrelationKey(scope, idPolicy.submittedKey(messageId)))
                .map(Submission::tracked);
    }

    /**
     * Removes every entry older than its time to live and reports it as {@link RemovalCause#EXPIRED}.
     *
     * @return how many entries were removed
     */
    public int expire() {
        Instant now = clock.instant();
        ReceiptStore.Update<T> update = store.removeExpired(cutOff(now, submittedTtl), cutOff(now, heldReceiptTtl),
                Integer.MAX_VALUE);
        report(update);
        return update.removedSubmissions().size() + update.removedReceipts().size();
    }

    /**
     * Returns how many submissions wait for a receipt.
     *
     * @return the count
     */
    public int pendingSubmissions() {
        return store.submittedCount();
    }

    /**
     * Returns how many receipts wait for their submission.
     *
     * @return the count
     */
    public int heldReceipts() {
        return store.heldCount();
    }

    /**
     * Returns the id policy.
     *
     * @return the policy
     */
    public MessageIdPolicy idPolicy() {
        return idPolicy;
    }

    private void maybeExpire(Instant now) {
        long due = nextScanMillis.get();
        long nowMillis = now.toEpochMilli();
        // One caller wins the scan; the others go on without waiting.
        if (nowMillis >= due && nextScanMillis.compareAndSet(due, saturatedAdd(nowMillis, scanMillis))) {
            expire();
        }
    }

    /**
     * Returns {@code now - ttl}, or {@link Instant#MIN} (nothing is older) when that lies before the range of
     * {@code Instant}, as it does for {@link java.time.temporal.ChronoUnit#FOREVER}, the usual way to say "never".
     */
    private static Instant cutOff(Instant now, Duration ttl) {
        Duration sinceMin = Duration.ofSeconds(now.getEpochSecond() - Instant.MIN.getEpochSecond(), now.getNano());
        return ttl.compareTo(sinceMin) >= 0 ? Instant.MIN : now.minus(ttl);
    }

    private static long saturatedMillis(Duration d) {
        return d.compareTo(Duration.ofMillis(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toMillis();
    }

    /** Adds a non-negative interval, staying at {@code Long.MAX_VALUE} (never) instead of wrapping around. */
    private static long saturatedAdd(long millis, long interval) {
        long sum = millis + interval;
        return sum < millis ? Long.MAX_VALUE : sum;
    }

    private void report(ReceiptStore.Update<T> update) {
        for (ReceiptStore.Removal<Submission<T>> r : update.removedSubmissions()) {
            try {
                listener.submissionRemoved(r.entry(), r.cause());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "CorrelationListener.submissionRemoved failed", e);
            }
        }
        for (ReceiptStore.Removal<HeldReceipt> r : update.removedReceipts()) {
            try {
                listener.receiptRemoved(r.entry(), r.cause());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "CorrelationListener.receiptRemoved failed", e);
            }
        }
    }

    /**
     * Configures a {@link ReceiptCorrelator}.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @param <T> what the caller tracks per message
     * @since 0.1.0
     */
    public static final class Builder<T> {
        private MessageIdPolicy idPolicy = StandardIdPolicy.AS_IS;
        private ReceiptStore<T> store;
        private int maxSubmitted = 100_000;
        private int maxHeldReceipts = 10_000;
        private Duration submittedTtl = Duration.ofHours(72);
        private Duration heldReceiptTtl = Duration.ofMinutes(10);
        private Duration scanInterval = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private CorrelationListener<T> listener = new CorrelationListener<>() { };

        private Builder() {
        }

        /**
         * Sets how ids become keys (default {@link StandardIdPolicy#AS_IS}).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder<T> idPolicy(MessageIdPolicy value) {
            idPolicy = Objects.requireNonNull(value, "idPolicy");
            return this;
        }

        /**
         * Sets the store (default a new {@link InMemoryReceiptStore}).
         *
         * @param value the store
         * @return this builder
         */
        public Builder<T> store(ReceiptStore<T> value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * Sets the most submissions kept (default 100 000).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder<T> maxSubmitted(int value) {
            maxSubmitted = positive(value, "maxSubmitted");
            return this;
        }

        /**
         * Sets the most receipts held while waiting for their submission (default 10 000).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder<T> maxHeldReceipts(int value) {
            maxHeldReceipts = positive(value, "maxHeldReceipts");
            return this;
        }

        /**
         * Sets how long a submission waits for its receipt (default 72 hours, a common maximum validity).
         *
         * @param value a positive duration; {@link java.time.temporal.ChronoUnit#FOREVER} for no age bound
         * @return this builder
         */
        public Builder<T> submittedTtl(Duration value) {
            submittedTtl = positive(value, "submittedTtl");
            return this;
        }

        /**
         * Sets how long a receipt waits for its submission (default 10 minutes).
         *
         * @param value a positive duration; {@link java.time.temporal.ChronoUnit#FOREVER} for no age bound
         * @return this builder
         */
        public Builder<T> heldReceiptTtl(Duration value) {
            heldReceiptTtl = positive(value, "heldReceiptTtl");
            return this;
        }

        /**
         * Sets how often {@code submitted} and {@code received} run expiry (default 1 second).
         *
         * @param value a positive duration; {@link java.time.temporal.ChronoUnit#FOREVER} for expiry only from
         *        {@link ReceiptCorrelator#expire()}
         * @return this builder
         */
        public Builder<T> expiryScanInterval(Duration value) {
            scanInterval = positive(value, "expiryScanInterval");
            return this;
        }

        /**
         * Sets the clock (default the UTC system clock); tests inject a fake one.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder<T> clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets who hears about expired, evicted and replaced entries (default nobody).
         *
         * @param value the listener
         * @return this builder
         */
        public Builder<T> listener(CorrelationListener<T> value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Builds the correlator.
         *
         * @return the correlator
         */
        public ReceiptCorrelator<T> build() {
            return new ReceiptCorrelator<>(this);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + ": " + value + " (expected >= 1)");
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + ": " + value + " (expected > 0)");
            }
            return value;
        }
    }
}
