package io.github.smppkit.session;

/**
 * Thrown when the connection failed or the session is closed; requests in flight fail with it.
 *
 * <p>{@link #notSent()} tells a request that never left from one that did (or may have): only the first can be
 * sent again, on another session, without the risk of a duplicate message.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class SmppConnectionException extends SmppException {

    private static final long serialVersionUID = 1L;

    private final boolean notSent;

    /**
     * Creates an exception.
     *
     * @param message what failed
     */
    public SmppConnectionException(String message) {
        this(message, null, false);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed
     * @param cause the cause
     */
    public SmppConnectionException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private SmppConnectionException(String message, Throwable cause, boolean notSent) {
        super(Category.CONNECTION, message, cause);
        this.notSent = notSent;
    }

    /**
     * Creates the exception of a request that the session did not send: it was refused, or dropped before any of
     * its octets were written.
     *
     * @param message what failed
     * @return the exception
     * @since 0.1.0
     */
    public static SmppConnectionException notSent(String message) {
        return new SmppConnectionException(message, null, true);
    }

    /**
     * Tells whether the request is known not to have left: none of its octets were written, so the peer never saw
     * it. {@code false} when it was written, or may have been, before the connection ended; the peer may then have
     * accepted it.
     *
     * @return {@code true} if the request never left
     */
    public boolean notSent() {
        return notSent;
    }
}
