package io.github.smppkit.session;

/**
 * Thrown when the connection failed or the session is closed; requests in flight fail with it.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class SmppConnectionException extends SmppException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed
     */
    public SmppConnectionException(String message) {
        super(Category.CONNECTION, message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed
     * @param cause the cause
     */
    public SmppConnectionException(String message, Throwable cause) {
        super(Category.CONNECTION, message, cause);
    }
}
