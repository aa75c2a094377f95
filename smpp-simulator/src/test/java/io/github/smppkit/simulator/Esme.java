package io.github.smppkit.simulator;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.text.LongMessageCarrier;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test ESME: a bound client session that queues every deliver_sm it receives. */
final class Esme implements AutoCloseable {

    static final Address FROM = Address.of(1, 1, "4917000000001");
    static final Address TO = Address.of(1, 1, "4917000000002");

    final SmppSession session;
    final BlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();

    private Esme(int port, String systemId, String password, BindType type, InterfaceVersion version) {
        session = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port).systemId(systemId)
                .password(password).bindType(type).interfaceVersion(version).responseTimeout(Duration.ofSeconds(5))
                // Rate tests count ESME_RTHROTTLED answers; the client must not slow down on them.
                .throttlingStatuses(code -> false)
                .requestHandler((s, request) -> {
                    if (request instanceof DeliverSm) {
                        delivered.add((DeliverSm) request);
                    }
                    return HandlerResult.defaultAnswer();
                }).build());
    }

    static Esme bind(SmppSimulator smsc, String systemId, String password, BindType type) {
        return new Esme(smsc.port(), systemId, password, type, InterfaceVersion.V34);
    }

    /** Binds announcing an older or newer SMPP version. */
    static Esme bind(SmppSimulator smsc, BindType type, InterfaceVersion version) {
        return new Esme(smsc.port(), "esme", "secret", type, version);
    }

    static Esme bind(SmppSimulator smsc, BindType type) {
        return bind(smsc, "esme", "secret", type);
    }

    static SubmitSm submit(String text, boolean receipt) {
        return parts(text, LongMessageCarrier.UDH_8BIT_REFERENCE, receipt).get(0);
    }

    static List<SubmitSm> parts(String text, LongMessageCarrier carrier, boolean receipt) {
        SubmitSm template = SubmitSm.builder().source(FROM).destination(TO)
                .registeredDelivery(receipt ? RegisteredDelivery.ON_SUCCESS_OR_FAILURE : RegisteredDelivery.NONE)
                .build();
        return MessageParts.submitSms(plan(text, carrier), template);
    }

    static MessagePlan plan(String text, LongMessageCarrier carrier) {
        return MessagePlanner.plan(text, PlanOptions.builder().carrier(carrier).reference(42).build());
    }

    List<SubmitSmResp> send(List<SubmitSm> parts) {
        List<SubmitSmResp> out = new ArrayList<>();
        for (SubmitSm p : parts) {
            out.add(session.send(p));
        }
        return out;
    }

    SubmitSmResp send(SubmitSm part) {
        return session.send(part);
    }

    DeliverSm next() throws InterruptedException {
        DeliverSm d = delivered.poll(10, TimeUnit.SECONDS);
        if (d == null) {
            throw new AssertionError("no deliver_sm within 10 s");
        }
        return d;
    }

    DeliveryReceipt nextReceipt() throws InterruptedException {
        return ReceiptExtractor.standard().extract(next()).asOptional()
                .orElseThrow(() -> new AssertionError("deliver_sm is not a receipt"));
    }

    @Override
    public void close() {
        session.close();
    }
}
