package io.github.smppkit.bench.session;

import com.cloudhopper.smpp.PduAsyncResponse;
import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.impl.DefaultSmppSession;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.LoggingOptions;
import io.github.smppkit.bench.codec.Sample;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Cloudhopper's {@code DefaultSmppClient} against its {@code DefaultSmppServer}: asynchronous
 * {@code sendRequestPdu}, responses through {@code fireExpectedPduResponseReceived}, PDU logging off.
 *
 * <p>Thread-safety: driven by {@link SessionBench}; {@link #send} from one thread.
 *
 * @since 0.1.0
 */
final class CloudhopperLoopback implements Loopback {

    private static final long TIMEOUT_MILLIS = 30_000;

    private final ExecutorService serverPool = Executors.newCachedThreadPool(daemon("ch-server"));
    private final ExecutorService clientPool = Executors.newCachedThreadPool(daemon("ch-client"));
    private final Address source = new Address((byte) 5, (byte) 0, Sample.SENDER);
    private final Address destination = new Address((byte) 1, (byte) 1, Sample.MSISDN);
    private DefaultSmppServer server;
    private DefaultSmppClient client;
    private SmppSession session;

    @Override
    public String library() {
        return "cloudhopper";
    }

    @Override
    public void open(int maxWindow) throws Exception {
        int port = FreePort.find();
        SmppServerConfiguration sc = new SmppServerConfiguration();
        sc.setHost("127.0.0.1");
        sc.setPort(port);
        sc.setNonBlockingSocketsEnabled(true);
        sc.setDefaultWindowSize(maxWindow);
        sc.setDefaultRequestExpiryTimeout(TIMEOUT_MILLIS);
        sc.setDefaultSessionCountersEnabled(false);
        sc.setJmxEnabled(false);
        server = new DefaultSmppServer(sc, new ServerHandler(), serverPool);
        server.start();
        client = new DefaultSmppClient(clientPool, 1);
        SmppSessionConfiguration cc = new SmppSessionConfiguration(SmppBindType.TRANSCEIVER, SessionSample.SYSTEM_ID,
                SessionSample.PASSWORD);
        cc.setHost("127.0.0.1");
        cc.setPort(port);
        cc.setWindowSize(maxWindow);
        cc.setConnectTimeout(10_000);
        cc.setRequestExpiryTimeout(TIMEOUT_MILLIS);
        cc.setWindowMonitorInterval(15_000);
        cc.setCountersEnabled(false);
        cc.setLoggingOptions(quiet());
        session = client.bind(cc, new ClientHandler());
        noDelay(session);
    }

    private static LoggingOptions quiet() {
        LoggingOptions lo = new LoggingOptions();
        lo.setLogPdu(false);
        lo.setLogBytes(false);
        return lo;
    }

    @Override
    public boolean blocking() {
        return false;
    }

    @Override
    public void send(Completion done) throws Exception {
        SubmitSm s = new SubmitSm();
        s.setSourceAddress(source);
        s.setDestAddress(destination);
        s.setRegisteredDelivery((byte) 1);
        s.setShortMessage(Sample.TEXT_OCTETS);
        s.setReferenceObject(done);
        session.sendRequestPdu(s, TIMEOUT_MILLIS, false);
    }

    @Override
    public void close() {
        if (session != null) {
            session.unbind(1000);
            session.destroy();
        }
        if (client != null) {
            client.destroy();
        }
        if (server != null) {
            server.destroy();
        }
        serverPool.shutdownNow();
        clientPool.shutdownNow();
    }

    /** Cloudhopper leaves Nagle's algorithm on; its session's public channel lets a user turn it off. */
    private static void noDelay(SmppSession session) {
        ((DefaultSmppSession) session).getChannel().getConfig().setOption("tcpNoDelay", true);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Accepts every bind and answers every submit_sm. */
    private static final class ServerHandler implements SmppServerHandler {
        @Override
        @SuppressWarnings("rawtypes") // Cloudhopper declares the parameter raw
        public void sessionBindRequested(Long id, SmppSessionConfiguration config, BaseBind bind) {
            config.setLoggingOptions(quiet());
            config.setCountersEnabled(false);
        }

        @Override
        public void sessionCreated(Long id, SmppServerSession session, BaseBindResp resp) {
            noDelay(session);
            session.serverReady(new DefaultSmppSessionHandler() {
                @Override
                @SuppressWarnings("rawtypes") // Cloudhopper declares the parameter raw
                public PduResponse firePduRequestReceived(PduRequest request) {
                    PduResponse r = request.createResponse();
                    if (r instanceof SubmitSmResp) {
                        ((SubmitSmResp) r).setMessageId(SessionSample.MESSAGE_ID);
                    }
                    return r;
                }
            });
        }

        @Override
        public void sessionDestroyed(Long id, SmppServerSession session) {
            session.destroy();
        }
    }

    /** Completes the request a response answers. */
    private static final class ClientHandler extends DefaultSmppSessionHandler {
        @Override
        public void fireExpectedPduResponseReceived(PduAsyncResponse response) {
            ((Completion) response.getRequest().getReferenceObject())
                    .complete(response.getResponse().getCommandStatus() == 0);
        }
    }
}
