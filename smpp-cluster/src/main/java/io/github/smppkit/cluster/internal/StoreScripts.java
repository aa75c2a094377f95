package io.github.smppkit.cluster.internal;

import java.time.Instant;

/**
 * The Lua scripts behind {@code RedisReceiptStore}. Each side (submissions, held receipts) is a sorted set
 * {@code INDEX} of members scored by time in microseconds, plus one string key {@code INDEX:member} per entry
 * carrying the entry and a TTL. A script runs atomically on the server, which is what makes a match
 * exactly-once across nodes.
 *
 * <p>The put-or-take scripts share their arguments and reply. KEYS: the other side's index, this side's index.
 * ARGV: member, entry, score, max count, TTL in ms, retry window in ms, then the entries of earlier calls for
 * this member whose replies were lost. Reply: {@code {status, found or "", replaced or "", evicted...}}, where
 * status is {@code m} (matched {@code found}, stored nothing), {@code p} (stored the entry; {@code found} is an
 * intermediate receipt it took, if any) or {@code k} (stored nothing: {@code found} is the final receipt that
 * keeps an intermediate one out). A member never starts with {@code ~}, so match records
 * {@code INDEX:~member} and entries never share a key.
 *
 * <p>Thread-safety: immutable.
 */
public final class StoreScripts {

    /** Whether an entry is an intermediate receipt: the codec tags it so (see {@link EntryCodec}). */
    private static final String INTERMEDIATE = "local function intermediate(v) return string.sub(v, 1, "
            + EntryCodec.INTERMEDIATE_PREFIX.length() + ") == '" + EntryCodec.INTERMEDIATE_PREFIX + "' end";

    /** Stores this entry under {@code ownKey}, evicts the oldest beyond the count into {@code out}, returns it. */
    private static final String STORE = String.join("\n",
            "redis.call('SET', ownKey, ARGV[2], 'PX', ARGV[5])",
            "redis.call('ZADD', KEYS[2], ARGV[3], m)",
            "redis.call('PEXPIRE', KEYS[2], ARGV[5])",
            "local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])",
            "if excess > 0 then",
            "  for _, o in ipairs(redis.call('ZRANGE', KEYS[2], 0, excess - 1)) do",
            "    local k = KEYS[2] .. ':' .. o",
            "    local v = redis.call('GET', k)",
            "    redis.call('DEL', k)",
            "    redis.call('ZREM', KEYS[2], o)",
            "    if v then table.insert(out, v) end",
            "  end",
            "end",
            "return out");

    /**
     * A submission or a final receipt. If the match record {@code INDEX:~member} shows that one of the earlier
     * calls matched, replies that match again; if the other side's match record shows that it took the entry one
     * of them stored, replies {@code p} without storing it again. Else takes the other side's entry under the
     * member if there is one (and records the match for the retry window): a final receipt or a submission is a
     * match ({@code m}), an intermediate receipt is taken and this submission stored all the same ({@code p}).
     * Else stores this entry, replacing the one under the member, and evicts the oldest beyond the count.
     */
    public static final LuaScript PUT_OR_TAKE = new LuaScript(String.join("\n",
            INTERMEDIATE,
            "local m = ARGV[1]",
            "local done = KEYS[2] .. ':~' .. m",
            "if #ARGV > 6 then",
            "  local d = redis.call('HMGET', done, 'op', 'other')",
            // An entry stored by a lost call and matched since on the other side must not be stored again.
            "  local taken = redis.call('HGET', KEYS[1] .. ':~' .. m, 'other')",
            "  for i = 7, #ARGV do",
            "    if d[1] == ARGV[i] then",
            "      redis.call('HSET', done, 'op', ARGV[2])",
            "      return {'m', d[2], ''}",
            "    end",
            "    if taken == ARGV[i] then",
            "      return {'p', '', ''}",
            "    end",
            "  end",
            "end",
            "local otherKey = KEYS[1] .. ':' .. m",
            "local other = redis.call('GET', otherKey)",
            "redis.call('ZREM', KEYS[1], m)",
            "if other then",
            "  redis.call('DEL', otherKey)",
            "  redis.call('HSET', done, 'op', ARGV[2], 'other', other)",
            "  redis.call('PEXPIRE', done, ARGV[6])",
            // An intermediate receipt settles nothing: the submission still waits for its final receipt.
            "  if not intermediate(other) then",
            "    return {'m', other, ''}",
            "  end",
            "end",
            "local ownKey = KEYS[2] .. ':' .. m",
            "local out = {'p', other or '', redis.call('GET', ownKey) or ''}",
            STORE));

    /**
     * An intermediate receipt (KEYS: the submissions' index, the held receipts' index; ARGV as for
     * {@link #PUT_OR_TAKE}, the retry window unused). If a submission took the entry one of the earlier calls
     * held, replies {@code p} without holding it again (the submission delivered it). Else, if a submission is
     * stored under the member, replies it ({@code m}) and leaves it stored; if a final receipt is held, replies it
     * ({@code k}) and changes nothing; else holds this receipt, replacing an intermediate one, and evicts the
     * oldest beyond the count. It writes no match record: it takes nothing from the other side.
     */
    public static final LuaScript PEEK_OR_HOLD = new LuaScript(String.join("\n",
            INTERMEDIATE,
            "local m = ARGV[1]",
            "if #ARGV > 6 then",
            "  local taken = redis.call('HGET', KEYS[1] .. ':~' .. m, 'other')",
            "  for i = 7, #ARGV do",
            "    if taken == ARGV[i] then",
            "      return {'p', '', ''}",
            "    end",
            "  end",
            "end",
            "local submission = redis.call('GET', KEYS[1] .. ':' .. m)",
            "if submission then",
            "  return {'m', submission, ''}",
            "end",
            "redis.call('ZREM', KEYS[1], m)",
            "local ownKey = KEYS[2] .. ':' .. m",
            "local held = redis.call('GET', ownKey)",
            "if held and not intermediate(held) then",
            "  return {'k', held, ''}",
            "end",
            "local out = {'p', '', held or ''}",
            STORE));

    /** KEYS: an index. ARGV: member. Removes and returns the entry, or nil. */
    public static final LuaScript TAKE = new LuaScript(String.join("\n",
            "local k = KEYS[1] .. ':' .. ARGV[1]",
            "local v = redis.call('GET', k)",
            "redis.call('DEL', k)",
            "redis.call('ZREM', KEYS[1], ARGV[1])",
            "return v"));

    /**
     * KEYS: an index. ARGV: exclusive score cut-off, most members to remove. Removes the oldest entries scored
     * below the cut-off; replies {@code {members removed, entries...}} (an entry whose key Redis already expired
     * is removed from the index but has nothing to return).
     */
    public static final LuaScript EXPIRE = new LuaScript(String.join("\n",
            "local olds = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))",
            "local out = {tostring(#olds)}",
            "for _, o in ipairs(olds) do",
            "  local k = KEYS[1] .. ':' .. o",
            "  local v = redis.call('GET', k)",
            "  redis.call('DEL', k)",
            "  redis.call('ZREM', KEYS[1], o)",
            "  if v then table.insert(out, v) end",
            "end",
            "return out"));

    private StoreScripts() {
    }

    /**
     * Returns an instant as a score: microseconds since the epoch, saturated at the long range.
     *
     * @param t the instant
     * @return the score as text
     */
    public static String score(Instant t) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            micros = t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return Long.toString(micros);
    }
}
