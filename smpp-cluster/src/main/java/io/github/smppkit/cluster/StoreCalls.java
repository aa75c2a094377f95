package io.github.smppkit.cluster;

import io.github.smppkit.cluster.internal.EntryCodec;
import io.github.smppkit.cluster.internal.InDoubt;
import io.github.smppkit.cluster.internal.LuaScript;
import io.github.smppkit.cluster.internal.Replies;
import io.github.smppkit.cluster.internal.StoreScripts;
import io.github.smppkit.dlr.CorrelationKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Runs the put-or-take scripts of a {@link RedisReceiptStore}, singly or pipelined, and remembers the calls whose
 * reply was lost, so that the next call for the same operation and member lets the script find out whether one
 * of them ran (see the store's class doc).
 *
 * <p>Thread-safety: thread-safe.
 */
final class StoreCalls {

    /**
     * One kind of store call.
     *
     * @param what the operation, for messages
     * @param script the put-or-take script (see {@link StoreScripts})
     * @param otherIndex the index the script reads or takes from
     * @param ownIndex the index it stores into
     * @param doubtSide names the calls in doubt it asks about: operations that must not see each other's
     *        lost calls have different sides
     * @param ttlMillis the TTL of an entry it stores
     */
    record Op(String what, LuaScript script, String otherIndex, String ownIndex, String doubtSide,
            String ttlMillis) {
    }

    /** One script call: its operation, arguments, and the calls in doubt it asks about. */
    record Call(Op op, List<String> args, String doubtKey, String entry, List<String> earlier) {
    }

    private final RedisConnection redis;
    private final String retryWindowMillis;
    private final InDoubt inDoubt = new InDoubt(10_000);

    StoreCalls(RedisConnection redis, String retryWindowMillis) {
        this.redis = redis;
        this.retryWindowMillis = retryWindowMillis;
    }

    Call call(Op op, CorrelationKey key, String entry, Instant at, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max: " + max + " (expected >= 0)");
        }
        String member = EntryCodec.member(key);
        String doubtKey = op.doubtSide() + member;
        List<String> earlier = inDoubt.get(doubtKey);
        List<String> args = new ArrayList<>(7 + earlier.size());
        args.addAll(List.of(member, entry, StoreScripts.score(at), Integer.toString(max), op.ttlMillis(),
                retryWindowMillis));
        args.addAll(earlier);
        return new Call(op, args, doubtKey, entry, earlier);
    }

    /** Runs calls of one operation; returns the replies, in order (see {@link StoreScripts}). */
    List<List<String>> run(List<Call> calls) {
        Op op = calls.get(0).op();
        List<Object> replies;
        try {
            replies = redis.call("receipt store: " + op.what(), j -> {
                if (calls.size() == 1) {
                    return List.of(op.script().run(j, keys(op), calls.get(0).args()));
                }
                return pipelined(j, op, calls);
            });
        } catch (ClusterException e) {
            if (e.reason() == ClusterException.Reason.UNAVAILABLE) {
                // Sent but unanswered: it may have run, so a retry must be able to find out (see class doc).
                calls.forEach(c -> inDoubt.add(c.doubtKey(), c.entry()));
            }
            throw e;
        }
        List<List<String>> out = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            List<String> reply = Replies.strings(replies.get(i));
            if (!c.earlier().isEmpty()) {
                inDoubt.clear(c.doubtKey());
                if (c.earlier().contains(reply.get(2))) {
                    // The entry an unanswered call stored is the one this call replaced: one call, not two.
                    reply.set(2, "");
                }
            }
            out.add(reply);
        }
        return out;
    }

    private static List<String> keys(Op op) {
        return List.of(op.otherIndex(), op.ownIndex());
    }

    private static List<Object> pipelined(UnifiedJedis jedis, Op op, List<Call> calls) {
        // A pipeline cannot fall back to EVAL per command, so the script is loaded first (cheap when cached).
        op.script().load(jedis);
        List<Response<Object>> pending = new ArrayList<>(calls.size());
        try (AbstractPipeline p = jedis.pipelined()) {
            for (Call c : calls) {
                pending.add(op.script().queue(p, keys(op), c.args()));
            }
            p.sync();
        }
        List<Object> out = new ArrayList<>(pending.size());
        for (Response<Object> r : pending) {
            out.add(r.get());
        }
        return out;
    }
}
