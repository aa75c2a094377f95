package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppSession;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The ESME side of outbind (reference §4.3): accept the SMSC's connection, wait for its outbind, check that it
 * carries the expected SMSC's system_id and password, then bind as receiver or transceiver on that same
 * connection. Plain TCP only.
 *
 * <p>Thread-safety: stateless.
 */
public final class OutbindAcceptor {

    private OutbindAcceptor() {
    }

    /**
     * Accepts one outbind connection and binds on it. An outbind with other credentials closes the connection
     * before anything is sent: our bind carries our password, which only the expected SMSC may see.
     *
     * @param c the settings (bind type RECEIVER or TRANSCEIVER; host and port are not used)
     * @param listener a bound server socket channel in blocking mode
     * @param timeout bound on the accept and on the outbind
     * @param smscSystemId the system_id the outbind must carry
     * @param smscPassword the password the outbind must carry
     * @return the bound session
     */
    public static SmppSession accept(ClientConfig c, ServerSocketChannel listener, Duration timeout,
            String smscSystemId, String smscPassword) {
        if (c.bindType() == BindType.TRANSMITTER) {
            throw new IllegalArgumentException("bindType: TRANSMITTER (expected RECEIVER or TRANSCEIVER after an"
                    + " outbind)");
        }
        if (c.tls().isPresent()) {
            throw new IllegalArgumentException("tls: outbind over TLS is not supported (expected plain TCP)");
        }
        Durations.positive(timeout, "timeout");
        Durations.present(smscSystemId, "smscSystemId");
        Durations.present(smscPassword, "smscPassword");
        SocketChannel ch = acceptWithin(listener, timeout);
        try {
            c.bindAdmission().acquire(c.systemId());
        } catch (RuntimeException e) {
            // no bind will follow: the SMSC must not be left waiting for one on an open connection
            close(ch);
            throw e;
        }
        ScheduledThreadPoolExecutor timer = ClientConnector.timer(c.threadFactory());
        CompletableFuture<Outbind> outbind = new CompletableFuture<>();
        SessionHooks hooks = new SessionHooks() {
            @Override
            public void outbindReceived(Session session, Outbind o) {
                if (credentialsMatch(o, smscSystemId, smscPassword)) {
                    outbind.complete(o);
                    return;
                }
                // completed first, so that the close below does not report a plain "connection closed"
                outbind.completeExceptionally(new SmppConnectionException("outbind: system_id '" + o.systemId()
                        + "' and password are not the expected SMSC's; connection closed without a bind"));
                session.close("outbind refused: not the expected SMSC");
            }

            @Override
            public void closed(Session session, String reason) {
                c.bindAdmission().release(c.systemId());
                outbind.completeExceptionally(new SmppConnectionException("outbind: connection closed: " + reason));
                timer.shutdownNow();
            }
        };
        Session session;
        try {
            session = new Session(Settings.of(c), Transports.accept(ch, null), timer, hooks, c.bindType(), null);
        } catch (IOException | RuntimeException e) {
            c.bindAdmission().release(c.systemId());
            timer.shutdownNow();
            close(ch);
            throw new SmppConnectionException("outbind: connection setup failed: " + e, e);
        }
        session.start();
        try {
            outbind.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            session.close("outbind interrupted");
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("interrupted waiting for an outbind");
        } catch (ExecutionException e) {
            throw SendFailures.unwrap(e.getCause());
        } catch (TimeoutException e) {
            session.close("no outbind");
            throw new SmppConnectionException("outbind: none within " + timeout, e);
        }
        return ClientConnector.bindOn(c, session);
    }

    /**
     * Compares both fields in time that does not depend on where they differ, and evaluates both, so that the
     * answer time tells a peer nothing about the password.
     */
    private static boolean credentialsMatch(Outbind o, String systemId, String password) {
        return constantTimeEquals(o.systemId(), systemId) & constantTimeEquals(o.password(), password);
    }

    private static boolean constantTimeEquals(String received, String expected) {
        // UTF-8 keeps distinct strings distinct, whatever characters they hold
        return MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static SocketChannel acceptWithin(ServerSocketChannel listener, Duration timeout) {
        try {
            listener.socket().setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
            return listener.socket().accept().getChannel();
        } catch (SocketTimeoutException e) {
            throw new SmppConnectionException("outbind: no connection within " + timeout, e);
        } catch (IOException e) {
            throw new SmppConnectionException("outbind: accept failed: " + e, e);
        }
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            System.getLogger(OutbindAcceptor.class.getName()).log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }
}
