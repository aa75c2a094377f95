package io.github.smppkit.bench.cluster;

import io.github.smppkit.cluster.RedisConnection;
import io.github.smppkit.cluster.RedisReceiptStore;
import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.ReceiptStore;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.dlr.Submission;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Record + match throughput of the Redis receipt store, in submit+receipt pairs per second (issue 12 target: at
 * least 10,000). Two nodes share one store, each with its own connection pool: the submission is recorded on one
 * and its final receipt matched on the other, two Lua scripts per pair.
 *
 * <ul>
 *   <li>{@code recordAndMatch}: one pair per call through {@code ReceiptCorrelator}, one round trip per script;
 *       eight benchmark threads keep up to eight pairs in flight.</li>
 *   <li>{@code recordAndMatchPipelined}: {@value #BATCH} pairs per call through the store's pipelined batch
 *       methods, one round trip per {@value #BATCH} scripts.</li>
 * </ul>
 *
 * <p>Redis: {@code -Dsmppkit.redis=redis://host:port} uses a running server (flush it first: the benchmark
 * writes under {@code smppkit:bench}); otherwise the setup starts {@code redis-server} on a free loopback port
 * without persistence and stops it afterwards.
 *
 * <p>Thread-safety: the state is shared by the benchmark threads ({@code Scope.Benchmark}); the correlators are
 * thread-safe.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(8)
@State(Scope.Benchmark)
public class RedisCorrelationBenchmark {

    private static final String SCOPE = "bench/acme";
    private static final int BATCH = 100;

    private final AtomicLong ids = new AtomicLong(1_000_000);
    private Process server;
    private Path dir;
    private RedisConnection submitting;
    private RedisConnection receiving;
    private ReceiptCorrelator<String> submitter;
    private ReceiptCorrelator<String> receiver;
    private RedisReceiptStore<String> submitterStore;
    private RedisReceiptStore<String> receiverStore;

    /**
     * Connects (starting a local Redis if none is given) and builds the two nodes.
     *
     * @throws Exception if Redis cannot be started or reached
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String uri = System.getProperty("smppkit.redis");
        if (uri == null) {
            uri = startLocalRedis();
        }
        submitting = RedisConnection.builder(uri).maxConnections(16).open();
        receiving = RedisConnection.builder(uri).maxConnections(16).open();
        submitterStore = store(submitting);
        receiverStore = store(receiving);
        submitter = node(submitterStore);
        receiver = node(receiverStore);
        if (!(receiver.received(SCOPE, receipt("1")) instanceof ReceiptOutcome.Held)
                || submitter.submitted(SCOPE, "1", "check").isEmpty()) {
            throw new IllegalStateException("the two nodes do not share the store");
        }
    }

    private static RedisReceiptStore<String> store(RedisConnection redis) {
        return RedisReceiptStore.builder(redis).keyPrefix("smppkit:bench").build();
    }

    private static ReceiptCorrelator<String> node(RedisReceiptStore<String> store) {
        return ReceiptCorrelator.<String>builder().idPolicy(StandardIdPolicy.NUMERIC).store(store)
                .expiryScanInterval(Duration.ofHours(1)).build();
    }

    private static DeliveryReceipt receipt(String id) {
        return DeliveryReceipt.builder().id(id).sub(1).dlvrd(1).stat(ReceiptState.DELIVRD).err("000").build();
    }

    /**
     * Records a submission on one node and matches its receipt on the other.
     *
     * @return the outcome, so that the work cannot be optimised away
     */
    @Benchmark
    public ReceiptOutcome<String> recordAndMatch() {
        String id = Long.toString(ids.incrementAndGet());
        submitter.submitted(SCOPE, id, id);
        ReceiptOutcome<String> outcome = receiver.received(SCOPE, receipt(id));
        if (!(outcome instanceof ReceiptOutcome.Matched)) {
            throw new IllegalStateException("receipt " + id + " not matched: " + outcome);
        }
        return outcome;
    }

    /**
     * Records {@value #BATCH} submissions on one node in one pipelined round trip, then matches their receipts on
     * the other in another.
     *
     * @return the last match, so that the work cannot be optimised away
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public ReceiptStore.Update<String> recordAndMatchPipelined() {
        long first = ids.getAndAdd(BATCH) + 1;
        Instant now = Instant.now();
        List<Submission<String>> submissions = new ArrayList<>(BATCH);
        List<HeldReceipt> receipts = new ArrayList<>(BATCH);
        for (long id = first; id < first + BATCH; id++) {
            CorrelationKey key = new CorrelationKey(SCOPE, Long.toString(id));
            submissions.add(new Submission<>(key, key.id(), key.id(), now));
            receipts.add(new HeldReceipt(key, receipt(key.id()), now));
        }
        submitterStore.putSubmittedOrTakeHeld(submissions, 1_000_000);
        List<ReceiptStore.Update<String>> matched = receiverStore.takeSubmittedOrHold(receipts, 1_000_000);
        ReceiptStore.Update<String> last = matched.get(BATCH - 1);
        if (last.submission().isEmpty()) {
            throw new IllegalStateException("pipelined receipt " + (first + BATCH - 1) + " not matched");
        }
        return last;
    }

    /**
     * Closes the pools and stops the Redis this benchmark started.
     *
     * @throws Exception if the server does not stop
     */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        submitting.close();
        receiving.close();
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private String startLocalRedis() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        dir = Files.createTempDirectory("smppkit-bench-redis");
        server = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        String uri = "redis://127.0.0.1:" + port;
        for (int i = 0; i < 250; i++) {
            try {
                RedisConnection.open(uri).close();
                return uri;
            } catch (RuntimeException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port + " (is it installed?)");
    }
}
