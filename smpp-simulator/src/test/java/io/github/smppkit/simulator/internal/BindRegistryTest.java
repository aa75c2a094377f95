package io.github.smppkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppSession;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** A session whose closed event overtook its bound event is not registered, so it holds no bind slot. */
class BindRegistryTest {

    private final BindRegistry binds = new BindRegistry();

    @Test
    void aSessionClosedBeforeItsBoundEventIsNotRegisteredAndFreesItsSlot() {
        SmppSession closed = session(SessionState.CLOSED, 40001);
        assertThat(binds.reserve(closed.remoteAddress(), "esme", 1)).isTrue();
        // its closed event came first and found nothing to forget: remove() ran before add()
        assertThat(binds.remove(closed)).isEmpty();

        assertThat(binds.add(closed)).isEmpty();
        assertThat(binds.entry(closed)).isEmpty();
        assertThat(binds.nextReceiver("esme")).isEmpty();

        SmppSession open = session(SessionState.BOUND, 40002);
        assertThat(binds.reserve(open.remoteAddress(), "esme", 1)).as("the closed one's slot is free").isTrue();
        assertThat(binds.add(open)).hasValueSatisfying(e -> assertThat(e.session()).isSameAs(open));
        assertThat(binds.nextReceiver("esme")).map(BindRegistry.Entry::session).containsSame(open);
    }

    /** A bound transceiver of system_id "esme" in the given state, from the given port. */
    private static SmppSession session(SessionState state, int port) {
        InetSocketAddress remote = new InetSocketAddress("127.0.0.1", port);
        return (SmppSession) Proxy.newProxyInstance(SmppSession.class.getClassLoader(),
                new Class<?>[] {SmppSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "state" -> state;
                    case "remoteAddress" -> remote;
                    case "peerSystemId" -> "esme";
                    case "bindType" -> BindType.TRANSCEIVER;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "session from " + remote + " " + state;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
