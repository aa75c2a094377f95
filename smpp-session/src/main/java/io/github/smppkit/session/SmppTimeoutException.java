package io.github.smppkit.session;

/**
 * Thrown when an awaited response, window slot, connection or bind did not arrive in time.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class SmppTimeoutException extends SmppException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed
     */
    public SmppTimeoutException(String message) {
        super(Category.TIMEOUT, message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed
     * @param cause the cause
     */
    public SmppTimeoutException(String message, Throwable cause) {
        super(Category.TIMEOUT, message, cause);
    }
}
