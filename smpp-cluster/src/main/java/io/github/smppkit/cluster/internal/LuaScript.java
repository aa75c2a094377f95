package io.github.smppkit.cluster.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run with {@code EVALSHA}, falling back to {@code EVAL} (which caches it on the server) when the
 * server does not know it yet, e.g. after a restart.
 *
 * <p>Thread-safety: immutable.
 */
public final class LuaScript {

    private final String source;
    private final String sha;

    /**
     * Creates a script.
     *
     * @param source the Lua source
     */
    public LuaScript(String source) {
        this.source = source;
        this.sha = sha1(source);
    }

    /**
     * Runs the script.
     *
     * @param jedis the client
     * @param keys the keys it touches
     * @param args the arguments
     * @return the reply
     */
    public Object run(UnifiedJedis jedis, List<String> keys, List<String> args) {
        try {
            return jedis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return jedis.eval(source, keys, args);
        }
    }

    /**
     * Queues the script in a pipeline by its SHA-1 only: load it first ({@link #load}), as a pipeline cannot fall
     * back to {@code EVAL} per command.
     *
     * @param pipeline the pipeline
     * @param keys the keys it touches
     * @param args the arguments
     * @return the pending reply
     */
    public Response<Object> queue(AbstractPipeline pipeline, List<String> keys, List<String> args) {
        return pipeline.evalsha(sha, keys, args);
    }

    /**
     * Loads the script into the server's cache.
     *
     * @param jedis the client
     */
    public void load(UnifiedJedis jedis) {
        jedis.scriptLoad(source);
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
