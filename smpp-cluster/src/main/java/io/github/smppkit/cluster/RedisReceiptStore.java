package io.github.smppkit.cluster;

import io.github.smppkit.cluster.internal.Arguments;
import io.github.smppkit.cluster.internal.EntryCodec;
import io.github.smppkit.cluster.internal.Replies;
import io.github.smppkit.cluster.internal.StoreScripts;
import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.ReceiptStore;
import io.github.smppkit.dlr.RemovalCause;
import io.github.smppkit.dlr.Submission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ReceiptStore} in Redis, shared by every node of a cluster: a receipt that lands on any node matches the
 * submission recorded by any other, exactly once, and a receipt (final or intermediate) that comes before its
 * {@code submit_sm_resp} is held until some node records the submission.
 *
 * <pre>{@code
 * ReceiptCorrelator<String> correlator = ReceiptCorrelator.<String>builder()
 *         .idPolicy(profile.messageIdPolicy())
 *         .store(RedisReceiptStore.builder(redis).build())
 *         .build();
 * }</pre>
 *
 * <p>Each operation of the {@link ReceiptStore} contract is one Lua script, atomic on the server. Per side
 * (submissions, held receipts) the store keeps a sorted set {@code {prefix}:s} (or {@code :h}) of entries by time
 * and one key per entry with a TTL; the braces make every key of a store hash to one Redis Cluster slot. Keys
 * come from the correlator's normalised ids ({@link io.github.smppkit.dlr.MessageIdPolicy}), so all nodes must
 * use the same policy and scope. Expiry and eviction follow the correlator's times and bounds, as in
 * {@link io.github.smppkit.dlr.InMemoryReceiptStore}, to the microsecond; the key TTLs are only a backstop that
 * clears entries when no node is left to expire them (such entries leave unreported), so keep them longer than
 * the correlator's TTLs.
 *
 * <p>Failures: every method throws {@link ClusterException} when Redis cannot be reached, and a script either
 * runs whole or not at all. When a reply is lost (the link dropped or timed out after the script was sent) the
 * script may have run; if it matched, the match would be lost with the reply. So the store remembers such calls
 * (per key, in this instance) and every match leaves a record in Redis for the {@code retryWindow}: the next
 * call for the same key through this store (the caller's retry, e.g. {@code correlator.submitted} again) gets
 * that match back instead of storing its entry; if the unanswered call stored its entry and another node has
 * matched it since, the retry stores nothing. Retry through the same store instance within the window, and
 * nothing is lost, matched twice or left to expire after its match; a duplicate receipt from the provider is
 * still held, never matched again. An intermediate receipt takes nothing, so its retry simply asks again; only
 * if the lost call held it and a submission has taken it since does the retry hold nothing.
 *
 * <p>Thread-safety: thread-safe.
 *
 * @param <T> what the caller tracks per message
 * @since 0.1.0
 */
public final class RedisReceiptStore<T> implements ReceiptStore<T> {

    private static final int EXPIRY_BATCH = 500;

    private final RedisConnection redis;
    private final EntryCodec<T> codec;
    private final String prefix;
    private final String submittedIndex;
    private final String heldIndex;
    private final StoreCalls calls;
    private final StoreCalls.Op put;
    private final StoreCalls.Op take;
    private final StoreCalls.Op peek;

    private RedisReceiptStore(Builder<T> b) {
        this.redis = b.redis;
        this.codec = new EntryCodec<>(b.codec);
        this.prefix = b.prefix;
        this.submittedIndex = "{" + b.prefix + "}:s";
        this.heldIndex = "{" + b.prefix + "}:h";
        String submittedTtl = Long.toString(b.submittedKeyTtl.toMillis());
        String heldTtl = Long.toString(b.heldKeyTtl.toMillis());
        this.calls = new StoreCalls(b.redis, Long.toString(b.retryWindow.toMillis()));
        this.put = new StoreCalls.Op("record submission", StoreScripts.PUT_OR_TAKE, heldIndex, submittedIndex,
                submittedIndex, submittedTtl);
        this.take = new StoreCalls.Op("match receipt", StoreScripts.PUT_OR_TAKE, submittedIndex, heldIndex,
                heldIndex, heldTtl);
        // Its own side: a lost intermediate call must not pass for a lost final one, nor the other way round.
        this.peek = new StoreCalls.Op("match intermediate receipt", StoreScripts.PEEK_OR_HOLD, submittedIndex,
                heldIndex, heldIndex + "~", heldTtl);
    }

    /**
     * Starts a builder for a store tracking {@code String}s (e.g. the caller's own message id).
     *
     * @param redis the connection
     * @return a builder
     */
    public static Builder<String> builder(RedisConnection redis) {
        return new Builder<>(redis, TrackedCodec.identity());
    }

    /**
     * Starts a builder for a store tracking any type, written to Redis by a codec.
     *
     * @param redis the connection
     * @param codec how tracked objects become text
     * @param <T> what the caller tracks per message
     * @return a builder
     */
    public static <T> Builder<T> builder(RedisConnection redis, TrackedCodec<T> codec) {
        return new Builder<>(redis, codec);
    }

    @Override
    public Update<T> putSubmittedOrTakeHeld(Submission<T> submission, int maxSubmitted) {
        return putSubmittedOrTakeHeld(List.of(submission), maxSubmitted).get(0);
    }

    @Override
    public Update<T> takeSubmittedOrHold(HeldReceipt receipt, int maxHeld) {
        return takeSubmittedOrHold(List.of(receipt), maxHeld).get(0);
    }

    @Override
    public Update<T> peekSubmittedOrHold(HeldReceipt receipt, int maxHeld) {
        if (receipt.receipt().isFinal()) {
            throw new IllegalArgumentException("receipt: final (expected intermediate; final ones go to "
                    + "takeSubmittedOrHold)");
        }
        List<String> reply = calls.run(List.of(calls.call(peek, receipt.key(), codec.write(receipt),
                receipt.receivedAt(), maxHeld))).get(0);
        return switch (reply.get(0)) {
            case "m" -> new Update<>(found(reply, codec::readSubmission), Optional.empty(), List.of(), List.of());
            case "k" -> new Update<>(Optional.empty(), found(reply, codec::readReceipt), List.of(), List.of());
            default -> new Update<>(Optional.empty(), Optional.empty(), List.of(), removals(reply, codec::readReceipt));
        };
    }

    /**
     * Does {@link #putSubmittedOrTakeHeld(Submission, int)} for each submission, in order, pipelined: one round
     * trip for the lot. Each one is atomic on its own, not the batch.
     *
     * @param submissions the submissions
     * @param maxSubmitted the count bound, at least 0
     * @return one update per submission, in order
     * @throws ClusterException if Redis cannot be reached (then every call of the batch counts as unanswered)
     */
    public List<Update<T>> putSubmittedOrTakeHeld(List<Submission<T>> submissions, int maxSubmitted) {
        List<StoreCalls.Call> batch = new ArrayList<>(submissions.size());
        for (Submission<T> s : submissions) {
            batch.add(calls.call(put, s.key(), codec.write(s), s.submittedAt(), maxSubmitted));
        }
        List<Update<T>> out = new ArrayList<>(batch.size());
        for (List<String> reply : calls.run(batch)) {
            out.add(new Update<>(Optional.empty(), found(reply, codec::readReceipt),
                    removals(reply, codec::readSubmission), List.of()));
        }
        return out;
    }

    /**
     * Does {@link #takeSubmittedOrHold(HeldReceipt, int)} for each receipt, in order, pipelined: one round trip
     * for the lot. Each one is atomic on its own, not the batch.
     *
     * @param receipts the final receipts
     * @param maxHeld the count bound, at least 0
     * @return one update per receipt, in order
     * @throws IllegalArgumentException if a receipt is not final (nothing is sent then)
     * @throws ClusterException if Redis cannot be reached (then every call of the batch counts as unanswered)
     */
    public List<Update<T>> takeSubmittedOrHold(List<HeldReceipt> receipts, int maxHeld) {
        List<StoreCalls.Call> batch = new ArrayList<>(receipts.size());
        for (HeldReceipt r : receipts) {
            if (!r.receipt().isFinal()) {
                throw new IllegalArgumentException("receipt: intermediate (expected final; intermediate ones go to "
                        + "peekSubmittedOrHold)");
            }
            batch.add(calls.call(take, r.key(), codec.write(r), r.receivedAt(), maxHeld));
        }
        List<Update<T>> out = new ArrayList<>(batch.size());
        for (List<String> reply : calls.run(batch)) {
            out.add(new Update<>(found(reply, codec::readSubmission), Optional.empty(), List.of(),
                    removals(reply, codec::readReceipt)));
        }
        return out;
    }

    /** Reads the entry a reply found (see {@link StoreScripts}), if any. */
    private static <E> Optional<E> found(List<String> reply, Function<String, E> read) {
        return reply.get(1).isEmpty() ? Optional.empty() : Optional.of(read.apply(reply.get(1)));
    }

    /** Reads the removals of a reply: {@code {status, found, replaced or "", evicted...}}. */
    private static <E> List<Removal<E>> removals(List<String> reply, Function<String, E> read) {
        List<Removal<E>> out = new ArrayList<>(reply.size() - 2);
        if (!reply.get(2).isEmpty()) {
            out.add(new Removal<>(read.apply(reply.get(2)), RemovalCause.REPLACED));
        }
        for (int i = 3; i < reply.size(); i++) {
            out.add(new Removal<>(read.apply(reply.get(i)), RemovalCause.EVICTED));
        }
        return out;
    }

    @Override
    public Optional<Submission<T>> takeSubmitted(CorrelationKey key) {
        List<String> keys = List.of(submittedIndex);
        List<String> args = List.of(EntryCodec.member(key));
        Object entry = redis.call("receipt store: take submission", j -> StoreScripts.TAKE.run(j, keys, args));
        return Optional.ofNullable(entry).map(e -> codec.readSubmission(Replies.string(e)));
    }

    @Override
    public Update<T> removeExpired(Instant submittedBefore, Instant receivedBefore, int limit) {
        List<Removal<Submission<T>>> subs = expire(submittedIndex, submittedBefore, limit, codec::readSubmission);
        List<Removal<HeldReceipt>> held = expire(heldIndex, receivedBefore, limit, codec::readReceipt);
        return new Update<>(Optional.empty(), Optional.empty(), subs, held);
    }

    private <E> List<Removal<E>> expire(String index, Instant before, int limit, Function<String, E> read) {
        List<Removal<E>> out = new ArrayList<>();
        String cutoff = StoreScripts.score(before);
        int removed = 0;
        // Batches keep each script short, so one node's scan never stalls Redis for the others.
        while (removed < limit) {
            int batch = Math.min(EXPIRY_BATCH, limit - removed);
            List<String> args = List.of(cutoff, Integer.toString(batch));
            List<String> reply = Replies.strings(redis.call("receipt store: expire",
                    j -> StoreScripts.EXPIRE.run(j, List.of(index), args)));
            int members = Integer.parseInt(reply.get(0));
            for (int i = 1; i < reply.size(); i++) {
                out.add(new Removal<>(read.apply(reply.get(i)), RemovalCause.EXPIRED));
            }
            removed += members;
            if (members < batch) {
                break;
            }
        }
        return out;
    }

    @Override
    public int submittedCount() {
        return count(submittedIndex);
    }

    @Override
    public int heldCount() {
        return count(heldIndex);
    }

    private int count(String index) {
        long n = redis.call("receipt store: count", j -> j.zcard(index));
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** Returns the key prefix and server, e.g. {@code RedisReceiptStore[smppkit:dlr at localhost:6379]}. */
    @Override
    public String toString() {
        return "RedisReceiptStore[" + prefix + " at " + redis.address() + "]";
    }

    /**
     * Configures a {@link RedisReceiptStore}.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @param <T> what the caller tracks per message
     * @since 0.1.0
     */
    public static final class Builder<T> {
        private final RedisConnection redis;
        private final TrackedCodec<T> codec;
        private String prefix = "smppkit:dlr";
        private Duration submittedKeyTtl = Duration.ofHours(73);
        private Duration heldKeyTtl = Duration.ofHours(1);
        private Duration retryWindow = Duration.ofMinutes(2);

        private Builder(RedisConnection redis, TrackedCodec<T> codec) {
            this.redis = Objects.requireNonNull(redis, "redis");
            this.codec = Objects.requireNonNull(codec, "codec");
        }

        /**
         * Sets the key prefix (default {@code smppkit:dlr}); stores with different prefixes never see each other.
         *
         * @param value a non-empty prefix without braces
         * @return this builder
         */
        public Builder<T> keyPrefix(String value) {
            Objects.requireNonNull(value, "keyPrefix");
            if (value.isEmpty() || value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
                throw new IllegalArgumentException("keyPrefix: '" + value + "' (expected non-empty, no braces)");
            }
            prefix = value;
            return this;
        }

        /**
         * Sets the Redis TTL of a submission's key (default 73 hours: the correlator's 72 plus a margin).
         *
         * @param value at least 1 millisecond
         * @return this builder
         */
        public Builder<T> submittedKeyTtl(Duration value) {
            submittedKeyTtl = Arguments.atLeastMillis(value, "submittedKeyTtl", 1);
            return this;
        }

        /**
         * Sets the Redis TTL of a held receipt's key (default 1 hour; the correlator holds 10 minutes).
         *
         * @param value at least 1 millisecond
         * @return this builder
         */
        public Builder<T> heldKeyTtl(Duration value) {
            heldKeyTtl = Arguments.atLeastMillis(value, "heldKeyTtl", 1);
            return this;
        }

        /**
         * Sets how long a match is remembered for a retry whose first reply was lost (default 2 minutes). Each
         * match keeps a small record this long, so memory grows with rate times window.
         *
         * @param value at least 1 millisecond
         * @return this builder
         */
        public Builder<T> retryWindow(Duration value) {
            retryWindow = Arguments.atLeastMillis(value, "retryWindow", 1);
            return this;
        }

        /**
         * Builds the store; nothing is written until it is used.
         *
         * @return the store
         */
        public RedisReceiptStore<T> build() {
            return new RedisReceiptStore<>(this);
        }
    }
}
