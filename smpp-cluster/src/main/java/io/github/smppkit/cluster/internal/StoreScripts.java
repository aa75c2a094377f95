package io.github.smppkit.cluster.internal;

import java.time.Instant;

/**
 * The Lua scripts behind {@code RedisReceiptStore}. Each side (submissions, held receipts) is a sorted set
 * {@code INDEX} of members scored by time in microseconds, plus one string key {@code INDEX:member} per entry
 * carrying the entry and a TTL. A script runs atomically on the server, which is what makes a match
 * exactly-once across nodes.
 *
 * <p>Thread-safety: immutable.
 */
public final class StoreScripts {

    /**
     * KEYS: the other side's index, this side's index. ARGV: member, entry, score, max count, TTL in ms, retry
     * window in ms, then the entries of earlier calls for this member whose replies were lost. If the match
     * record {@code INDEX:~member} shows that one of those earlier calls matched, replies that match again
     * ({@code {"m", entry}}); if the other side's match record shows that it took the entry one of them stored,
     * replies {@code {"p", ""}} without storing it again. Else takes the other side's entry under the member if
     * there is one (reply {@code {"m", entry}}, and records the match for the retry window); else stores this
     * entry and evicts the oldest beyond the count (reply {@code {"p", replaced or "", evicted...}}). A member
     * never starts with {@code ~}, so match records and entries never share a key.
     */
    public static final LuaScript PUT_OR_TAKE = new LuaScript(String.join("\n",
            "local m = ARGV[1]",
            "local done = KEYS[2] .. ':~' .. m",
            "if #ARGV > 6 then",
            "  local d = redis.call('HMGET', done, 'op', 'other')",
            // An entry stored by a lost call and matched since on the other side must not be stored again.
            "  local taken = redis.call('HGET', KEYS[1] .. ':~' .. m, 'other')",
            "  for i = 7, #ARGV do",
            "    if d[1] == ARGV[i] then",
            "      redis.call('HSET', done, 'op', ARGV[2])",
            "      return {'m', d[2]}",
            "    end",
            "    if taken == ARGV[i] then",
            "      return {'p', ''}",
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
            "  return {'m', other}",
            "end",
            "local ownKey = KEYS[2] .. ':' .. m",
            "local out = {'p', redis.call('GET', ownKey) or ''}",
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
            "return out"));

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
