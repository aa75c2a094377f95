package io.github.smppkit.session.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * A byte stream that blocks its reader and writer: a plain socket channel or a TLS socket. One thread reads while
 * another writes; {@link #close()} from any thread makes both return with an exception.
 *
 * <p>Thread-safety: one reader and one writer thread at a time; close is thread-safe.
 */
interface Transport {

    /**
     * Reads what is available, blocking until at least one octet or end of stream.
     *
     * @param dst heap buffer to fill from its position
     * @return octets read, -1 at end of stream
     * @throws IOException on failure or when closed
     */
    int read(ByteBuffer dst) throws IOException;

    /**
     * Writes the whole remaining content of the buffer.
     *
     * @param src heap buffer
     * @throws IOException on failure or when closed
     */
    void write(ByteBuffer src) throws IOException;

    /**
     * Lets {@link #tryWrite} write, if this transport can, from now on; called before the session's reader and writer
     * threads start, and only when they are platform threads: a virtual thread waiting on a selector may hold its
     * carrier (Java 21 compensates with more carriers, up to a bound), while the blocking reads and writes of a
     * channel park it.
     *
     * @throws IOException if the connection cannot be set up for it; it then stays as it was
     */
    default void allowTryWrite() throws IOException {
    }

    /**
     * Writes as much of the buffer as the connection takes without blocking; a transport that cannot tell writes
     * nothing. Only the threads that must never block in a write use it; the writer thread writes the rest.
     *
     * @param src heap buffer
     * @return true when nothing remains to write
     * @throws IOException on failure or when closed
     */
    default boolean tryWrite(ByteBuffer src) throws IOException {
        return !src.hasRemaining();
    }

    /** Closes the connection; idempotent. */
    void close();

    /**
     * Returns the peer address.
     *
     * @return the remote address
     */
    InetSocketAddress remoteAddress();
}
