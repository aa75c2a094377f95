package io.github.smppkit.session;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.internal.DaemonThreads;
import io.github.smppkit.session.internal.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntPredicate;

/**
 * Settings of an {@link SmppServer}. Window, response timeout and keepalive mean the same as in
 * {@link ClientConfig} and apply to every server session.
 *
 * <p>Thread-safety: immutable.
 *
 * @param host address to listen on (default 127.0.0.1; use 0.0.0.0 deliberately)
 * @param port port, 0 for an ephemeral one (default 0)
 * @param systemId the SMSC's system_id sent in bind responses (default "smppkit")
 * @param authenticator decides on binds (default: accept all)
 * @param maxBindsPerSystemId bound sessions per system_id at most; more get ESME_RALYBND (default 10)
 * @param maxConnections open connections at most; more are closed on accept (default 1000)
 * @param bindTimeout connections not bound within this are closed (default 10 s)
 * @param responseTimeout bound on each response of a request the server sends (default 30 s)
 * @param enquireLinkInterval read-idle time before an enquire_link, zero to disable (default 30 s)
 * @param deadPeerTimeout how long an unanswered enquire_link or a blocked write is tolerated (default 10 s)
 * @param windowSize outstanding server requests per session at most (default 10)
 * @param requestHandler inbound submit_sm and other ESME requests (default: answer OK)
 * @param sessionObserver listener (default none)
 * @param tls TLS settings with the server's key material, empty for plain TCP (default)
 * @param threadFactory where acceptor, reader, writer and timer threads come from (default: daemon threads)
 * @param callbackExecutor where futures complete; empty (default) completes them on the reader thread
 * @param codecConfig codec settings
 * @param maxPendingInbound inbound requests handled but not answered yet, per session (default 100)
 * @param maxQueuedResponseBytes octets of responses queued and not written yet per session at most, beyond which
 *     the reader takes no more of the ESME's requests until it reads our answers, as in {@link ClientConfig}
 *     (default 1 MiB)
 * @param handlerErrorStatus answer when the request handler throws (default ESME_RSYSERR)
 * @param throttlingStatuses which statuses of ESME answers mean "throttled" (default as the client)
 * @since 0.1.0
 */
