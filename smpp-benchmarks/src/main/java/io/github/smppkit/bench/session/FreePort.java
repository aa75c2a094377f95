package io.github.smppkit.bench.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Finds a free loopback port for servers that take a port number rather than an address.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
final class FreePort {

    private FreePort() {
    }

    static int find() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
