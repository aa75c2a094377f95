package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * A response carried a non-OK command_status. The session's {@code send} methods return responses whatever
 * their status; this exception is for callers that want to turn an error answer into an exception
 * ({@link #check(Response)}) and for bind failures ({@link SmppBindException}).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public class SmppStatusException extends SmppException {

    private static final long serialVersionUID = 1L;

    private final transient Response response;

    /**
     * Creates an exception for a response.
     *
     * @param category the category ({@link Category#STATUS} or {@link Category#BIND})
     * @param message the message
     * @param response the response carrying the status
     */
    protected SmppStatusException(Category category, String message, Response response) {
        super(category, message);
        if (response == null) {
            throw new NullPointerException("response");
        }
        this.response = response;
    }

    /**
     * Creates an exception for an error response.
     *
     * @param response the response carrying the status
     */
    public SmppStatusException(Response response) {
        this(Category.STATUS, describe(response), response);
    }

    /**
     * Returns the response unchanged if its status is OK, else throws.
     *
     * @param response the response
     * @param <R> the response type
     * @return {@code response}
     * @throws SmppStatusException if the status is not ESME_ROK
     */
    public static <R extends Response> R check(R response) {
        if (!response.status().isOk()) {
            throw new SmppStatusException(response);
        }
        return response;
    }

    static String describe(Response response) {
        return response.commandId().specName() + " status: " + response.status() + " (expected ESME_ROK), seq "
                + response.sequenceNumber();
    }

    /**
     * Returns the status.
     *
     * @return command_status of the response
     */
    public CommandStatus status() {
        return response.status();
    }

    /**
     * Returns the response (not kept when the exception is serialized).
     *
     * @return the response
     */
    public Response response() {
        return response;
    }
}
