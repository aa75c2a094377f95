package io.github.smppkit.cluster.internal;

/**
 * The Lua scripts behind {@code RedisBindLeases}. A lease key is a sorted set of holder ids scored by the
 * expiry in milliseconds of the Redis server's clock ({@code TIME}), so nodes with skewed clocks agree.
 *
 * <p>Thread-safety: immutable.
 */
public final class LeaseScripts {

    private static final String NOW = String.join("\n",
            "local t = redis.call('TIME')",
            "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)",
            "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)");

    /**
     * Lets the key expire with its last lease: a TTL relative to now would let a node with a shorter TTL cut the
     * leases of one with a longer TTL.
     */
    private static final String EXPIRE_WITH_LAST_LEASE = String.join("\n",
            "local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')",
            "if last[2] then redis.call('PEXPIREAT', KEYS[1], last[2]) end");

    /**
     * KEYS: the lease key. ARGV: holder, most holders, TTL in ms. Drops expired holders, then adds (or renews)
     * this holder if it holds already or there is room. Replies 1 when held, 0 when full.
     */
    public static final LuaScript ACQUIRE = new LuaScript(String.join("\n", NOW,
            "if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then",
            "  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])",
            EXPIRE_WITH_LAST_LEASE,
            "  return 1",
            "end",
            "return 0"));

    /**
     * KEYS: the lease key. ARGV: TTL in ms, then holders. Extends every holder still present (never re-adds one,
     * so a renewal racing a release cannot resurrect it); replies the holders that were gone.
     */
    public static final LuaScript RENEW = new LuaScript(String.join("\n", NOW,
            "local lost = {}",
            "for i = 2, #ARGV do",
            "  if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[i]) == 0",
            "      and not redis.call('ZSCORE', KEYS[1], ARGV[i]) then",
            "    table.insert(lost, ARGV[i])",
            "  end",
            "end",
            EXPIRE_WITH_LAST_LEASE,
            "return lost"));

    /** KEYS: the lease key. Replies how many unexpired holders there are. */
    public static final LuaScript COUNT = new LuaScript(String.join("\n", NOW,
            "return redis.call('ZCARD', KEYS[1])"));

    private LeaseScripts() {
    }
}