public record ServerConfig(String host, int port, String systemId, BindAuthenticator authenticator,
        int maxBindsPerSystemId, int maxConnections, Duration bindTimeout, Duration responseTimeout,
        Duration enquireLinkInterval, Duration deadPeerTimeout, int windowSize, RequestHandler requestHandler,
        SessionObserver sessionObserver, Optional<TlsConfig> tls, ThreadFactory threadFactory,
        Optional<Executor> callbackExecutor, CodecConfig codecConfig, int maxPendingInbound,
        int maxQueuedResponseBytes, CommandStatus handlerErrorStatus, IntPredicate throttlingStatuses) {

    /**
     * Validates every field, naming the bad one.
     *
     * @param host host
     * @param port port
     * @param systemId system_id
     * @param authenticator authenticator
     * @param maxBindsPerSystemId binds per system_id
     * @param maxConnections connections
     * @param bindTimeout bind timeout
     * @param responseTimeout response timeout
     * @param enquireLinkInterval enquire_link interval
     * @param deadPeerTimeout dead peer timeout
     * @param windowSize window size
     * @param requestHandler request handler
     * @param sessionObserver observer
     * @param tls TLS
     * @param threadFactory thread factory
     * @param callbackExecutor callback executor
     * @param codecConfig codec settings
     * @param maxPendingInbound inbound limit
     * @param maxQueuedResponseBytes unwritten answers limit
     * @param handlerErrorStatus handler error status
     * @param throttlingStatuses throttling statuses
     */
    public ServerConfig {
        Durations.present(host, "host");
        Durations.range(port, 0, 65535, "port");
        Durations.range(Durations.present(systemId, "systemId").length(), 0, 15, "systemId length");
        Durations.present(authenticator, "authenticator");
        Durations.range(maxBindsPerSystemId, 1, Integer.MAX_VALUE, "maxBindsPerSystemId");
        Durations.range(maxConnections, 1, Integer.MAX_VALUE, "maxConnections");
        Durations.positive(bindTimeout, "bindTimeout");
        Durations.positive(responseTimeout, "responseTimeout");
        Durations.nonNegative(enquireLinkInterval, "enquireLinkInterval");
        Durations.positive(deadPeerTimeout, "deadPeerTimeout");
        Durations.range(windowSize, 1, 65535, "windowSize");
        Durations.present(requestHandler, "requestHandler");
        Durations.present(sessionObserver, "sessionObserver");
        Durations.present(tls, "tls");
        Durations.present(threadFactory, "threadFactory");
        Durations.present(callbackExecutor, "callbackExecutor");
        Durations.present(codecConfig, "codecConfig");
        Durations.range(maxPendingInbound, 1, 1 << 20, "maxPendingInbound");
        Durations.range(maxQueuedResponseBytes, 1, Integer.MAX_VALUE, "maxQueuedResponseBytes");
        if (Durations.present(handlerErrorStatus, "handlerErrorStatus").isOk()) {
            throw new IllegalArgumentException("handlerErrorStatus: ESME_ROK (expected an error status)");
        }
        Durations.present(throttlingStatuses, "throttlingStatuses");
    }

    /**
     * Returns a builder with the defaults.
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

    /**
     * Builds a {@link ServerConfig}; every setter maps to the record component of the same name.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String systemId = "smppkit";
        private BindAuthenticator authenticator = BindAuthenticator.acceptAll();
        private int maxBindsPerSystemId = 10;
        private int maxConnections = 1000;
        private Duration bindTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration enquireLinkInterval = Duration.ofSeconds(30);
        private Duration deadPeerTimeout = Duration.ofSeconds(10);
        private int windowSize = 10;
        private RequestHandler requestHandler = RequestHandler.acceptAll();
        private SessionObserver sessionObserver = SessionObserver.NONE;
        private Optional<TlsConfig> tls = Optional.empty();
        private ThreadFactory threadFactory = DaemonThreads.INSTANCE;
        private Optional<Executor> callbackExecutor = Optional.empty();
        private CodecConfig codecConfig = CodecConfig.defaults();
        private int maxPendingInbound = 100;
        private int maxQueuedResponseBytes = 1 << 20;
        private CommandStatus handlerErrorStatus = CommandStatus.ESME_RSYSERR;
        private IntPredicate throttlingStatuses = ClientConfig.DEFAULT_THROTTLING;

        private Builder() {
        }

        private Builder(ServerConfig c) {
            host = c.host;
            port = c.port;
            systemId = c.systemId;
            authenticator = c.authenticator;
            maxBindsPerSystemId = c.maxBindsPerSystemId;
            maxConnections = c.maxConnections;
            bindTimeout = c.bindTimeout;
            responseTimeout = c.responseTimeout;
            enquireLinkInterval = c.enquireLinkInterval;
            deadPeerTimeout = c.deadPeerTimeout;
            windowSize = c.windowSize;
            requestHandler = c.requestHandler;
            sessionObserver = c.sessionObserver;
            tls = c.tls;
            threadFactory = c.threadFactory;
            callbackExecutor = c.callbackExecutor;
            codecConfig = c.codecConfig;
            maxPendingInbound = c.maxPendingInbound;
            maxQueuedResponseBytes = c.maxQueuedResponseBytes;
            handlerErrorStatus = c.handlerErrorStatus;
            throttlingStatuses = c.throttlingStatuses;
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

        /** Sets the SMSC system_id. @param v value @return this builder */
        public Builder systemId(String v) {
            systemId = v;
            return this;
        }

        /** Sets the authenticator. @param v value @return this builder */
        public Builder authenticator(BindAuthenticator v) {
            authenticator = v;
            return this;
        }

        /** Sets the per-system_id bind limit. @param v value @return this builder */
        public Builder maxBindsPerSystemId(int v) {
            maxBindsPerSystemId = v;
            return this;
        }

        /** Sets the connection limit. @param v value @return this builder */
        public Builder maxConnections(int v) {
            maxConnections = v;
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

        /** Enables TLS. @param v value @return this builder */
        public Builder tls(TlsConfig v) {
            tls = Optional.of(v);
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

        /** Sets the codec settings. @param v value @return this builder */
        public Builder codecConfig(CodecConfig v) {
            codecConfig = v;
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

        /** Sets which statuses mean throttled. @param v value @return this builder */
        public Builder throttlingStatuses(IntPredicate v) {
            throttlingStatuses = v;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public ServerConfig build() {
            return new ServerConfig(host, port, systemId, authenticator, maxBindsPerSystemId, maxConnections,
                    bindTimeout, responseTimeout, enquireLinkInterval, deadPeerTimeout, windowSize, requestHandler,
                    sessionObserver, tls, threadFactory, callbackExecutor, codecConfig, maxPendingInbound,
                    maxQueuedResponseBytes, handlerErrorStatus, throttlingStatuses);
        }
    }
}
