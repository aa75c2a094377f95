package io.github.smppkit.session.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A {@link SocketChannel}, blocking until {@link #allowTryWrite()}, which puts it in non-blocking mode so that
 * {@link #tryWrite} can write without blocking while another thread reads; {@link #read} and {@link #write} then wait
 * on a selector of their own. The write side's selector is opened on the first write the socket does not take at
 * once, which a session whose peer keeps reading never has.
 *
 * <p>Thread-safety: see {@link Transport}.
 */
final class PlainTransport implements Transport {

    private final SocketChannel channel;
    private final InetSocketAddress remote;
    /** Null while the channel blocks. */
    private volatile Selector readable;
    private volatile Selector writable;

    PlainTransport(SocketChannel channel) throws IOException {
        this.channel = channel;
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
    }

    @Override
    public void allowTryWrite() throws IOException {
        Selector s = Selector.open();
        try {
            channel.configureBlocking(false);
            channel.register(s, SelectionKey.OP_READ);
        } catch (IOException | RuntimeException e) {
            closeSelector(s);
            if (channel.isOpen()) {
                channel.configureBlocking(true);
            }
            throw e;
        }
        readable = s;
        // as in writableSelector: a close that did not see this selector left the channel closed for us to see
        if (!channel.isOpen()) {
            closeSelector(s);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        Selector s = readable;
        if (s == null) {
            return channel.read(dst);
        }
        while (dst.hasRemaining()) {
            int n = channel.read(dst);
            if (n != 0) {
                return n;
            }
            await(s);
        }
        return 0;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        boolean blocking = readable == null;
        while (src.hasRemaining()) {
            if (channel.write(src) == 0 && !blocking) {
                await(writableSelector());
            }
        }
    }

    @Override
    public boolean tryWrite(ByteBuffer src) throws IOException {
        if (readable != null) {
            channel.write(src);
        }
        return !src.hasRemaining();
    }

    private Selector writableSelector() throws IOException {
        Selector s = writable;
        if (s == null) {
            s = Selector.open();
            writable = s;
            // close() reads writable after closing the channel: it closes this selector, or we see the channel closed
            if (!channel.isOpen()) {
                s.close();
                throw new AsynchronousCloseException();
            }
            channel.register(s, SelectionKey.OP_WRITE);
        }
        return s;
    }

    /** Waits until the selector's one key is ready; close() closes the selectors, which ends the wait. */
    private void await(Selector s) throws IOException {
        try {
            s.select();
            s.selectedKeys().clear();
        } catch (ClosedSelectorException e) {
            throw new AsynchronousCloseException();
        }
        if (Thread.currentThread().isInterrupted()) {
            // as a blocking channel does: an interrupted thread cannot wait, so the connection closes
            close();
            throw new ClosedByInterruptException();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log("close failed", e);
        }
        // the socket is released once its keys are: a selector's close releases its key
        for (Selector s : new Selector[] {readable, writable}) {
            if (s != null) {
                closeSelector(s);
            }
        }
    }

    private static void closeSelector(Selector s) {
        try {
            s.close();
        } catch (IOException e) {
            log("selector close failed", e);
        }
    }

    private static void log(String what, IOException e) {
        System.getLogger(PlainTransport.class.getName()).log(System.Logger.Level.DEBUG, what, e);
    }

    /** Returns the socket, whose options the tests read. */
    Socket socket() {
        return channel.socket();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }
}
