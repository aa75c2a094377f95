package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * One SMPP session, client (ESME) or server (SMSC) side, with two call styles over the same connection.
 *
 * <p><b>Outcomes.</b> Every request sent through a session completes exactly once: with the peer's response
 * <em>whatever its command_status</em> (a {@code generic_nack} for it becomes the request's own response type
 * with the nack's status), or with an {@link SmppException}: {@link SmppTimeoutException} when no response
 * came within the response timeout, {@link SmppConnectionException} when the session closed (or, with
 * reconnect, the link dropped) before the answer, {@link SmppInterruptedException} when the waiting thread
 * was interrupted, or an {@link SmppException} of category {@code PROTOCOL} when the PDU cannot be sent here.
 * Nothing is left pending after {@link #unbind()} or {@link #close()}. Use
 * {@link SmppStatusException#check(Response)} to turn an error status into an exception.
 *
 * <p><b>Window.</b> At most {@code windowSize} requests are outstanding. {@link #send} and
 * {@link #sendAsync} wait for a slot (at most the response timeout); {@link #trySend} never waits. A request
 * whose sequence number is 0 gets the next one (1..0x7FFFFFFF, wrapping to 1).
 *
 * <p><b>Not sent by callers:</b> binds (made by {@link SmppClient#connect}) and {@code unbind} (use
 * {@link #unbind()}) are refused with category PROTOCOL, as are requests the bind type does not allow
 * (reference §2.7), e.g. submit_sm on a receiver.
 *
 * <p>Thread-safety: thread-safe. Futures and callbacks complete on the session's reader thread (timeouts on
 * the timer thread; a request answered before {@code sendAsync}/{@code trySend} returns completes on the
 * calling thread; a close fails what is pending on the thread that closes, which may be a sender whose write
 * found the connection broken) unless a callback executor is configured; do not block in them. A request handler runs on
 * the reader thread: there {@link #send} and a {@link #sendAsync} that would wait for a window slot fail at
 * once with category PROTOCOL instead of blocking the reads that would answer them.
 *
 * @since 0.1.0
 */
public interface SmppSession extends AutoCloseable {

    /**
     * Sends a request and waits for its response.
     *
     * @param request the request; sequence number 0 lets the session assign one
     * @param <R> the response type
     * @return the response, whatever its status
     * @throws SmppTimeoutException if no window slot or no response came in time
     * @throws SmppConnectionException if the session is or becomes closed
     * @throws SmppInterruptedException if the thread is interrupted (the request is cancelled, the flag kept)
     * @throws SmppException of category PROTOCOL if the request cannot be sent in this session
     */
    <R extends Response> R send(Request<R> request);

    /**
     * Sends a request, waiting only for a window slot (at most the response timeout), the rate limiter and,
     * on a reconnecting client between two links, for the next bind (at most the response timeout). Failures
     * complete the future; only an interrupt is thrown.
     *
     * @param request the request
     * @param <R> the response type
     * @return a future completed with the response (whatever its status) or an {@link SmppException}
     * @throws SmppInterruptedException if the thread is interrupted while waiting for a slot
     */
    <R extends Response> CompletableFuture<R> sendAsync(Request<R> request);

    /**
     * Sends a request if a window slot and rate are available now; never waits.
     *
     * @param request the request
     * @param callback called exactly once when the status is {@link SendStatus#SENT}, never otherwise
     * @return whether it was sent
     * @throws SmppException of category PROTOCOL if the request can never be sent in this session
     */
    SendStatus trySend(Request<?> request, ResponseCallback callback);

    /**
     * Sends a response to an inbound request, for handlers that returned {@link HandlerResult#deferred()}. A
     * response whose sequence number matches no inbound request awaiting an answer is still sent.
     *
     * @param response the response, carrying the request's sequence number
     * @throws SmppConnectionException if the session is closed
     */
    void respond(Response response);

    /**
     * Unbinds gracefully: stops accepting new requests, waits (bounded by the response timeout) for outstanding
     * requests to complete and for the peer's requests to be answered, sends {@code unbind}, waits for
     * {@code unbind_resp} (bounded by the response timeout) and closes once the answers to requests that crossed
     * the unbind are written (within 1 s). Requests that crossed the peer's own unbind are answered before its
     * {@code unbind_resp} in the same way. Called from a request handler, it cannot
     * wait for answers (its own request's is among them) and sends {@code unbind} at once. Returns normally even if
     * the peer did not answer; everything pending has completed when it returns. On a reconnecting client session it
     * also stops reconnecting.
     */
    void unbind();

    /**
     * Closes the connection at once, without unbind; every pending request fails with "session closed".
     * Idempotent: when the session is already closing on another thread (its reader, on the peer's disconnect), this
     * returns once that close has finished, observers and the bind slot's release included.
     */
    @Override
    void close();

    /**
     * Returns the state.
     *
     * @return the current state
     */
    SessionState state();

    /**
     * Returns the bind type (for a server session, how the ESME bound; before that, the type configured or
     * requested).
     *
     * @return the bind type
     */
    BindType bindType();

    /**
     * Returns this side's system_id: the ESME's on a client, the SMSC's on a server.
     *
     * @return own system_id
     */
    String systemId();

    /**
     * Returns the peer's system_id: the SMSC's from the bind response on a client, the ESME's from the bind
     * request on a server; {@code ""} before the bind.
     *
     * @return peer system_id
     */
    String peerSystemId();

    /**
     * Returns the peer's interface version: on a client from {@code sc_interface_version} in the bind response
     * (absent means 3.3, reference §4.2), on a server from the bind request. TLVs are only sent to 3.4+ peers.
     *
     * @return the peer version, {@link InterfaceVersion#V33} before the bind
     */
    InterfaceVersion peerInterfaceVersion();

    /**
     * Returns the number of own requests awaiting a response.
     *
     * @return outstanding requests
     */
    int pendingCount();

    /**
     * Returns the peer's address (the last one for a reconnecting client session).
     *
     * @return the remote socket address
     */
    InetSocketAddress remoteAddress();
}
