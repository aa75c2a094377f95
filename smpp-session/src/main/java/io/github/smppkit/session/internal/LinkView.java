package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ResponseCallback;
import io.github.smppkit.session.SendStatus;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppSession;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * What the request handler of a reconnecting client is given: the client session, except that answers go on the
 * link the request came on. Through the client they would go on whichever link is current when the handler
 * answers: after a reconnect the next one, where they answer the new link's request of the same sequence number;
 * and none yet for a receipt read right behind bind_resp, before the client has taken up the new link.
 *
 * <p>Thread-safety: thread-safe, as both sessions are.
 */
final class LinkView implements SmppSession {

    private final Session link;
    private final SmppSession client;

    LinkView(Session link, SmppSession client) {
        this.link = link;
        this.client = client;
    }

    @Override
    public void respond(Response response) {
        link.respond(response);
    }

    @Override
    public <R extends Response> R send(Request<R> request) {
        return client.send(request);
    }

    @Override
    public <R extends Response> CompletableFuture<R> sendAsync(Request<R> request) {
        return client.sendAsync(request);
    }

    @Override
    public SendStatus trySend(Request<?> request, ResponseCallback callback) {
        return client.trySend(request, callback);
    }

    @Override
    public void unbind() {
        client.unbind();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public SessionState state() {
        return client.state();
    }

    @Override
    public BindType bindType() {
        return client.bindType();
    }

    @Override
    public String systemId() {
        return client.systemId();
    }

    @Override
    public String peerSystemId() {
        return client.peerSystemId();
    }

    @Override
    public InterfaceVersion peerInterfaceVersion() {
        return client.peerInterfaceVersion();
    }

    @Override
    public int pendingCount() {
        return client.pendingCount();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return client.remoteAddress();
    }

    @Override
    public String toString() {
        return client.toString();
    }
}
