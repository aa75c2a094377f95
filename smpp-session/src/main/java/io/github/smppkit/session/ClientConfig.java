package io.github.smppkit.session;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.internal.DaemonThreads;
import io.github.smppkit.session.internal.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntPredicate;

/**
 * Settings of an ESME session made by {@link SmppClient#connect(ClientConfig)}. Build with
 * {@link SmppClient#builder()} or {@link #builder()}; derive variants with {@link #toBuilder()}.
 * {@code toString()} never shows the password.
 *
 * <p>Keepalive: when nothing was read for {@code enquireLinkInterval} an {@code enquire_link} is sent; when an
 * enquire_link stays unanswered with no byte read for {@code deadPeerTimeout}, or a write is blocked that long
 * (peer not reading), the session closes. A dead peer is thus detected within {@code enquireLinkInterval +
 * deadPeerTimeout} plus a quarter of the shorter of the two. {@code enquireLinkInterval} zero disables
 * enquire_link (the write-stall check stays).
 *
 * <p>Thread-safety: immutable.
 *
 * @param host SMSC host name or address; a name's addresses are tried in turn until one takes the connection
 * @param port SMSC port, 1..65535 (default 2775)
 * @param bindType how to bind (default TRANSCEIVER)
 * @param systemId system_id, at most 15 characters
 * @param password password, at most 8 characters (default "")
 * @param systemType system_type (default "")
 * @param addressRange address_range (default empty)
 * @param interfaceVersion interface_version sent in the bind (default 3.4)
 * @param unannouncedPeerVersion the version taken for an SMSC whose bind response carries no
 *     sc_interface_version (default 3.3, so no TLVs are sent, as reference §4.2 asks); 3.4 for an SMSC known to
 *     accept TLVs without announcing them
 * @param tls TLS settings, empty for plain TCP (default)
 * @param connectTimeout bound on the TCP connect to each address, and on the TLS handshake (default 10 s)
 * @param bindTimeout bound on the bind response (default 10 s)
 * @param responseTimeout bound on each response and on waiting for a window slot (default 30 s)
 * @param enquireLinkInterval read-idle time before an enquire_link, zero to disable (default 30 s)
 * @param deadPeerTimeout how long an unanswered enquire_link or a blocked write is tolerated (default 10 s)
 * @param windowSize outstanding requests at most, 1..65535 (default 10)
 * @param rateLimiter segments per second (default unlimited)
 * @param throttlingStatuses which command_status codes mean "throttled" (default ESME_RTHROTTLED, ESME_RMSGQFUL)
 * @param reconnect reconnect policy (default disabled)
 * @param threadFactory where reader, writer and timer threads come from (default: platform daemon threads)
 * @param callbackExecutor where futures and callbacks complete; empty (default) completes them on the reader
 *     thread (timeouts on the timer thread)
 * @param requestHandler inbound deliver_sm, data_sm, alert_notification (default: answer OK)
 * @param sessionObserver listener (default none)
 * @param codecConfig codec settings (default {@link CodecConfig#defaults()})
 * @param bindAdmission bind slot seam (default unlimited)
 * @param maxPendingInbound inbound requests handled but not answered yet, at most; beyond that the reader
 *     stops reading (back-pressure) and closes the session if none is answered within deadPeerTimeout
 *     (default 100)
 * @param maxQueuedResponseBytes octets of responses queued and not written yet at most: beyond that the reader
 *     takes no more of the peer's requests (it still reads the responses ahead of the next one) until the peer reads
 *     our answers, so a peer that sends requests without reading cannot grow memory past this. A blocked write
 *     alone does not stop the reader, so two peers both sending cannot wait on each other. Keep it above the peer's
 *     window times the size of an answer (default 1 MiB)
 * @param handlerErrorStatus answer when the request handler throws (default ESME_RX_T_APPN)
 * @since 0.1.0
 */
