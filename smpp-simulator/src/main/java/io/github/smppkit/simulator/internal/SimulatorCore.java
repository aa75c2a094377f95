package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.text.Reassembler;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindAuthenticator;
import io.github.smppkit.session.BindDecision;
import io.github.smppkit.session.BindRequest;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.simulator.Received;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SimulatorStats;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A running simulator: the session server with the simulator's authenticator, request handler and observer, a
 * scheduler thread for receipts and MO messages, and the event recorder.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class SimulatorCore implements BindAuthenticator, SessionObserver, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatorCore.class.getName());
    private static final Duration EXPIRE_EVERY = Duration.ofSeconds(30);
    /**
     * How long closing waits for the ESMEs to answer unbind: a local peer answers in milliseconds, and some never
     * do (python-smpplib), which the 30 s response timeout would make a stopped simulator wait for.
     */
    static final Duration UNBIND_GRACE = Duration.ofSeconds(2);

    private final Settings settings;
    private final BindRegistry binds = new BindRegistry();
    private final RateGates gates;
    private final Recorder recorder;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Deliveries deliveries;
    private final Reassembler reassembler;
    private final SubmitHandler handler;
    private final SmppServer server;

    private SimulatorCore(Settings settings) {
        this.settings = settings;
        this.gates = new RateGates(settings.rate(), settings.clock());
        this.recorder = new Recorder(settings.listeners(), settings.maxRecorded());
        this.scheduler = new ScheduledThreadPoolExecutor(1, settings.threadFactory());
        this.scheduler.setRemoveOnCancelPolicy(true);
        MessageLedger ledger = new MessageLedger();
        this.deliveries = new Deliveries(settings, binds, recorder, scheduler, ledger);
        // Each submit_sm is a submission of its own, even one that repeats a part: nothing is a late duplicate.
        this.reassembler = Reassembler.builder().clock(settings.clock()).duplicateWindow(Duration.ZERO)
                .onIncomplete(m -> LOG.log(Level.INFO, () -> "incomplete message from " + m.source() + " to "
                        + m.destination() + " given up: " + m.parts().size() + " of " + m.total() + " parts, "
                        + m.reason()))
                .build();
        this.handler = new SubmitHandler(settings, binds, gates, recorder, deliveries, reassembler, ledger);
        // The bind limit is ours, not the server's: the server would answer ESME_RALYBND and frees a slot only
        // after the closed event, so a quick re-bind could be refused.
        ServerConfig config = settings.server().toBuilder().authenticator(this).requestHandler(handler)
                .sessionObserver(this).build();
        try {
            this.server = SmppServer.start(config);
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            throw e;
        }
        long every = EXPIRE_EVERY.toNanos();
        scheduler.scheduleWithFixedDelay(reassembler::expire, every, every, TimeUnit.NANOSECONDS);
    }

    /**
     * Starts a simulator.
     *
     * @param settings the settings
     * @return the running simulator
     */
    public static SimulatorCore start(Settings settings) {
        return new SimulatorCore(settings);
    }

    @Override
    public BindDecision authenticate(BindRequest request) {
        String systemId = request.systemId();
        Optional<Map<String, String>> credentials = settings.credentials();
        if (credentials.isPresent()) {
            String password = credentials.get().get(systemId);
            if (password == null) {
                return refuse(request, credentialsStatus(CommandStatus.ESME_RINVSYSID), "unknown system_id");
            }
            if (!request.passwordMatches(password)) {
                return refuse(request, credentialsStatus(CommandStatus.ESME_RINVPASWD), "wrong password");
            }
        }
        int max = settings.maxBinds();
        if (!binds.reserve(request.remoteAddress(), systemId, max)) {
            String who = settings.profile().map(p -> p.name() + " allows").orElse("the simulator allows");
            return refuse(request, settings.bindLimitStatus(), who + " at most " + max + " binds per system_id");
        }
        return request.interfaceVersion().supportsTlvs() ? BindDecision.accept()
                : settings.lowVersionBindsAs().map(BindDecision::acceptAs).orElse(BindDecision.accept());
    }

    private CommandStatus credentialsStatus(CommandStatus standard) {
        return settings.profile().map(p -> ProviderRules.credentialsStatus(p, standard)).orElse(standard);
    }

    private BindDecision refuse(BindRequest request, CommandStatus status, String reason) {
        recorder.emit(new SimulatorEvent.Rejected(0, request.systemId(), request.bindType().command(), status,
                reason));
        return BindDecision.reject(status);
    }

    @Override
    public void bound(SmppSession session) {
        binds.add(session).ifPresent(e -> {
            recorder.emit(new SimulatorEvent.Bound(e.bindId(), e.systemId(), session.bindType(),
                    String.valueOf(session.remoteAddress())));
            if (e.canReceive()) {
                deliveries.flush(e.systemId());
            }
        });
    }

    @Override
    public void closed(SmppSession session, String reason) {
        binds.remove(session).ifPresent(e -> {
            gates.forget(e.bindId());
            recorder.emit(new SimulatorEvent.Unbound(e.bindId(), e.systemId(), reason));
        });
    }

    /**
     * Returns the listening address.
     *
     * @return the address with the actual port
     */
    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    /**
     * Returns what was received.
     *
     * @return a snapshot
     */
    public Received received() {
        return recorder.received();
    }

    /**
     * Returns the counters.
     *
     * @return a snapshot
     */
    public SimulatorStats stats() {
        return recorder.stats();
    }

    /**
     * Waits for messages.
     *
     * @param count how many
     * @param timeout longest wait
     * @return the messages
     */
    public List<SimulatorEvent.MessageReceived> awaitMessages(int count, Duration timeout) {
        return recorder.awaitMessages(count, timeout);
    }

    /** Forgets events, counters, rate buckets and the injection and MO counters. */
    public void reset() {
        recorder.reset();
        gates.clear();
        handler.reset();
    }

    /**
     * Sends an MO message to a receiving bind.
     *
     * @param systemId the ESME's system_id, or empty for the oldest receiving bind of any
     * @param source source_addr
     * @param destination destination_addr
     * @param text the text
     * @return the event
     * @throws IllegalStateException if no bind can receive
     */
    public SimulatorEvent.MoSent sendMo(Optional<String> systemId, Address source, Address destination, String text) {
        Optional<BindRegistry.Entry> to = systemId.isPresent() ? binds.nextReceiver(systemId.get())
                : binds.firstReceiver();
        if (to.isEmpty()) {
            throw new IllegalStateException("sendMo: no receiver or transceiver bound"
                    + systemId.map(s -> " for system_id " + s).orElse(""));
        }
        return deliveries.sendMo(to.get(), source, destination, text);
    }

    /** Closes the server (unbinding every session, for {@link #UNBIND_GRACE} at most) and stops the scheduler. */
    @Override
    public void close() {
        try {
            server.close(UNBIND_GRACE);
        } finally {
            scheduler.shutdownNow();
        }
    }
}
