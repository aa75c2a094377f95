package io.github.smppkit.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;

/**
 * Starts a real {@code redis-server} on a free loopback port for a test class and stops it afterwards. The
 * server can be stopped and started again mid-test on the same port; with {@code stop(true)} it saves a
 * snapshot in its own directory first and loads it on the next start, as a restarted production Redis would.
 * A missing {@code redis-server} fails the tests: they are never skipped. Each test starts on an empty
 * database, and what it registered with {@link #closeAfterTest} is closed after it, newest first.
 */
final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final List<String> extraArgs;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private Path dir;
    private int port;
    private Process process;

    RedisServerExtension(String... extraArgs) {
        this.extraArgs = List.of(extraArgs);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("smppkit-redis");
        port = freePort();
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        try (Jedis j = client()) {
            j.flushAll();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        toClose.clear();
    }

    /**
     * Closes {@code resource} after the running test.
     *
     * @param resource a connection, store or lease set
     * @param <T> its type
     * @return {@code resource}
     */
    <T extends AutoCloseable> T closeAfterTest(T resource) {
        toClose.add(resource);
        return resource;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** Starts the server (again) on the same port and waits until it answers PING. */
    void start() throws IOException, InterruptedException {
        String binary = findBinary();
        List<String> command = new ArrayList<>(List.of(binary, "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--protected-mode", "no"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("redis-server exited at start (exit " + process.exitValue() + "); see " + dir.resolve("redis.log"));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(20);
        }
        fail("redis-server did not answer on 127.0.0.1:" + port + " within 15 s");
    }

    /**
     * Stops the server.
     *
     * @param save whether to write a snapshot that the next start loads (a restart that keeps the data)
     */
    void stop(boolean save) throws InterruptedException {
        try (Jedis j = new Jedis("127.0.0.1", port)) {
            j.shutdown(save ? redis.clients.jedis.params.ShutdownParams.shutdownParams().save()
                    : redis.clients.jedis.params.ShutdownParams.shutdownParams().nosave());
        } catch (RuntimeException e) {
            // SHUTDOWN closes the connection before replying; the process exit below is what counts.
        }
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Opens a client for checks and setup, outside the code under test. */
    Jedis client() {
        return new Jedis("127.0.0.1", port);
    }

    /**
     * Stalls every client for a while ({@code CLIENT PAUSE}), as a Redis too slow for the timeouts would. It cannot
     * be ended early: Redis holds back even {@code CLIENT UNPAUSE} meanwhile.
     */
    void pause(long millis) {
        try (Jedis j = client()) {
            j.clientPause(millis);
        }
    }

    /** Waits until a {@link #pause} is over. */
    void awaitUnpaused() {
        try (Jedis j = new Jedis("127.0.0.1", port, 30_000)) {
            j.ping();
        }
    }

    private boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            s.setSoTimeout(500);
            s.getOutputStream().write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] buf = new byte[16];
            int n = s.getInputStream().read(buf);
            // "+PONG" without a password, "-NOAUTH" with one: either way the server is up.
            return n > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String findBinary() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "redis-server");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        for (String p : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return fail("redis-server not found on PATH: these tests need a real Redis (Debian package redis-server;"
                + " .ci/run installs it)");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
