package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Once tries are allowed, the plain transport's channel is non-blocking underneath: {@code tryWrite} returns at once
 * when the peer reads nothing, while {@code read} and {@code write} still wait, each on its own thread, and a close
 * or an interrupt ends their wait. Before, {@code tryWrite} writes nothing.
 */
class PlainTransportTest {

    /** More than the loopback socket buffers of both sides hold together. */
    private static final int MAX_BUFFERED = 64 * 1024 * 1024;

    private ServerSocketChannel listener;
    private SocketChannel peer;
    private PlainTransport transport;

    @BeforeEach
    void connect() throws IOException {
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SocketChannel ours = SocketChannel.open(listener.getLocalAddress());
        peer = listener.accept();
        transport = new PlainTransport(ours);
        transport.allowTryWrite();
    }

    @AfterEach
    void close() throws IOException {
        transport.close();
        peer.close();
        listener.close();
    }

    @Test
    void tryWriteReturnsAtOnceWhenThePeerReadsNothingAndWriteThenWaitsForTheRest() throws Exception {
        long tried = fillTheSocket();
        ByteBuffer rest = ByteBuffer.allocate(100_000);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
            try {
                transport.write(rest);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(write).as("write waits while the peer reads nothing").isNotDone();

        long read = drainPeer(tried + rest.capacity());
        write.get(10, TimeUnit.SECONDS);
        assertThat(read).isEqualTo(tried + rest.capacity());
    }

    @Test
    void beforeTriesAreAllowedTryWriteWritesNothingAndTheChannelBlocks() throws Exception {
        try (SocketChannel ours = SocketChannel.open(listener.getLocalAddress());
                SocketChannel theirs = listener.accept()) {
            PlainTransport blocking = new PlainTransport(ours);
            ByteBuffer b = ByteBuffer.allocate(8);

            assertThat(blocking.tryWrite(b)).isFalse();
            assertThat(b.position()).isZero();
            assertThat(ours.isBlocking()).isTrue();
            blocking.write(b);
            assertThat(theirs.read(ByteBuffer.allocate(16))).isEqualTo(8);
            blocking.close();
        }
    }

    @Test
    void readWaitsForTheBytesAndEndsAtThePeersClose() throws Exception {
        ByteBuffer dst = ByteBuffer.allocate(16);
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readQuietly(dst));
        Thread.sleep(100);
        assertThat(read).isNotDone();

        peer.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        peer.close();
        assertThat(transport.read(dst)).isEqualTo(-1);
    }

    @Test
    void closeEndsAWaitingReadAndAWaitingWrite() throws Exception {
        fillTheSocket();
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readQuietly(ByteBuffer.allocate(16)));
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
            try {
                transport.write(ByteBuffer.allocate(100_000));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(read).isNotDone();
        assertThat(write).isNotDone();

        transport.close();

        assertThatThrownBy(() -> read.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> write.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(transport.socket().isClosed()).isTrue();
    }

    @Test
    void allowingTriesOnAClosedTransportFailsAndLeavesNoSelectorOpen() throws Exception {
        try (SocketChannel ours = SocketChannel.open(listener.getLocalAddress());
                SocketChannel theirs = listener.accept()) {
            PlainTransport closed = new PlainTransport(ours);
            closed.close();

            assertThatThrownBy(closed::allowTryWrite).isInstanceOf(IOException.class);
            assertThat(closed.tryWrite(ByteBuffer.allocate(8))).as("still cannot try").isFalse();
            assertThat(theirs.read(ByteBuffer.allocate(8))).as("the peer sees the end").isEqualTo(-1);
        }
    }

    @Test
    void anInterruptedReadClosesTheConnection() throws Exception {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> transport.read(ByteBuffer.allocate(16)))
                    .isInstanceOf(ClosedByInterruptException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(transport.socket().isClosed()).isTrue();
    }

    /** Writes with tryWrite until the socket takes no more; returns the octets taken. */
    private long fillTheSocket() throws IOException {
        long taken = 0;
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        while (taken < MAX_BUFFERED) {
            chunk.clear();
            boolean all = transport.tryWrite(chunk);
            taken += chunk.position();
            if (!all) {
                return taken;
            }
        }
        throw new AssertionError("the socket took " + taken + " octets with the peer reading none");
    }

    private long drainPeer(long expected) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        long read = 0;
        while (read < expected) {
            in.clear();
            int n = peer.read(in);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return read;
    }

    private int readQuietly(ByteBuffer dst) {
        try {
            return transport.read(dst);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
