package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.Response;
import java.util.Optional;

/**
 * What a {@link RequestHandler} wants done with an inbound request.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class HandlerResult {

    /**
     * The kind of result.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Send the given response. */
        ANSWER,
        /** Send the request's default OK response (empty message_id). */
        DEFAULT_ANSWER,
        /** The handler calls {@link SmppSession#respond} itself later. */
        DEFERRED
    }

    private static final HandlerResult DEFAULT = new HandlerResult(Kind.DEFAULT_ANSWER, null);
    private static final HandlerResult DEFERRED = new HandlerResult(Kind.DEFERRED, null);

    private final Kind kind;
    private final Response response;

    private HandlerResult(Kind kind, Response response) {
        this.kind = kind;
        this.response = response;
    }

    /**
     * Answers with this response; a sequence number of 0 is replaced by the request's.
     *
     * @param response the response
     * @return the result
     */
    public static HandlerResult answer(Response response) {
        if (response == null) {
            throw new NullPointerException("response");
        }
        return new HandlerResult(Kind.ANSWER, response);
    }

    /**
     * Answers with the request's OK response built by {@code Request.response(ESME_ROK)}.
     *
     * @return the result
     */
    public static HandlerResult defaultAnswer() {
        return DEFAULT;
    }

    /**
     * Sends nothing now: the handler answers later with {@link SmppSession#respond}. Until it does, the request
     * counts against the session's inbound limit. When the peer unbinds meanwhile, its {@code unbind_resp} (after
     * which the connection closes) waits for such answers, up to 1 s or the response timeout if shorter.
     *
     * @return the result
     */
    public static HandlerResult deferred() {
        return DEFERRED;
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the response for {@link Kind#ANSWER}.
     *
     * @return the response, empty for the other kinds
     */
    public Optional<Response> response() {
        return Optional.ofNullable(response);
    }

    @Override
    public String toString() {
        return "HandlerResult[" + kind + (response == null ? "" : ", " + response.commandId()) + "]";
    }
}
