package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.Response;

/**
 * Receives the outcome of a request sent with {@link SmppSession#trySend}: exactly one call, with either the
 * response (whatever its status) or the failure.
 *
 * <p>Thread-safety: called on the session's reader thread (or timer thread for timeouts, or the callback
 * executor when one is configured); implementations must not block for long.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ResponseCallback {

    /**
     * Called once when the request completes.
     *
     * @param response the response, or {@code null} if the request failed
     * @param failure {@code null} on a response, else why the request failed (timeout, closed, ...)
     */
    void completed(Response response, SmppException failure);
}
