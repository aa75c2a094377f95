package io.github.smppkit.session;

/**
 * Base of every exception the session layer throws. Unchecked; the {@link Category} says what kind of failure it
 * is, so callers can branch without a type ladder. Messages name what failed, the value and what was expected,
 * plus the command and sequence number where known; they never contain passwords or message text.
 *
 * <p>Thread-safety: immutable after construction.
 *
 * @since 0.1.0
 */
public class SmppException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * What kind of failure an exception reports.
     *
     * @since 0.1.0
     */
    public enum Category {
        /** The peer answered with a non-OK command_status. */
        STATUS,
        /** A bind was refused or could not be completed. */
        BIND,
        /** A response, a window slot or a connection did not come in time. */
        TIMEOUT,
        /** The connection failed, was closed, or the session is not (or no longer) usable. */
        CONNECTION,
        /** The calling thread was interrupted; the operation was cancelled. */
        INTERRUPTED,
        /** A PDU cannot be sent in this session (wrong direction, TLVs towards a v3.3 peer, encoding limit). */
        PROTOCOL
    }

    private final Category category;

    /**
     * Creates an exception.
     *
     * @param category the category
     * @param message the message
     * @param cause the cause, may be {@code null}
     */
    public SmppException(Category category, String message, Throwable cause) {
        super(message, cause);
        if (category == null) {
            throw new NullPointerException("category");
        }
        this.category = category;
    }

    /**
     * Creates an exception without a cause.
     *
     * @param category the category
     * @param message the message
     */
    public SmppException(Category category, String message) {
        this(category, message, null);
    }

    /**
     * Returns the category.
     *
     * @return the category
     */
    public Category category() {
        return category;
    }
}
