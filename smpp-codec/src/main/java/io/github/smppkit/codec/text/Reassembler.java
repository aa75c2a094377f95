package io.github.smppkit.codec.text;

import io.github.smppkit.codec.text.internal.UdhInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Reassembles inbound concatenated messages sent with a UDH (8- or 16-bit reference), SAR TLVs or as one
 * message_payload (reference §12).
 *
 * <p>Parts are keyed by source, destination, kind of concatenation and reference; they may arrive in any order
 * and repeat (the first copy is kept). A completed message is remembered for the {@code duplicateWindow}: an
 * identical part arriving again (an SMSC that missed the deliver_sm_resp sends the part again) is a
 * {@link ReassemblyResult.Duplicate}, not the start of a message that could never complete; a different part under
 * the same reference starts a new message. Memory and time are bounded: at most {@code maxPendingMessages} messages
 * wait (the oldest is evicted first) and none longer than {@code maxAge}, and as many completed ones are
 * remembered. Every message given up is passed to the {@code onIncomplete} callback, called on the thread that
 * calls {@link #accept} or {@link #expire()}, outside the lock. Text is decoded with the first part's data_coding and national shift IEs; GSM 7-bit septets
 * of all parts are joined before decoding, so an escape split by a sender is still read correctly.
 *
 * <p>Thread-safety: thread-safe; a {@link ReentrantLock} guards the pending map (no I/O under it).
 *
 * @since 0.1.0
 */
public final class Reassembler {

    private static final int SAR = 2;

    private final int maxPending;
    private final Duration maxAge;
    private final Duration duplicateWindow;
    private final InstantSource clock;
    private final boolean gsmPacked;
    private final Consumer<IncompleteMessage> onIncomplete;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
    /** Completed messages within the duplicate window, oldest first. */
    private final LinkedHashMap<Key, Completed> completed = new LinkedHashMap<>();

    private record Key(String source, String destination, int kind, int reference) {
    }

    private static final class Pending {
        final int total;
        final InboundPart[] parts;
        final UdhInfo[] udhs;
        final Instant firstSeen;
        int received;

        Pending(int total, Instant firstSeen) {
            this.total = total;
            this.parts = new InboundPart[total];
            this.udhs = new UdhInfo[total];
            this.firstSeen = firstSeen;
        }
    }

    private record Completed(InboundPart[] parts, Instant at) {
    }

    private Reassembler(Builder b) {
        this.maxPending = b.maxPendingMessages;
        this.maxAge = b.maxAge;
        this.duplicateWindow = b.duplicateWindow != null ? b.duplicateWindow : b.maxAge;
        this.clock = b.clock;
        this.gsmPacked = b.gsmPacked;
        this.onIncomplete = b.onIncomplete;
    }

    /**
     * Starts a builder: 1,000 pending messages, 10 minutes, a duplicate window as long, system clock, unpacked GSM,
     * no-op callback.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Takes one part.
     *
     * @param part the part
     * @return complete, pending, duplicate or invalid; never throws on the part's content
     */
    public ReassemblyResult accept(InboundPart part) {
        Objects.requireNonNull(part, "part");
        UdhInfo udh = UdhInfo.NONE;
        if (part.udhi()) {
            String problem = UdhInfo.problem(part.userData());
            if (problem != null) {
                return new ReassemblyResult.Invalid(problem);
            }
            udh = UdhInfo.parse(part.userData());
        }
        Key key;
        int total;
        int seq;
        if (part.sar().isPresent()) {
            Concatenation sar = part.sar().get();
            key = new Key(part.source(), part.destination(), SAR, sar.reference());
            total = sar.total();
            seq = sar.sequence();
        } else if (udh.concatKind() != 0) {
            key = new Key(part.source(), part.destination(), udh.concatKind(), udh.reference());
            total = udh.total();
            seq = udh.sequence();
        } else {
            total = 1;
            seq = 1;
            key = null;
        }
        if (total == 1) {
            return new ReassemblyResult.Complete(alone(part, udh));
        }
        List<IncompleteMessage> dropped = new ArrayList<>(1);
        Object outcome;
        lock.lock();
        try {
            Instant now = clock.instant();
            expireLocked(now, dropped);
            outcome = store(key, total, seq, part, udh, now, dropped);
        } finally {
            lock.unlock();
        }
        report(dropped);
        if (outcome instanceof Pending) {
            // decoding happens outside the lock
            Pending done = (Pending) outcome;
            return new ReassemblyResult.Complete(TextAssembler.assemble(done.parts, done.udhs, gsmPacked));
        }
        return (ReassemblyResult) outcome;
    }

    /**
     * Decodes one part on its own, its UDH left out, as an SMSC quotes a part in its receipt; the part need not
     * complete a message, and nothing is stored. A GSM escape that the sender split across parts reads as the
     * decoder reads a lone escape.
     *
     * @param part the part
     * @return the part's text; empty for binary data or a malformed UDH
     * @since 0.1.0
     */
    public Optional<String> partText(InboundPart part) {
        Objects.requireNonNull(part, "part");
        if (part.udhi() && UdhInfo.problem(part.userData()) != null) {
            return Optional.empty();
        }
        return alone(part, part.udhi() ? UdhInfo.parse(part.userData()) : UdhInfo.NONE).text();
    }

    private ReassembledMessage alone(InboundPart part, UdhInfo udh) {
        return TextAssembler.assemble(new InboundPart[] {part}, new UdhInfo[] {udh}, gsmPacked);
    }

    /** Returns a {@link ReassemblyResult}, or the completed {@link Pending} entry (removed from the map). */
    private Object store(Key key, int total, int seq, InboundPart part, UdhInfo udh, Instant now,
            List<IncompleteMessage> dropped) {
        Pending p = pending.get(key);
        if (p != null && p.total != total) {
            pending.remove(key);
            dropped.add(incomplete(key, p, IncompleteMessage.Reason.SUPERSEDED));
            p = null;
        }
        if (p == null) {
            Completed done = completed.get(key);
            if (done != null) {
                if (done.parts.length == total && part.equals(done.parts[seq - 1])) {
                    return new ReassemblyResult.Duplicate(seq);
                }
                completed.remove(key);
            }
            if (pending.size() >= maxPending) {
                Iterator<Map.Entry<Key, Pending>> eldest = pending.entrySet().iterator();
                Map.Entry<Key, Pending> e = eldest.next();
                eldest.remove();
                dropped.add(incomplete(e.getKey(), e.getValue(), IncompleteMessage.Reason.EVICTED));
            }
            p = new Pending(total, now);
            pending.put(key, p);
        }
        if (p.parts[seq - 1] != null) {
            return new ReassemblyResult.Duplicate(seq);
        }
        p.parts[seq - 1] = part;
        p.udhs[seq - 1] = udh;
        p.received++;
        if (p.received < total) {
            return new ReassemblyResult.Pending(p.received, total);
        }
        pending.remove(key);
        remember(key, p.parts, now);
        return p;
    }

    private void remember(Key key, InboundPart[] parts, Instant now) {
        if (duplicateWindow.isZero()) {
            return;
        }
        completed.remove(key);
        completed.put(key, new Completed(parts, now));
        if (completed.size() > maxPending) {
            Iterator<Key> eldest = completed.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /**
     * Gives up messages older than the maximum age, passing each to the callback.
     *
     * @return the messages given up
     */
    public List<IncompleteMessage> expire() {
        List<IncompleteMessage> dropped = new ArrayList<>();
        lock.lock();
        try {
            expireLocked(clock.instant(), dropped);
        } finally {
            lock.unlock();
        }
        report(dropped);
        return List.copyOf(dropped);
    }

    /**
     * Gives up every message still waiting for parts, as {@link IncompleteMessage.Reason#PENDING}, passing each to
     * the callback: for a receiver that stops, as no part can arrive after that.
     *
     * @return the messages given up, oldest first
     */
    public List<IncompleteMessage> drain() {
        List<IncompleteMessage> dropped = new ArrayList<>();
        lock.lock();
        try {
            pending.forEach((key, p) -> dropped.add(incomplete(key, p, IncompleteMessage.Reason.PENDING)));
            pending.clear();
        } finally {
            lock.unlock();
        }
        report(dropped);
        return List.copyOf(dropped);
    }

    /**
     * Returns how many messages wait for parts.
     *
     * @return the count
     */
    public int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    private void expireLocked(Instant now, List<IncompleteMessage> dropped) {
        Instant limit = now.minus(maxAge);
        Iterator<Map.Entry<Key, Pending>> it = pending.entrySet().iterator();
        // insertion order is arrival order, so the scan stops at the first young entry
        while (it.hasNext()) {
            Map.Entry<Key, Pending> e = it.next();
            if (e.getValue().firstSeen.isAfter(limit)) {
                break;
            }
            it.remove();
            dropped.add(incomplete(e.getKey(), e.getValue(), IncompleteMessage.Reason.EXPIRED));
        }
        Instant forgotten = now.minus(duplicateWindow);
        Iterator<Completed> done = completed.values().iterator();
        while (done.hasNext() && !done.next().at.isAfter(forgotten)) {
            done.remove();
        }
    }

    private static IncompleteMessage incomplete(Key key, Pending p, IncompleteMessage.Reason reason) {
        List<InboundPart> parts = new ArrayList<>(p.received);
        for (InboundPart part : p.parts) {
            if (part != null) {
                parts.add(part);
            }
        }
        return new IncompleteMessage(key.source(), key.destination(), key.reference(), p.total, parts, p.firstSeen,
                reason);
    }

    private void report(List<IncompleteMessage> dropped) {
        for (IncompleteMessage m : dropped) {
            onIncomplete.accept(m);
        }
    }

    /**
     * Builds a {@link Reassembler}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int maxPendingMessages = 1000;
        private Duration maxAge = Duration.ofMinutes(10);
        private Duration duplicateWindow;
        private InstantSource clock = InstantSource.system();
        private boolean gsmPacked;
        private Consumer<IncompleteMessage> onIncomplete = m -> { };

        private Builder() {
        }

        /**
         * Sets the most messages waiting for parts.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder maxPendingMessages(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPendingMessages: " + value + " (expected >= 1)");
            }
            this.maxPendingMessages = value;
            return this;
        }

        /**
         * Sets how long a message may wait for its parts, counted from its first part.
         *
         * @param value positive
         * @return this builder
         */
        public Builder maxAge(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("maxAge: " + value + " (expected > 0)");
            }
            this.maxAge = value;
            return this;
        }

        /**
         * Sets how long a completed message is remembered, so that a part of it sent again is reported as
         * {@link ReassemblyResult.Duplicate}; {@link Duration#ZERO} forgets at once, as an SMSC receiving
         * submit_sm wants, where each part sent again is a new submission. Default: the {@link #maxAge}.
         *
         * @param value zero or positive
         * @return this builder
         */
        public Builder duplicateWindow(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("duplicateWindow: " + value + " (expected >= 0)");
            }
            this.duplicateWindow = value;
            return this;
        }

        /**
         * Sets the clock (tests inject a fake one).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(InstantSource value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Tells whether GSM 7-bit user data arrives packed (default: one septet per octet).
         *
         * @param value {@code true} for packed
         * @return this builder
         */
        public Builder gsmPacked(boolean value) {
            this.gsmPacked = value;
            return this;
        }

        /**
         * Sets the callback for messages given up (expired, evicted, superseded).
         *
         * @param value the callback; it must not block for long
         * @return this builder
         */
        public Builder onIncomplete(Consumer<IncompleteMessage> value) {
            this.onIncomplete = Objects.requireNonNull(value, "onIncomplete");
            return this;
        }

        /**
         * Builds the reassembler.
         *
         * @return a new reassembler
         */
        public Reassembler build() {
            return new Reassembler(this);
        }
    }
}
