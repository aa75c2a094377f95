package io.github.smppkit.cluster.internal;

import io.github.smppkit.cluster.ClusterException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A parsed {@code redis://[[user]:password@]host[:port][/database]} (or {@code rediss://} for TLS). The
 * credentials are kept apart and never appear in {@link #toString()} or in the errors thrown while parsing.
 *
 * <p>Thread-safety: immutable.
 *
 * @param tls whether the scheme is {@code rediss}
 * @param host the host name or address
 * @param port the port, 6379 by default
 * @param database the database index, 0 by default
 * @param user the ACL user name, {@code ""} for the default user
 * @param password the password, {@code ""} for none
 */
public record RedisUri(boolean tls, String host, int port, int database, String user, String password) {

    private static final String EXPECTED = "(expected redis://[[user]:password@]host[:port][/database])";

    /**
     * Parses a URI.
     *
     * @param text the URI
     * @return the parts
     * @throws ClusterException with reason {@code BAD_URI}, naming what is wrong but not the credentials
     */
    public static RedisUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw bad("redis uri: empty " + EXPECTED);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            // The input may hold a password, so only the position of the fault is reported.
            throw bad("redis uri: not a valid URI at index " + e.getIndex() + " " + EXPECTED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw bad("redis uri: scheme '" + scheme + "' " + EXPECTED);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw bad("redis uri: no host " + EXPECTED);
        }
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        if (port < 1 || port > 65_535) {
            throw bad("redis uri: port " + port + " (expected 1..65535)");
        }
        String[] credentials = credentials(uri.getUserInfo());
        return new RedisUri(scheme.equals("rediss"), host, port, database(uri.getPath()), credentials[0],
                credentials[1]);
    }

    private static String[] credentials(String userInfo) {
        if (userInfo == null || userInfo.isEmpty()) {
            return new String[] {"", ""};
        }
        int colon = userInfo.indexOf(':');
        // "redis://secret@host" is the common shorthand for a password without a user name.
        return colon < 0
                ? new String[] {"", userInfo}
                : new String[] {userInfo.substring(0, colon), userInfo.substring(colon + 1)};
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        String digits = path.substring(1);
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("redis uri: database '" + digits + "' (expected a number 0..65535)");
        }
        return Integer.parseInt(digits);
    }

    private static ClusterException bad(String message) {
        return new ClusterException(ClusterException.Reason.BAD_URI, message, null);
    }

    /**
     * Tells whether a password was given.
     *
     * @return whether to authenticate
     */
    public boolean hasPassword() {
        return !password.isEmpty();
    }

    /**
     * Returns the server as {@code host:port}, for messages.
     *
     * @return the address
     */
    public String address() {
        return host + ":" + port;
    }

    /** Returns the URI without credentials, e.g. {@code redis://host:6379/0}. */
    @Override
    public String toString() {
        return (tls ? "rediss://" : "redis://") + (hasPassword() || !user.isEmpty() ? "***@" : "") + address() + "/"
                + database;
    }
}
