package io.github.smppkit.bench.session;

import io.github.smppkit.bench.codec.Sample;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * jSMPP's {@code SMPPSession} against its {@code SMPPServerSessionListener}. jSMPP's submit is blocking, so a
 * window of N is N threads each waiting for its response, which is how jSMPP users get concurrency.
 *
 * <p>Thread-safety: {@link #send} from many threads (jSMPP's session allows it).
 *
 * @since 0.1.0
 */
final class JsmppLoopback implements Loopback {

    private final ESMClass esmClass = new ESMClass();
    private final RegisteredDelivery registeredDelivery = new RegisteredDelivery(1);
    private SMPPServerSessionListener listener;
    private volatile SMPPServerSession serverSession;
    private SMPPSession session;

    @Override
    public String library() {
        return "jsmpp";
    }

    @Override
    public void open(int maxWindow) throws Exception {
        int port = FreePort.find();
        listener = new SMPPServerSessionListener(port, NoDelaySockets.server());
        listener.setMessageReceiverListener(new Receiver(new MessageId(SessionSample.MESSAGE_ID)));
        Thread acceptor = new Thread(this::acceptOne, "jsmpp-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        session = new SMPPSession(NoDelaySockets.client());
        session.setTransactionTimer(30_000);
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, SessionSample.SYSTEM_ID,
                SessionSample.PASSWORD, "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                TimeUnit.SECONDS.toMillis(10));
    }

    private void acceptOne() {
        try {
            SMPPServerSession s = listener.accept();
            BindRequest bind = s.waitForBind(10_000);
            bind.accept(SessionSample.SYSTEM_ID, InterfaceVersion.IF_34);
            serverSession = s;
        } catch (Exception e) {
            throw new IllegalStateException("jSMPP server failed to bind", e);
        }
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public void send(Completion done) throws Exception {
        SubmitSmResult r = session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                Sample.SENDER, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Sample.MSISDN, esmClass,
                (byte) 0, (byte) 0, null, null, registeredDelivery, (byte) 0, DataCodings.ZERO, (byte) 0,
                Sample.TEXT_OCTETS, OptionalParameters.EMPTY_OPTIONAL_PARAMETERS);
        done.complete(r.getMessageId() != null);
    }

    @Override
    public void close() {
        if (session != null) {
            session.unbindAndClose();
        }
        if (serverSession != null) {
            serverSession.close();
        }
        try {
            if (listener != null) {
                listener.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Answers submit_sm with a fixed message_id and refuses the rest. */
    private static final class Receiver implements ServerMessageReceiverListener {
        private final MessageId id;

        Receiver(MessageId id) {
            this.id = id;
        }

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) {
            return new SubmitSmResult(id, OptionalParameters.EMPTY_OPTIONAL_PARAMETERS);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw refused();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw refused();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw refused();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw refused();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw refused();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw refused();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw refused();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw refused();
        }

        private static ProcessRequestException refused() {
            return new ProcessRequestException("not supported by the benchmark", 0x00000003);
        }
    }

}
