package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ServerConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session closed before it starts (a server or client closing as a connection comes in) starts nothing. */
class SessionStartTest {

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aSessionClosedBeforeItStartsLeavesNoKeepaliveOnTheTimer() {
        // a cancelled task leaves the queue at once, so the queue shows exactly the live tasks
        timer.setRemoveOnCancelPolicy(true);
        Session session = new Session(Settings.of(ServerConfig.builder().build()), new IdleTransport(), timer,
                new SessionHooks() { }, BindType.TRANSCEIVER, null);

        session.close("closed before it started");
        session.start();

        assertThat(timer.getQueue()).as("tasks left on the timer").isEmpty();
        assertThat(session.isClosed()).isTrue();
    }

    @Test
    void aStartedSessionHasItsKeepaliveUntilItCloses() {
        timer.setRemoveOnCancelPolicy(true);
        Session session = new Session(Settings.of(ServerConfig.builder().build()), new IdleTransport(), timer,
                new SessionHooks() { }, BindType.TRANSCEIVER, null);

        session.start();
        assertThat(timer.getQueue()).hasSize(1);

        session.close("test over");
        assertThat(timer.getQueue()).isEmpty();
    }

    /** A peer that sends nothing until the session closes it. */
    private static final class IdleTransport implements Transport {
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public int read(ByteBuffer dst) throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            return -1;
        }

        @Override
        public void write(ByteBuffer src) {
            src.position(src.limit());
        }

        @Override
        public void close() {
            closed.countDown();
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 2775);
        }
    }
}
