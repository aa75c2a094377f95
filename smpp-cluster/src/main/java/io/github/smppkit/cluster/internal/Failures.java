package io.github.smppkit.cluster.internal;

import io.github.smppkit.cluster.ClusterException;
import io.github.smppkit.cluster.ClusterException.Reason;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Turns Jedis exceptions into {@link ClusterException}s with a reason and a message naming the server by
 * {@code host:port} only.
 *
 * <p>Thread-safety: stateless.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Classifies a Jedis failure.
     *
     * @param uri the server
     * @param what the operation, for the message (e.g. {@code "receipt store: record submission"})
     * @param e the failure
     * @return the exception to throw
     */
    public static ClusterException map(RedisUri uri, String what, JedisException e) {
        if (e instanceof JedisAccessControlException || isAuthError(e)) {
            return new ClusterException(Reason.AUTHENTICATION_FAILED, what + ": authentication to redis at "
                    + uri.address() + " failed (check the user and password in the URI)", e);
        }
        if (e instanceof JedisConnectionException) {
            if (causedBy(e, ConnectException.class)) {
                return new ClusterException(Reason.CONNECTION_REFUSED, what + ": connection to redis at "
                        + uri.address() + " refused (is redis-server running there?)", e);
            }
            if (causedBy(e, UnknownHostException.class)) {
                return new ClusterException(Reason.CONNECTION_REFUSED, what + ": unknown redis host "
                        + uri.host(), e);
            }
            return new ClusterException(Reason.UNAVAILABLE, what + ": redis at " + uri.address()
                    + " unavailable (" + e.getClass().getSimpleName() + ")", e);
        }
        if (e instanceof JedisDataException) {
            return new ClusterException(Reason.PROTOCOL, what + ": redis at " + uri.address()
                    + " answered with an error (" + firstWord(e.getMessage()) + ")", e);
        }
        // E.g. no pooled connection within the timeout, or the pool closed.
        return new ClusterException(Reason.UNAVAILABLE, what + ": redis at " + uri.address() + " unavailable ("
                + e.getMessage() + ")", e);
    }

    private static boolean isAuthError(JedisException e) {
        if (!(e instanceof JedisDataException) || e.getMessage() == null) {
            return false;
        }
        String word = firstWord(e.getMessage());
        // "ERR AUTH <password> called without any password configured for the default user" is also a
        // credentials problem, even though Redis files it under ERR.
        return word.equals("NOAUTH") || word.equals("WRONGPASS") || word.equals("NOPERM")
                || (word.equals("ERR") && e.getMessage().contains(" AUTH "));
    }

    private static String firstWord(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int space = m.indexOf(' ');
        return (space < 0 ? m : m.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        // Jedis wraps per-address connect failures as suppressed exceptions of a generic one.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (type.isInstance(s) || type.isInstance(s.getCause())) {
                    return true;
                }
            }
        }
        return false;
    }
}
