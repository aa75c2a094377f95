package io.github.smppkit.cluster;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptParseResult;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.RateLimiter;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One gateway node of the end-to-end test: its own Redis connection, leases, rate limiter, receipt store and
 * SMPP session, as a separate process would have. Store operations that fail while Redis is away are kept in
 * order and retried, which is what an application does with the {@link ClusterException} it gets.
 */
final class ClusterNode implements AutoCloseable {

    static final String SCOPE = "8x8/acme";
    static final String SYSTEM_ID = "acme";

    final String name;
    final RedisConnection redis;
    final RedisConnection leaseRedis;
    final RedisBindLeases leases;
    final RedisRateLimiter limiter;
    final ReceiptCorrelator<String> correlator;
    final SmppSession session;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger storeErrors = new AtomicInteger();
    final AtomicBoolean sawDegraded = new AtomicBoolean();
    /** Receipt message ids this node handed to the store successfully. */
    final Set<String> receiptsStored = ConcurrentHashMap.newKeySet();
    /** Failures other than Redis being away; the test expects none. */
    final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    /** Tracked name to the message id from submit_sm_resp. */
    final ConcurrentHashMap<String, String> messageIds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Runnable> retries = new ConcurrentLinkedDeque<>();
    private final ConcurrentHashMap<String, AtomicInteger> matches;
    private final ConcurrentHashMap<String, String> matchedBy;
    private final ExecutorService worker;
    private final AtomicBoolean sending = new AtomicBoolean(true);

    ClusterNode(String name, String redisUri, ProviderProfile profile, int port, double accountRate,
            ConcurrentHashMap<String, AtomicInteger> matches, ConcurrentHashMap<String, String> matchedBy) {
        this.name = name;
        this.matches = matches;
        this.matchedBy = matchedBy;
        this.redis = RedisConnection.builder(redisUri).timeout(Duration.ofMillis(500)).clientName(name).open();
        this.leaseRedis = RedisConnection.builder(redisUri).timeout(Duration.ofMillis(500)).open();
        this.leases = RedisBindLeases.builder(leaseRedis, profile).nodeId(name).ttl(Duration.ofSeconds(3)).build();
        this.limiter = RedisRateLimiter.builder(redis, SCOPE, accountRate).burst(100)
                .localLimiter(RateLimiter.perSecond(accountRate / 3)).retryInterval(Duration.ofMillis(100)).build();
        this.correlator = ReceiptCorrelator.<String>builder().idPolicy(profile.messageIdPolicy())
                .store(RedisReceiptStore.builder(redis).build()).expiryScanInterval(Duration.ofHours(1)).build();
        this.worker = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-worker"));
        ReceiptExtractor extractor = ReceiptExtractor.of(profile.receiptParser(), true);
        this.session = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port).systemId(SYSTEM_ID)
                .password("secret").bindType(BindType.TRANSCEIVER).windowSize(50).rateLimiter(limiter)
                .bindAdmission(leases).responseTimeout(Duration.ofSeconds(30)).callbackExecutor(worker)
                .requestHandler((s, request) -> {
                    if (request instanceof DeliverSm) {
                        ReceiptParseResult r = extractor.extract((DeliverSm) request);
                        if (r instanceof ReceiptParseResult.Parsed) {
                            Runnable op = () -> received(((ReceiptParseResult.Parsed) r).receipt());
                            attempt(op);
                        }
                    }
                    return HandlerResult.defaultAnswer();
                }).build());
    }

    private static Thread daemon(Runnable r, String threadName) {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        return t;
    }

    private void received(io.github.smppkit.dlr.DeliveryReceipt receipt) {
        ReceiptOutcome<String> o = correlator.received(SCOPE, receipt);
        receiptsStored.add(receipt.messageId());
        if (o instanceof ReceiptOutcome.Matched) {
            matched(((ReceiptOutcome.Matched<String>) o).match().tracked());
        }
    }

    private void matched(String tracked) {
        matches.computeIfAbsent(tracked, k -> new AtomicInteger()).incrementAndGet();
        matchedBy.put(tracked, name);
    }

    /** Runs a store operation, or queues it (keeping the order) when Redis is away. */
    private void attempt(Runnable op) {
        if (!retries.isEmpty()) {
            retries.addLast(op);
            return;
        }
        try {
            op.run();
        } catch (ClusterException e) {
            storeErrors.incrementAndGet();
            retries.addLast(op);
        } catch (RuntimeException | Error e) {
            unexpected.add(e);
        }
    }

    /** Retries queued operations until one fails again. */
    void drainRetries() {
        Runnable op;
        while ((op = retries.pollFirst()) != null) {
            try {
                op.run();
            } catch (ClusterException e) {
                storeErrors.incrementAndGet();
                retries.addFirst(op);
                return;
            }
        }
    }

    int pendingRetries() {
        return retries.size();
    }

    /** Sends messages numbered from the shared counter until {@code total} are taken or sending stops. */
    Thread startSending(AtomicInteger next, int total) {
        Thread t = daemon(() -> {
            int i;
            while (sending.get() && (i = next.getAndIncrement()) < total) {
                send(i);
                if (limiter.isDegraded()) {
                    sawDegraded.set(true);
                }
            }
        }, name + "-sender");
        t.start();
        return t;
    }

    private void send(int i) {
        String tracked = name + ":" + i;
        SubmitSm submit = SubmitSm.builder().source(Address.of(5, 0, "smppkit"))
                .destination(Address.of(1, 1, Long.toString(6590000000L + i)))
                .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
                .shortMessage(Bytes.of(("message " + i).getBytes(StandardCharsets.ISO_8859_1))).build();
        inFlight.incrementAndGet();
        session.sendAsync(submit).whenComplete((SubmitSmResp resp, Throwable err) -> {
            try {
                if (err != null || !resp.status().isOk()) {
                    if (err != null) {
                        unexpected.add(err);
                    }
                    failed.incrementAndGet();
                    return;
                }
                sent.incrementAndGet();
                messageIds.put(tracked, resp.messageId());
                attempt(() -> correlator.submitted(SCOPE, resp.messageId(), tracked).ifPresent(
                        m -> matched(m.tracked())));
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /** Stops taking new messages; messages already sent still complete. */
    void stopSending() {
        sending.set(false);
    }

    /**
     * Kills the node as a crash would: its leases are neither renewed nor released (their link goes first), and
     * the SMPP link drops without unbind. Receipts it already took are stored before its store link goes.
     */
    void crash() {
        leaseRedis.close();
        session.close();
        redis.close();
    }

    boolean awaitIdle(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (inFlight.get() == 0 && retries.isEmpty()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return false;
    }

    @Override
    public void close() {
        stopSending();
        session.close();
        leases.close();
        worker.shutdownNow();
        redis.close();
        leaseRedis.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
