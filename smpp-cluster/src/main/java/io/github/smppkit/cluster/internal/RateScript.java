package io.github.smppkit.cluster.internal;

/**
 * The Lua token bucket behind {@code RedisRateLimiter}: a hash {@code tokens, ts} refilled by the Redis
 * server's clock ({@code TIME}, microseconds), so every node sees one bucket and one clock.
 *
 * <p>Thread-safety: immutable.
 */
public final class RateScript {

    /**
     * KEYS: the bucket. ARGV: rate per second, capacity, segments, {@code try} or {@code reserve}. With
     * {@code try} takes the segments only if stored (reply 0) else changes nothing but the refill (reply -1);
     * with {@code reserve} always takes them, going into debt, and replies the microseconds to wait until the
     * debt is paid. The key expires once the bucket would be full again, as an absent bucket is a full one.
     */
    public static final LuaScript TAKE = new LuaScript(String.join("\n",
            "local t = redis.call('TIME')",
            "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
            "local rate = tonumber(ARGV[1])",
            "local cap = tonumber(ARGV[2])",
            "local n = tonumber(ARGV[3])",
            "local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')",
            "local tokens = tonumber(b[1])",
            "local ts = tonumber(b[2])",
            "if not tokens or not ts then tokens = cap; ts = now end",
            "if now > ts then",
            "  tokens = math.min(cap, tokens + (now - ts) * rate / 1000000)",
            "  ts = now",
            "end",
            "local reply = 0",
            "if ARGV[4] == 'try' and tokens < n then",
            "  reply = -1",
            "else",
            "  tokens = tokens - n",
            "  if tokens < 0 then reply = math.ceil(-tokens * 1000000 / rate) end",
            "end",
            // %.17g keeps every digit of a microsecond timestamp; tostring would round it to 14.
            "redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'ts', string.format('%.17g', ts))",
            "redis.call('PEXPIRE', KEYS[1], math.ceil((cap - tokens) * 1000 / rate) + 1000)",
            "return reply"));

    private RateScript() {
    }
}
