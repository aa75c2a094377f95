package io.github.smppkit.session.internal;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ResponseCallback;
import io.github.smppkit.session.SendStatus;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppSession;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The session core shared by client and server: state, own requests in flight ({@link Outflow}), inbound
 * limits, reader and writer threads, keepalive and close. What differs between the sides comes through
 * {@link SessionHooks} and {@link Settings#server()}.
 *
 * <p>Thread-safety: thread-safe; state changes under a lock that is never held while blocking.
 */
public final class Session implements SmppSession, WriterEvents {

    private static final System.Logger LOG = System.getLogger(Session.class.getName());

    final Settings settings;
    final Telemetry telemetry;
    private final Transport transport;
    private final ScheduledExecutorService timer;
    private final SessionHooks hooks;
    private final SmppSession facade;
    private final SmppSession handlerView;
    private final Writer writer;
    private final Dispatcher dispatcher;
    private final Outflow outflow;
    private final Inflow inflow;
    private final ReentrantLock stateLock = new ReentrantLock();
    private final CountDownLatch closeFinished = new CountDownLatch(1);
    private volatile Thread closingThread;
    private final Unbinder unbinder;
    private volatile SessionState state = SessionState.OPEN;
    private volatile BindType bindType;
    private volatile String peerSystemId = "";
    private volatile InterfaceVersion peerVersion = InterfaceVersion.V33;
    private volatile boolean tlvsAllowed;
    private volatile long lastRead = System.nanoTime();
    private volatile long partialSince;
    private volatile ScheduledFuture<?> ticker;
    private volatile Thread readerThread;
    private volatile String closeReason = "not closed";
    private volatile String unbindReason = "unbound";

    Session(Settings settings, Transport transport, ScheduledExecutorService timer, SessionHooks hooks,
            BindType bindType, SmppSession facade) {
        this.settings = settings;
        this.transport = transport;
        this.timer = timer;
        this.hooks = hooks;
        this.bindType = bindType;
        this.facade = facade == null ? this : facade;
        this.handlerView = facade == null ? this : new LinkView(this, facade);
        this.telemetry = new Telemetry(settings.observer(), this.facade);
        this.writer = new Writer(transport, settings.codec(), this);
        this.dispatcher = new Dispatcher(this, settings, hooks);
        this.outflow = new Outflow(this, timer);
        this.inflow = new Inflow(settings.maxPendingInbound(), settings.deadPeerTimeout());
        this.unbinder = new Unbinder(this, timer);
    }

    /** Starts the reader, writer and keepalive. */
    void start() {
        long period = Keepalive.period(settings);
        try {
            ticker = timer.scheduleWithFixedDelay(new Keepalive(this, outflow, writer), period, period,
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            close("client or server closed while connecting");
            return;
        }
        if (isClosed()) {
            // a close before the ticker was set could not cancel it (close sets the state, then reads the ticker)
            ticker.cancel(false);
            return;
        }
        Thread writing = settings.threadFactory().newThread(writer);
        Thread reader = settings.threadFactory().newThread(new Reader(transport, settings.codec(), this, writer));
        if (!DaemonThreads.isVirtual(writing) && !DaemonThreads.isVirtual(reader)) {
            try {
                transport.allowTryWrite();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "writes on the calling thread not set up; the writer thread writes all", e);
            }
        }
        writing.start();
        readerThread = reader;
        reader.start();
    }

    SmppSession facade() {
        return facade;
    }

    /** Returns what the request handler is given: the facade, answering on this connection. */
    SmppSession handlerView() {
        return handlerView;
    }

    boolean isClosed() {
        return state == SessionState.CLOSED;
    }

    long lastRead() {
        return lastRead;
    }

    void bytesRead() {
        lastRead = System.nanoTime();
    }

    /**
     * Notes whether the reader holds the start of a PDU it cannot decode yet; the keepalive closes a session whose
     * PDU stays incomplete too long, because a peer trickling bytes (slow-loris) would otherwise look alive.
     */
    void partialFrame(boolean pending) {
        if (!pending) {
            partialSince = 0;
        } else if (partialSince == 0) {
            partialSince = System.nanoTime();
        }
    }

    long partialFrameSince() {
        return partialSince;
    }

    boolean tlvsAllowed() {
        return tlvsAllowed;
    }

    boolean moveState(SessionState to, SessionState from) {
        stateLock.lock();
        try {
            if (state != from) {
                return false;
            }
            state = to;
            return true;
        } finally {
            stateLock.unlock();
        }
    }

    /**
     * Marks the session bound after a successful bind.
     *
     * @param answer on the server side the bind_resp, queued in the same step under the state lock: a thread that
     *     unbinds or closes the session then finds it either not bound and the bind not answered, or bound with
     *     its bind_resp queued ahead of the unbind; a PDU sent once the session is bound comes after it too.
     *     {@code null} on the client side
     * @param type how the ESME bound
     * @param peer the peer's system_id
     * @param version the peer's interface version
     * @param ownVersion this side's interface version (TLVs need both at 3.4+)
     * @return false if the session closed meanwhile
     */
    boolean bound(Response answer, BindType type, String peer, InterfaceVersion version,
            InterfaceVersion ownVersion) {
        stateLock.lock();
        try {
            if (state != SessionState.OPEN && state != SessionState.BINDING) {
                return false;
            }
            if (answer != null) {
                sendResponse(answer, "");
            }
            bindType = type;
            peerSystemId = peer;
            peerVersion = version;
            tlvsAllowed = version.supportsTlvs() && ownVersion.supportsTlvs();
            state = SessionState.BOUND;
        } finally {
            stateLock.unlock();
        }
        hooks.bound(this);
        telemetry.bound(settings.ownSystemId(), peer, type.name(), settings.server(), String.valueOf(remoteAddress()));
        return true;
    }

    /**
     * The peer's unbind: no more requests of ours, and unbind_resp once the peer's earlier requests are answered.
     *
     * @param sequenceNumber the unbind's
     */
    void peerUnbinding(int sequenceNumber) {
        if (moveState(SessionState.UNBINDING, SessionState.BOUND)) {
            unbindReason = "peer unbound";
            telemetry.unbound(settings.ownSystemId(), peerSystemId);
        }
        unbinder.answerPeer(UnbindResp.of(sequenceNumber, CommandStatus.ESME_ROK));
    }

    /**
     * The peer closed its end. After an unbind that is the expected end of the session, whichever side's close
     * is seen first.
     *
     * @param partial octets of an incomplete frame left in the read buffer
     */
    void peerClosed(int partial) {
        if (state == SessionState.UNBINDING && partial == 0) {
            close(unbindReason);
        } else {
            close(partial == 0 ? "peer closed the connection"
                    : "peer closed the connection mid-PDU (" + partial + " octets of a frame read)");
        }
    }

    void received(Pdu pdu) {
        telemetry.pdu(pdu, pdu.sequenceNumber(), false);
        dispatcher.received(pdu);
    }

    void malformed(DecodeResult.Malformed m, boolean tlsRecord) {
        dispatcher.malformed(m, tlsRecord);
    }

    @Override
    public void written(Pdu pdu, int sequenceNumber) {
        telemetry.pdu(pdu, sequenceNumber, true);
    }

    @Override
    public void notSent(Pdu pdu, int sequenceNumber) {
        outflow.notSent(pdu, sequenceNumber);
    }

    void responseReceived(Response response) {
        outflow.responseReceived(response);
    }

    boolean admitInbound(Request<?> request) {
        if (inflow.admit(request.sequenceNumber())) {
            return true;
        }
        close("inbound backlog: " + settings.maxPendingInbound() + " requests unanswered for "
                + settings.deadPeerTimeout() + " (maxPendingInbound)");
        return false;
    }

    /**
     * Queues a response without checks beyond the encoder's; used for automatic answers.
     *
     * @param response the response
     * @param closeReason non-empty to close after writing it
     */
    void sendResponse(Response response, String closeReason) {
        int length = settings.codec().encodedLength(response);
        writer.enqueue(new Outbound(response, length, closeReason));
    }

    boolean enqueue(Outbound out) {
        return writer.enqueue(out);
    }

    /** Queues a PDU and writes it on the calling thread if that needs no waiting; see {@link Writer}. */
    boolean enqueueAndWrite(Outbound out) {
        return writer.enqueueAndWrite(out);
    }

    /**
     * Closes once everything queued so far is written, answers included; at once if nothing can be written any
     * more. A write that never ends is cut by the keepalive's dead-peer check, and callers bound the wait too.
     *
     * @param reason the close reason
     */
    void closeAfterQueued(String reason) {
        if (!writer.enqueue(Outbound.closing(reason))) {
            close(reason);
        }
    }

    @Override
    public <R extends Response> R send(Request<R> request) {
        Pending p = outflow.admit(request, true);
        return outflow.await(p, request.responseType());
    }

    @Override
    public <R extends Response> CompletableFuture<R> sendAsync(Request<R> request) {
        Pending p;
        try {
            p = outflow.admit(request, true);
        } catch (SmppInterruptedException e) {
            throw e;
        } catch (SmppException e) {
            return CompletableFuture.failedFuture(e);
        }
        return Outflow.userFuture(p, request.responseType(), settings);
    }

    @Override
    public SendStatus trySend(Request<?> request, ResponseCallback callback) {
        if (callback == null) {
            throw new NullPointerException("callback");
        }
        return outflow.trySend(request, callback);
    }

    @Override
    public void respond(Response response) {
        if (isClosed()) {
            throw new SmppConnectionException("respond: session closed (" + response.commandId().specName()
                    + ", seq " + response.sequenceNumber() + " not sent)");
        }
        if (!response.tlvs().isEmpty() && !tlvsAllowed) {
            throw new SmppException(SmppException.Category.PROTOCOL, "tlvs: " + response.tlvs().size()
                    + " in " + response.commandId().specName() + " towards an SMPP 3.3 peer (expected none)");
        }
        int length = Outflow.lengthOf(settings.codec(), response);
        // Queued before it counts as answered, so that an unbind waiting for the answers is queued after it.
        writer.enqueue(new Outbound(response, length, ""));
        inflow.answered(response.sequenceNumber());
    }

    /**
     * Sends a control request (bind, unbind) outside the window and the state rules, with a hook run on the
     * reader thread when the response arrives.
     *
     * @param request the request
     * @param timeout the response timeout
     * @param onAnswer run before the future completes, may be null
     * @return the pending entry
     */
    Pending sendControl(Request<?> request, Duration timeout, Consumer<Response> onAnswer) {
        return outflow.register(request, Outflow.lengthOf(settings.codec(), request), false, timeout, onAnswer);
    }

    boolean onReaderThread() {
        return Thread.currentThread() == readerThread;
    }

    @Override
    public void unbind() {
        unbinder.unbind();
    }

    Outflow outflow() {
        return outflow;
    }

    Inflow inflow() {
        return inflow;
    }

    @Override
    public void close() {
        close("closed by user");
    }

    /**
     * Closes once: stops I/O, fails every pending request, notifies. A call while another thread is closing returns
     * when that close has finished, so that whoever sees the session closed also sees its bind slot released.
     *
     * @param reason why
     */
    @Override
    public void close(String reason) {
        boolean first;
        stateLock.lock();
        try {
            first = state != SessionState.CLOSED;
            if (first) {
                state = SessionState.CLOSED;
                closeReason = reason;
                closingThread = Thread.currentThread();
            }
        } finally {
            stateLock.unlock();
        }
        if (!first) {
            // outside the state lock, which the closing thread's hooks and callbacks may need
            awaitClosed();
            return;
        }
        try {
            LOG.log(Level.DEBUG, () -> "session " + settings.ownSystemId() + "/" + peerSystemId + " closed: "
                    + reason);
            ScheduledFuture<?> t = ticker;
            if (t != null) {
                t.cancel(false);
            }
            Outbound unsent = writer.stop();
            outflow.stop();
            transport.close();
            // Observers hear of the close before any request fails because of it.
            telemetry.closed(peerSystemId, reason);
            for (Outbound o = unsent; o != null; o = o.next) {
                if (o.pdu() instanceof Request<?>) {
                    outflow.notSent(o.pdu(), o.sequenceNumber());
                }
            }
            outflow.failAll(reason);
            inflow.close();
            hooks.closed(this, reason);
        } finally {
            closeFinished.countDown();
        }
    }

    /** Waits for a close under way on another thread; the closing thread itself (a hook closing again) returns. */
    private void awaitClosed() {
        if (Thread.currentThread() == closingThread) {
            return;
        }
        try {
            closeFinished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits, at most {@code bound}, until the session has closed and its hooks have run.
     *
     * @param bound the longest wait
     * @return whether the close finished
     */
    boolean awaitClosed(Duration bound) {
        try {
            return closeFinished.await(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void connectionFailed(String what, Exception e) {
        if (!isClosed()) {
            close(what + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** Returns why the session closed, for exception messages. */
    String closeReason() {
        return closeReason;
    }

    @Override
    public SessionState state() {
        return state;
    }

    @Override
    public BindType bindType() {
        return bindType;
    }

    @Override
    public String systemId() {
        return settings.ownSystemId();
    }

    @Override
    public String peerSystemId() {
        return peerSystemId;
    }

    @Override
    public InterfaceVersion peerInterfaceVersion() {
        return peerVersion;
    }

    @Override
    public int pendingCount() {
        return outflow.size();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return transport.remoteAddress();
    }

    @Override
    public String toString() {
        return "SmppSession[" + (settings.server() ? "server" : "client") + ", " + settings.ownSystemId() + " <-> "
                + peerSystemId + ", " + bindType + ", " + state + ", " + remoteAddress() + "]";
    }
}
