package io.github.smppkit.session;

import io.github.smppkit.session.internal.Durations;
import io.github.smppkit.session.internal.ServerCore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMSC-side listener: accepts connections, authenticates binds, enforces the per-system_id bind limit and
 * the bind timeout, answers enquire_link and unbind, and hands ESME requests to the request handler. Bound
 * sessions are {@link SmppSession}s, so the server sends deliver_sm to a receiver or transceiver through
 * {@link #sessions(String)}.
 *
 * <p>Thread-safety: thread-safe. One acceptor and one timer thread per server, one reader and one writer per
 * connection, all from the configured {@code ThreadFactory}.
 *
 * @since 0.1.0
 */
public final class SmppServer implements AutoCloseable {

    private final ServerConfig config;
    private final ServerCore core;

    private SmppServer(ServerConfig config, ServerCore core) {
        this.config = config;
        this.core = core;
    }

    /**
     * Listens and starts accepting.
     *
     * @param config the settings
     * @return the running server
     * @throws SmppConnectionException if the address cannot be bound
     */
    public static SmppServer start(ServerConfig config) {
        return new SmppServer(config, ServerCore.start(config));
    }

    /**
     * Returns a config builder.
     *
     * @return a builder with the defaults
     */
    public static ServerConfig.Builder builder() {
        return ServerConfig.builder();
    }

    /**
     * Returns the address listened on (with the actual port when 0 was configured).
     *
     * @return the local address
     */
    public InetSocketAddress localAddress() {
        return core.localAddress();
    }

    /**
     * Returns the settings.
     *
     * @return the config
     */
    public ServerConfig config() {
        return config;
    }

    /**
     * Returns the bound sessions now.
     *
     * @return an immutable snapshot
     */
    public List<SmppSession> sessions() {
        return core.sessions();
    }

    /**
     * Opens a connection to an ESME that listens for outbind and sends it outbind; the ESME then binds as receiver
     * or transceiver on that connection and is served like any other (reference §4.3). Plain TCP.
     *
     * @param esme where the ESME listens
     * @param systemId system_id to put in the outbind
     * @param password password to put in the outbind
     * @return the session, bound once the ESME binds
     * @throws SmppConnectionException if the ESME cannot be reached or the server is full
     */
    public SmppSession outbind(InetSocketAddress esme, String systemId, String password) {
        try {
            return core.outbind(esme, systemId, password);
        } catch (IOException e) {
            throw new SmppConnectionException("outbind to " + esme + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the bound sessions of one ESME system_id.
     *
     * @param systemId the ESME's system_id
     * @return an immutable snapshot, possibly empty
     */
    public List<SmppSession> sessions(String systemId) {
        List<SmppSession> out = new ArrayList<>();
        for (SmppSession s : core.sessions()) {
            if (s.peerSystemId().equals(systemId)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Stops accepting, unbinds every session in parallel (each bounded by the response timeout) and closes what
     * is left. Idempotent.
     */
    @Override
    public void close() {
        core.close();
    }

    /**
     * Closes as {@link #close()} does, but gives the unbinds {@code grace} in all: sessions whose peer has not
     * answered by then (some clients never answer unbind) are closed without waiting longer.
     *
     * @param grace how long to wait for the unbinds, e.g. a few seconds when stopping on a signal
     * @throws IllegalArgumentException if {@code grace} is negative
     */
    public void close(Duration grace) {
        core.close(Durations.nonNegative(grace, "grace"));
    }
}
