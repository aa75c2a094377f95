package io.github.smppkit.session.internal;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.RateLimiter;
import io.github.smppkit.session.RequestHandler;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.session.SessionObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntPredicate;

/**
 * What client and server sessions share: the part of {@link ClientConfig} and {@link ServerConfig} the core uses.
 *
 * <p>Thread-safety: immutable.
 *
 * @param server whether this is the SMSC side
 * @param ownSystemId this side's system_id
 * @param windowSize window
 * @param responseTimeout response timeout
 * @param enquireLinkInterval keepalive interval, zero disables
 * @param deadPeerTimeout dead peer bound
 * @param handler request handler
 * @param observer observer
 * @param callbackExecutor where user futures complete
 * @param codec the codec
 * @param maxPendingInbound inbound limit
 * @param maxQueuedResponseBytes octets of unwritten answers beyond which the reader takes no request
 * @param handlerErrorStatus handler failure status
 * @param throttling throttling statuses
 * @param rateLimiter rate limiter
 * @param threadFactory thread factory
 */
public record Settings(boolean server, String ownSystemId, int windowSize, Duration responseTimeout,
        Duration enquireLinkInterval, Duration deadPeerTimeout, RequestHandler handler, SessionObserver observer,
        Optional<Executor> callbackExecutor, PduCodec codec, int maxPendingInbound, int maxQueuedResponseBytes,
        CommandStatus handlerErrorStatus, IntPredicate throttling, RateLimiter rateLimiter,
        ThreadFactory threadFactory) {

    /**
     * Extracts the client settings.
     *
     * @param c the client config
     * @return the settings
     */
    public static Settings of(ClientConfig c) {
        return new Settings(false, c.systemId(), c.windowSize(), c.responseTimeout(), c.enquireLinkInterval(),
                c.deadPeerTimeout(), c.requestHandler(), c.sessionObserver(), c.callbackExecutor(),
                PduCodec.of(c.codecConfig()), c.maxPendingInbound(), c.maxQueuedResponseBytes(),
                c.handlerErrorStatus(), c.throttlingStatuses(), c.rateLimiter(), c.threadFactory());
    }

    /**
     * Extracts the server settings.
     *
     * @param c the server config
     * @return the settings
     */
    public static Settings of(ServerConfig c) {
        return new Settings(true, c.systemId(), c.windowSize(), c.responseTimeout(), c.enquireLinkInterval(),
                c.deadPeerTimeout(), c.requestHandler(), c.sessionObserver(), c.callbackExecutor(),
                PduCodec.of(c.codecConfig()), c.maxPendingInbound(), c.maxQueuedResponseBytes(),
                c.handlerErrorStatus(), c.throttlingStatuses(), RateLimiter.unlimited(), c.threadFactory());
    }
}
