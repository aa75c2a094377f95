package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindDecision;
import io.github.smppkit.session.BindRequest;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.session.TlsConfig;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server: accept loop, bind authentication and per-system_id limits, bind timeout, the set of sessions,
 * and a bounded graceful close.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class ServerCore implements SessionHooks {

    private static final System.Logger LOG = System.getLogger(ServerCore.class.getName());
    /** How long {@link #close()} waits for the acceptor thread, which a closed channel wakes at once. */
    private static final long ACCEPTOR_EXIT_MILLIS = 1_000;
    /** The pause after a failed accept: out of file descriptors, accept fails at once again and again. */
    private static final long ACCEPT_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ServerConfig config;
    private final Settings settings;
    private final ServerSocketChannel channel;
    private final ScheduledThreadPoolExecutor timer;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final ReentrantLock bindLock = new ReentrantLock();
    private final Map<String, Integer> bound = new HashMap<>();
    private final Map<Session, String> boundAs = new ConcurrentHashMap<>();
    private final Thread acceptor;
    private volatile boolean closed;

    private ServerCore(ServerConfig config, ServerSocketChannel channel) {
        this.config = config;
        this.settings = Settings.of(config);
        this.channel = channel;
        this.timer = ClientConnector.timer(config.threadFactory());
        this.acceptor = config.threadFactory().newThread(this::acceptLoop);
    }

    /**
     * Binds the listening socket and starts accepting.
     *
     * @param config the settings
     * @return the running server
     */
    public static ServerCore start(ServerConfig config) {
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        if (address.isUnresolved()) {
            // bind would throw an UnresolvedAddressException, which has no message
            throw new SmppConnectionException("listen: the host " + config.host() + " cannot be resolved");
        }
        ServerSocketChannel ch = null;
        try {
            ch = ServerSocketChannel.open();
            ch.bind(address, 128);
        } catch (IOException e) {
            if (ch != null) {
                closeQuietly(ch); // bound to nothing, but open
            }
            throw new SmppConnectionException("listen: " + config.host() + ":" + config.port() + " failed: " + e, e);
        }
        ServerCore core = new ServerCore(config, ch);
        core.acceptor.start();
        return core;
    }

    /**
     * Returns the bound address.
     *
     * @return the local address
     */
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new SmppConnectionException("server closed", e);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel ch;
            try {
                ch = channel.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "accept failed", e);
                LockSupport.parkNanos(this, ACCEPT_RETRY_NANOS);
                continue;
            }
            try {
                open(ch, config.tls().orElse(null));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "connection setup failed", e);
                closeQuietly(ch);
            }
        }
    }

    private Session open(SocketChannel ch, TlsConfig tls) throws IOException {
        if (closed || sessions.size() >= config.maxConnections()) {
            LOG.log(Level.WARNING, () -> "connection refused: " + sessions.size() + " open (maxConnections "
                    + config.maxConnections() + ")");
            closeQuietly(ch);
            return null;
        }
        Session s = new Session(settings, Transports.accept(ch, tls), timer, this, BindType.TRANSCEIVER, null);
        sessions.add(s);
        s.start();
        timer.schedule(() -> {
            SessionState st = s.state();
            if (st == SessionState.OPEN || st == SessionState.BINDING) {
                s.close("not bound within " + config.bindTimeout());
            }
        }, config.bindTimeout().toNanos(), TimeUnit.NANOSECONDS);
        if (closed) {
            s.close("server closed");
        }
        return s;
    }

    /**
     * Connects to an ESME that listens for outbind, sends outbind, and serves the connection like an accepted one:
     * the ESME answers with bind_receiver or bind_transceiver, authenticated as usual (reference §4.3). Plain TCP.
     *
     * @param esme where the ESME listens
     * @param systemId system_id to send in the outbind
     * @param password password to send in the outbind
     * @return the session, bound once the ESME binds
     * @throws IOException if the connection fails or the server is full
     */
    public SmppSession outbind(InetSocketAddress esme, String systemId, String password) throws IOException {
        SocketChannel ch = SocketChannel.open();
        try {
            ch.socket().connect(esme, (int) Math.min(Integer.MAX_VALUE, config.bindTimeout().toMillis()));
        } catch (IOException e) {
            closeQuietly(ch);
            throw e;
        }
        // plain TCP even on a TLS server: the ESME listening for outbind speaks it (OutbindAcceptor)
        Session s = open(ch, null);
        if (s == null) {
            throw new IOException("refused: " + config.maxConnections() + " connections open");
        }
        // numbered like any request: 0 is reserved for a generic_nack (reference §2.3), and strict ESMEs refuse it
        Outbind outbind = new Outbind(s.outflow().nextSequenceNumber(), systemId, password, Tlvs.empty());
        s.enqueue(new Outbound(outbind, settings.codec().encodedLength(outbind), ""));
        return s.facade();
    }

    /**
     * Waits, briefly, for the acceptor to leave: closing a channel that a thread is blocked accepting on only
     * signals that thread, and the socket (with the port) goes when it returns. A server restarted on the same
     * port right after {@link #close()} would otherwise fail to bind.
     */
    private void awaitAcceptor() {
        if (Thread.currentThread() == acceptor) {
            return;
        }
        try {
            acceptor.join(ACCEPTOR_EXIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Channel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "close failed", e);
        }
    }

    @Override
    public void bindReceived(Session session, Bind<?> bind) {
        BindType type = BindType.of(bind.commandId());
        BindDecision decision;
        try {
            decision = config.authenticator().authenticate(new BindRequest(bind.systemId(), bind.password(),
                    bind.systemType(), type, bind.interfaceVersion(), bind.addressRange(), session.remoteAddress()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "authenticator failed; bind refused", e);
            decision = BindDecision.reject(CommandStatus.ESME_RBINDFAIL);
        }
        if (decision.accepted() && !reserve(session, bind.systemId())) {
            decision = BindDecision.reject(CommandStatus.ESME_RALYBND);
        }
        if (!decision.accepted()) {
            session.sendResponse(bind.response(decision.status()), "bind refused: " + decision.status());
            return;
        }
        // bind_resp is queued as the session becomes bound: a PDU that a 'bound' observer sends at once (a held
        // receipt, say) must not reach the ESME before it, and a server closing meanwhile must unbind the ESME
        InterfaceVersion peerVersion = decision.peerVersion().orElse(bind.interfaceVersion());
        session.bound(bindResponse(bind, peerVersion), type, bind.systemId(), peerVersion, InterfaceVersion.V50);
    }

    /**
     * Builds the OK response; sc_interface_version only towards 3.4+ ESMEs (reference §4.2), naming 5.0 to those
     * that bound as 5.0 or later and 3.4 to the others, which may not know 5.0.
     */
    private BindResp bindResponse(Bind<?> bind, InterfaceVersion peerVersion) {
        InterfaceVersion own = peerVersion.value() >= InterfaceVersion.V50.value() ? InterfaceVersion.V50
                : InterfaceVersion.V34;
        Tlvs tlvs = peerVersion.supportsTlvs()
                ? Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, own.value()) : Tlvs.empty();
        int seq = bind.sequenceNumber();
        switch (bind.commandId()) {
            case BIND_TRANSMITTER:
                return new BindTransmitterResp(seq, CommandStatus.ESME_ROK, config.systemId(), tlvs);
            case BIND_RECEIVER:
                return new BindReceiverResp(seq, CommandStatus.ESME_ROK, config.systemId(), tlvs);
            default:
                return new BindTransceiverResp(seq, CommandStatus.ESME_ROK, config.systemId(), tlvs);
        }
    }

    private boolean reserve(Session session, String systemId) {
        bindLock.lock();
        try {
            int n = bound.getOrDefault(systemId, 0);
            if (n >= config.maxBindsPerSystemId() || session.isClosed()) {
                return false;
            }
            bound.put(systemId, n + 1);
            boundAs.put(session, systemId);
            return true;
        } finally {
            bindLock.unlock();
        }
    }

    @Override
    public void closed(Session session, String reason) {
        sessions.remove(session);
        String systemId = boundAs.remove(session);
        if (systemId != null) {
            bindLock.lock();
            try {
                bound.computeIfPresent(systemId, (k, n) -> n <= 1 ? null : n - 1);
            } finally {
                bindLock.unlock();
            }
        }
    }

    /**
     * Returns the bound sessions.
     *
     * @return a snapshot
     */
    public List<SmppSession> sessions() {
        List<SmppSession> out = new ArrayList<>();
        for (Session s : sessions) {
            if (s.state() == SessionState.BOUND) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Closes: stops accepting (the port is free once this returns), unbinds every session in parallel (bounded by
     * the response timeout), then closes what is left.
     */
    public void close() {
        close(config.responseTimeout().multipliedBy(2).plusSeconds(1));
    }

    /**
     * Closes as {@link #close()} does, but closes the sessions still open after {@code grace}.
     *
     * @param grace how long the unbinds may take in all
     */
    public void close(Duration grace) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "close failed", e);
        }
        awaitAcceptor();
        List<Thread> unbinding = new ArrayList<>();
        for (Session s : sessions) {
            Thread t = config.threadFactory().newThread(s::unbind);
            t.start();
            unbinding.add(t);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread t : unbinding) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(t, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Session s : new ArrayList<>(sessions)) {
            s.close("server closed");
        }
        timer.shutdownNow();
    }
}
