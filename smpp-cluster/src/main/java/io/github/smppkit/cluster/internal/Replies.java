package io.github.smppkit.cluster.internal;

import io.github.smppkit.cluster.ClusterException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads script replies, which Jedis hands over as lists of strings (or bytes).
 *
 * <p>Thread-safety: stateless.
 */
public final class Replies {

    private Replies() {
    }

    /**
     * Reads a list reply.
     *
     * @param reply the reply
     * @return its elements as strings, in a mutable list
     * @throws ClusterException with reason {@code PROTOCOL} for anything else
     */
    public static List<String> strings(Object reply) {
        if (!(reply instanceof List<?>)) {
            throw unexpected(reply);
        }
        List<?> list = (List<?>) reply;
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(string(o));
        }
        return out;
    }

    /**
     * Reads a bulk string reply.
     *
     * @param reply the reply
     * @return the string
     * @throws ClusterException with reason {@code PROTOCOL} for anything else
     */
    public static String string(Object reply) {
        if (reply instanceof String) {
            return (String) reply;
        }
        if (reply instanceof byte[]) {
            return new String((byte[]) reply, StandardCharsets.UTF_8);
        }
        throw unexpected(reply);
    }

    private static ClusterException unexpected(Object reply) {
        return new ClusterException(ClusterException.Reason.PROTOCOL, "receipt store: unexpected reply from redis: "
                + (reply == null ? "nil" : reply.getClass().getSimpleName()), null);
    }
}
