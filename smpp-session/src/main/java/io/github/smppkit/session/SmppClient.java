package io.github.smppkit.session;

import io.github.smppkit.session.internal.ClientConnector;
import io.github.smppkit.session.internal.OutbindAcceptor;
import io.github.smppkit.session.internal.ReconnectingSession;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;

/**
 * Opens ESME sessions.
 *
 * <pre>{@code
 * try (SmppSession s = SmppClient.connect(SmppClient.builder().host("smsc").port(2775)
 *         .systemId("id").password("pw").bindType(BindType.TRANSCEIVER).build())) {
 *     SubmitSmResp r = s.send(submitSm);
 * }
 * }</pre>
 *
 * <p>Each session gets a reader thread, a writer thread and a timer thread from the configured
 * {@code ThreadFactory}. Over plain TCP, a request sent while no other is in flight, and the answers to what the
 * reader has just read, are written on the thread that has them when the socket takes them at once (never
 * blocking it); the rest goes through the writer thread. With {@link ReconnectPolicy#enabled()} the returned
 * session survives link loss.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class SmppClient {

    private SmppClient() {
    }

    /**
     * Returns a config builder.
     *
     * @return a builder with the defaults
     */
    public static ClientConfig.Builder builder() {
        return ClientConfig.builder();
    }

    /**
     * Connects, binds and returns the bound session. Without reconnect, the session closes for good when the
     * link drops, and the first failure is thrown. With reconnect, transient failures of this first connect
     * (ESME_RALYBND, a refused or timed-out connection, ...) are retried with the policy's back-off within its
     * {@link ReconnectPolicy#firstConnectDeadline()}, and the session re-binds in the background after link loss.
     *
     * @param config the settings
     * @return a bound session
     * @throws SmppBindException if the SMSC refused the bind (its status inside); with reconnect, at once for a
     *     permanent refusal, else once the first connect's retries are over
     * @throws SmppConnectionException if the connection failed, closed during the bind, or the connection or
     *     the bind response did not come in time (then with an {@code SmppTimeoutException} or
     *     {@code SocketTimeoutException} as cause)
     * @throws SmppInterruptedException if the thread was interrupted
     */
    public static SmppSession connect(ClientConfig config) {
        if (config.reconnect().enabled()) {
            return ReconnectingSession.connect(config);
        }
        return ClientConnector.connect(config);
    }

    /**
     * Accepts one connection from an SMSC that uses outbind (reference §4.3), waits for its {@code outbind},
     * checks that it carries the expected SMSC's system_id and password, and binds on that connection as
     * configured (RECEIVER or TRANSCEIVER). Anyone who can reach the listener can send an outbind, and our bind
     * answers with our own system_id and password: an outbind with other credentials therefore closes the
     * connection before anything is sent, and this method throws. Both fields are compared in time that does not
     * depend on where they differ. An accepted outbind also reaches the request handler's {@code notification}
     * method; a refused one does not. Plain TCP only; the config's host, port, TLS and reconnect are not used.
     *
     * @param config the settings
     * @param listener a bound {@link ServerSocketChannel} in blocking mode, owned by the caller
     * @param timeout bound on the accept and on the outbind
     * @param smscSystemId the system_id the SMSC's outbind must carry
     * @param smscPassword the password the SMSC's outbind must carry ({@code ""} if it sends none)
     * @return the bound session
     * @throws IllegalArgumentException if the bind type is TRANSMITTER or TLS is configured
     * @throws NullPointerException if {@code smscSystemId} or {@code smscPassword} is null
     * @throws SmppBindException if the SMSC refused the bind
     * @throws SmppConnectionException if no connection, outbind or bind response came in time, the outbind carried
     *     other credentials, or the connection failed
     */
    public static SmppSession acceptOutbind(ClientConfig config, ServerSocketChannel listener, Duration timeout,
            String smscSystemId, String smscPassword) {
        return OutbindAcceptor.accept(config, listener, timeout, smscSystemId, smscPassword);
    }
}
