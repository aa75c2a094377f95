package io.github.smppkit.it.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that injects network faults into both directions of every connection it relays: per
 * chunk read, with a small probability, it delays the chunk, stalls it (longer than a response timeout), cuts
 * the connection after part of the chunk (mid-PDU), writes (part of) the chunk twice, or resets the
 * connection. Faults come from a seeded {@link Random}, one per direction and connection.
 *
 * <p>Thread-safety: thread-safe; one acceptor thread and two pump threads per relayed connection.
 */
public final class FaultProxy implements AutoCloseable {

    /** The faults injected. */
    public enum Fault {
        /** Wait 1 to 3 ms before forwarding. */
        DELAY,
        /** Wait 200 to 1,500 ms before forwarding. */
        STALL,
        /** Forward part of the chunk, then close both sides. */
        CUT,
        /** Forward the chunk, or a prefix of it, twice. */
        DUPLICATE,
        /** Reset both sides (RST). */
        RESET
    }

    private final InetSocketAddress target;
    private final long seed;
    private final double rate;
    private final ServerSocket listener;
    private final Map<Fault, AtomicLong> counts = new EnumMap<>(Fault.class);
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean closed;

    /**
     * Starts relaying to a target.
     *
     * @param target where to connect for each accepted connection
     * @param seed seed of the fault choices
     * @param rate probability of a fault per forwarded chunk
     * @throws IOException if the listener cannot be opened
     */
    public FaultProxy(InetSocketAddress target, long seed, double rate) throws IOException {
        this.target = target;
        this.seed = seed;
        this.rate = rate;
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicLong());
        }
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::acceptLoop, "proxy-acceptor").start();
    }

    /** Returns the port to connect to. @return the port */
    public int port() {
        return listener.getLocalPort();
    }

    /** Returns how often each fault was injected. @return a snapshot */
    public Map<Fault, Long> faults() {
        Map<Fault, Long> out = new EnumMap<>(Fault.class);
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Returns how many connections were relayed. @return the count */
    public long connections() {
        return connections.get();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket down = listener.accept();
                Socket up = new Socket();
                try {
                    up.connect(target, 5_000);
                } catch (IOException e) {
                    down.close();
                    continue;
                }
                down.setTcpNoDelay(true);
                up.setTcpNoDelay(true);
                long n = connections.incrementAndGet();
                Pair pair = new Pair(down, up);
                daemon(() -> pump(pair, down, up, new Random(seed * 31 + n * 2)), "proxy-up-" + n).start();
                daemon(() -> pump(pair, up, down, new Random(seed * 31 + n * 2 + 1)), "proxy-down-" + n).start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    /** Both sockets of one relayed connection. */
    private record Pair(Socket a, Socket b) {
        void close(boolean reset) {
            for (Socket s : new Socket[] {a, b}) {
                try {
                    if (reset) {
                        s.setSoLinger(true, 0);
                    }
                    s.close();
                } catch (IOException e) {
                    // already closed: nothing left to do
                }
            }
        }
    }

    private void pump(Pair pair, Socket from, Socket to, Random random) {
        byte[] buf = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                if (!forward(pair, out, buf, n, random)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the other pump or a fault closed the pair
        }
        pair.close(false);
    }

    /** Forwards one chunk, maybe with a fault; returns false once the connection was ended. */
    private boolean forward(Pair pair, OutputStream out, byte[] buf, int n, Random random)
            throws IOException, InterruptedException {
        if (random.nextDouble() >= rate) {
            out.write(buf, 0, n);
            return true;
        }
        Fault f = Fault.values()[random.nextInt(Fault.values().length)];
        counts.get(f).incrementAndGet();
        switch (f) {
            case DELAY:
                Thread.sleep(1 + random.nextInt(3));
                out.write(buf, 0, n);
                return true;
            case STALL:
                Thread.sleep(200 + random.nextInt(1300));
                out.write(buf, 0, n);
                return true;
            case CUT:
                out.write(buf, 0, random.nextInt(n));
                out.flush();
                pair.close(false);
                return false;
            case DUPLICATE: {
                int k = random.nextBoolean() ? n : 1 + random.nextInt(n);
                out.write(buf, 0, k);
                out.write(buf, 0, n);
                return true;
            }
            default:
                pair.close(true);
                return false;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}
