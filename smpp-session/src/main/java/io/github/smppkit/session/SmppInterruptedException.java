package io.github.smppkit.session;

/**
 * Thrown when the calling thread was interrupted; the operation was cancelled, its window slot freed and the
 * thread's interrupt flag restored.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class SmppInterruptedException extends SmppException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed
     */
    public SmppInterruptedException(String message) {
        super(Category.INTERRUPTED, message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed
     * @param cause the cause
     */
    public SmppInterruptedException(String message, Throwable cause) {
        super(Category.INTERRUPTED, message, cause);
    }
}