public record ClientConfig(String host, int port, BindType bindType, String systemId, String password,
        String systemType, Address addressRange, InterfaceVersion interfaceVersion,
        InterfaceVersion unannouncedPeerVersion, Optional<TlsConfig> tls,
        Duration connectTimeout, Duration bindTimeout, Duration responseTimeout, Duration enquireLinkInterval,
        Duration deadPeerTimeout, int windowSize, RateLimiter rateLimiter, IntPredicate throttlingStatuses,
        ReconnectPolicy reconnect, ThreadFactory threadFactory, Optional<Executor> callbackExecutor,
        RequestHandler requestHandler, SessionObserver sessionObserver, CodecConfig codecConfig,
        BindAdmission bindAdmission, int maxPendingInbound, int maxQueuedResponseBytes,
        CommandStatus handlerErrorStatus) {

    /** The default throttling statuses: ESME_RTHROTTLED and ESME_RMSGQFUL. */
    public static final IntPredicate DEFAULT_THROTTLING = code -> code == CommandStatus.ESME_RTHROTTLED.code()
            || code == CommandStatus.ESME_RMSGQFUL.code();

    /**
     * Validates every field, naming the bad one.
     *
     * @param host host
     * @param port port
     * @param bindType bind type
     * @param systemId system_id
     * @param password password
     * @param systemType system_type
     * @param addressRange address_range
     * @param interfaceVersion interface_version
     * @param unannouncedPeerVersion version of an SMSC that announces none
     * @param tls TLS
     * @param connectTimeout connect timeout
     * @param bindTimeout bind timeout
     * @param responseTimeout response timeout
     * @param enquireLinkInterval enquire_link interval
     * @param deadPeerTimeout dead peer timeout
     * @param windowSize window size
     * @param rateLimiter rate limiter
     * @param throttlingStatuses throttling statuses
     * @param reconnect reconnect policy
     * @param threadFactory thread factory
     * @param callbackExecutor callback executor
     * @param requestHandler request handler
     * @param sessionObserver observer
     * @param codecConfig codec settings
     * @param bindAdmission bind admission
     * @param maxPendingInbound inbound limit
     * @param maxQueuedResponseBytes unwritten answers limit
     * @param handlerErrorStatus handler error status
     */
    public ClientConfig {
        if (Durations.present(host, "host").isEmpty()) {
            throw new IllegalArgumentException("host: empty (expected a host name or address)");
        }
        Durations.range(port, 1, 65535, "port");
        Durations.present(bindType, "bindType");
        Durations.range(Durations.present(systemId, "systemId").length(), 0, 15, "systemId length");
        Durations.range(Durations.present(password, "password").length(), 0, 8, "password length");
        Durations.range(Durations.present(systemType, "systemType").length(), 0, 12, "systemType length");
        Durations.present(addressRange, "addressRange");
        Durations.present(interfaceVersion, "interfaceVersion");
        Durations.present(unannouncedPeerVersion, "unannouncedPeerVersion");
        Durations.present(tls, "tls");
        Durations.positive(connectTimeout, "connectTimeout");
        Durations.positive(bindTimeout, "bindTimeout");
        Durations.positive(responseTimeout, "responseTimeout");
        Durations.nonNegative(enquireLinkInterval, "enquireLinkInterval");
        Durations.positive(deadPeerTimeout, "deadPeerTimeout");
        Durations.range(windowSize, 1, 65535, "windowSize");
        Durations.present(rateLimiter, "rateLimiter");
        Durations.present(throttlingStatuses, "throttlingStatuses");
        Durations.present(reconnect, "reconnect");
        Durations.present(threadFactory, "threadFactory");
        Durations.present(callbackExecutor, "callbackExecutor");
        Durations.present(requestHandler, "requestHandler");
        Durations.present(sessionObserver, "sessionObserver");
        Durations.present(codecConfig, "codecConfig");
        Durations.present(bindAdmission, "bindAdmission");
        Durations.range(maxPendingInbound, 1, 1 << 20, "maxPendingInbound");
        Durations.range(maxQueuedResponseBytes, 1, Integer.MAX_VALUE, "maxQueuedResponseBytes");
        if (Durations.present(handlerErrorStatus, "handlerErrorStatus").isOk()) {
            throw new IllegalArgumentException("handlerErrorStatus: ESME_ROK (expected an error status)");
        }
    }

    /**
     * Returns a builder with the defaults; host and systemId must be set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns the fields with the password masked. */
    @Override
    public String toString() {
        return "ClientConfig[host=" + host + ", port=" + port + ", bindType=" + bindType + ", systemId=" + systemId
                + ", password=***, systemType=" + systemType + ", interfaceVersion=" + interfaceVersion
                + ", unannouncedPeerVersion=" + unannouncedPeerVersion
                + ", tls=" + tls.isPresent() + ", windowSize=" + windowSize + ", responseTimeout=" + responseTimeout
                + ", enquireLinkInterval=" + enquireLinkInterval + ", deadPeerTimeout=" + deadPeerTimeout
                + ", reconnect=" + reconnect + "]";
    }

    /**
     * Builds a {@link ClientConfig}; every setter maps to the record component of the same name.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String host;
        private int port = 2775;
        private BindType bindType = BindType.TRANSCEIVER;
        private String systemId;
        private String password = "";
        private String systemType = "";
        private Address addressRange = Address.EMPTY;
        private InterfaceVersion interfaceVersion = InterfaceVersion.V34;
        private InterfaceVersion unannouncedPeerVersion = InterfaceVersion.V33;
        private Optional<TlsConfig> tls = Optional.empty();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration bindTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration enquireLinkInterval = Duration.ofSeconds(30);
        private Duration deadPeerTimeout = Duration.ofSeconds(10);
        private int windowSize = 10;
        private RateLimiter rateLimiter = RateLimiter.unlimited();
        private IntPredicate throttlingStatuses = DEFAULT_THROTTLING;
        private ReconnectPolicy reconnect = ReconnectPolicy.disabled();
        private ThreadFactory threadFactory = DaemonThreads.INSTANCE;
        private Optional<Executor> callbackExecutor = Optional.empty();
        private RequestHandler requestHandler = RequestHandler.acceptAll();
        private SessionObserver sessionObserver = SessionObserver.NONE;
        private CodecConfig codecConfig = CodecConfig.defaults();
        private BindAdmission bindAdmission = BindAdmission.UNLIMITED;
        private int maxPendingInbound = 100;
        private int maxQueuedResponseBytes = 1 << 20;
        private CommandStatus handlerErrorStatus = CommandStatus.ESME_RX_T_APPN;

        private Builder() {
        }

        private Builder(ClientConfig c) {
            host = c.host;
            port = c.port;
            bindType = c.bindType;
            systemId = c.systemId;
            password = c.password;
            systemType = c.systemType;
            addressRange = c.addressRange;
            interfaceVersion = c.interfaceVersion;
            unannouncedPeerVersion = c.unannouncedPeerVersion;
            tls = c.tls;
            connectTimeout = c.connectTimeout;
            bindTimeout = c.bindTimeout;
            responseTimeout = c.responseTimeout;
            enquireLinkInterval = c.enquireLinkInterval;
            deadPeerTimeout = c.deadPeerTimeout;
            windowSize = c.windowSize;
            rateLimiter = c.rateLimiter;
            throttlingStatuses = c.throttlingStatuses;
            reconnect = c.reconnect;
            threadFactory = c.threadFactory;
            callbackExecutor = c.callbackExecutor;
            requestHandler = c.requestHandler;
            sessionObserver = c.sessionObserver;
            codecConfig = c.codecConfig;
            bindAdmission = c.bindAdmission;
            maxPendingInbound = c.maxPendingInbound;
            maxQueuedResponseBytes = c.maxQueuedResponseBytes;
            handlerErrorStatus = c.handlerErrorStatus;
        }

        /** Sets the host. @param v value @return this builder */
        public Builder host(String v) {
            host = v;
            return this;
        }

        /** Sets the port. @param v value @return this builder */
        public Builder port(int v) {
            port = v;
            return this;
        }

        /** Sets the bind type. @param v value @return this builder */
        public Builder bindType(BindType v) {
            bindType = v;
            return this;
        }

        /** Sets system_id. @param v value @return this builder */
        public Builder systemId(String v) {
            systemId = v;
            return this;
        }

        /** Sets the password. @param v value @return this builder */
        public Builder password(String v) {
            password = v;
            return this;
        }

        /** Sets system_type. @param v value @return this builder */
        public Builder systemType(String v) {
            systemType = v;
            return this;
        }

        /** Sets address_range. @param v value @return this builder */
        public Builder addressRange(Address v) {
            addressRange = v;
            return this;
        }

        /** Sets interface_version. @param v value @return this builder */
        public Builder interfaceVersion(InterfaceVersion v) {
            interfaceVersion = v;
            return this;
        }

        /**
         * Sets the version taken for an SMSC whose bind response carries no sc_interface_version: 3.3 by default,
         * which sends no TLVs; 3.4 for an SMSC that accepts them without saying so.
         *
         * @param v value
         * @return this builder
         */
        public Builder unannouncedPeerVersion(InterfaceVersion v) {
            unannouncedPeerVersion = v;
            return this;
        }

        /** Enables TLS. @param v value @return this builder */
        public Builder tls(TlsConfig v) {
            tls = Optional.of(v);
            return this;
        }

        /** Sets or clears TLS. @param v value @return this builder */
        public Builder tls(Optional<TlsConfig> v) {
            tls = v;
            return this;
        }

        /** Sets the connect timeout. @param v value @return this builder */
        public Builder connectTimeout(Duration v) {
            connectTimeout = v;
            return this;
        }

        /** Sets the bind timeout. @param v value @return this builder */
        public Builder bindTimeout(Duration v) {
            bindTimeout = v;
            return this;
        }

        /** Sets the response timeout. @param v value @return this builder */
        public Builder responseTimeout(Duration v) {
            responseTimeout = v;
            return this;
        }

        /** Sets the enquire_link interval. @param v value @return this builder */
        public Builder enquireLinkInterval(Duration v) {
            enquireLinkInterval = v;
            return this;
        }

        /** Sets the dead peer timeout. @param v value @return this builder */
        public Builder deadPeerTimeout(Duration v) {
            deadPeerTimeout = v;
            return this;
        }

        /** Sets the window size. @param v value @return this builder */
        public Builder windowSize(int v) {
            windowSize = v;
            return this;
        }

        /** Sets the rate limiter. @param v value @return this builder */
        public Builder rateLimiter(RateLimiter v) {
            rateLimiter = v;
            return this;
        }

        /** Sets which statuses mean throttled. @param v value @return this builder */
        public Builder throttlingStatuses(IntPredicate v) {
            throttlingStatuses = v;
            return this;
        }

        /** Sets the reconnect policy. @param v value @return this builder */
        public Builder reconnect(ReconnectPolicy v) {
            reconnect = v;
            return this;
        }

        /** Sets the thread factory. @param v value @return this builder */
        public Builder threadFactory(ThreadFactory v) {
            threadFactory = v;
            return this;
        }

        /** Sets the callback executor. @param v value @return this builder */
        public Builder callbackExecutor(Executor v) {
            callbackExecutor = Optional.of(v);
            return this;
        }

        /** Sets the request handler. @param v value @return this builder */
        public Builder requestHandler(RequestHandler v) {
            requestHandler = v;
            return this;
        }

        /** Sets the observer. @param v value @return this builder */
        public Builder sessionObserver(SessionObserver v) {
            sessionObserver = v;
            return this;
        }

        /** Sets the codec settings. @param v value @return this builder */
        public Builder codecConfig(CodecConfig v) {
            codecConfig = v;
            return this;
        }

        /** Sets the bind admission seam. @param v value @return this builder */
        public Builder bindAdmission(BindAdmission v) {
            bindAdmission = v;
            return this;
        }

        /** Sets the inbound limit. @param v value @return this builder */
        public Builder maxPendingInbound(int v) {
            maxPendingInbound = v;
            return this;
        }

        /** Sets the unwritten answers limit. @param v value @return this builder */
        public Builder maxQueuedResponseBytes(int v) {
            maxQueuedResponseBytes = v;
            return this;
        }

        /** Sets the handler error status. @param v value @return this builder */
        public Builder handlerErrorStatus(CommandStatus v) {
            handlerErrorStatus = v;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException or NullPointerException naming the bad field
         */
        public ClientConfig build() {
            return new ClientConfig(host, port, bindType, systemId, password, systemType, addressRange,
                    interfaceVersion, unannouncedPeerVersion, tls, connectTimeout, bindTimeout, responseTimeout,
                    enquireLinkInterval, deadPeerTimeout, windowSize, rateLimiter, throttlingStatuses, reconnect,
                    threadFactory, callbackExecutor, requestHandler, sessionObserver, codecConfig, bindAdmission,
                    maxPendingInbound, maxQueuedResponseBytes, handlerErrorStatus);
        }
    }
}
