package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptKind;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.BindAuthenticator;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A minimal SMSC on a free loopback port: answers submit_sm with ids and sends a receipt for each, DELIVRD unless
 * told otherwise.
 */
final class TestSmsc implements AutoCloseable {

    final SmppServer server;
    final AtomicInteger submits = new AtomicInteger();
    /** Every submit_sm accepted, in arrival order. */
    final List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
    /** Receipts the client has answered: it has read the submit_sm_resp sent before each. */
    final AtomicInteger receiptsAnswered = new AtomicInteger();

    TestSmsc(CommandStatus rejectWith) {
        this(rejectWith, ReceiptState.DELIVRD);
    }

    /** An SMSC whose receipts report {@code receiptState}: intermediate notifications when it is not final. */
    TestSmsc(CommandStatus rejectWith, ReceiptState receiptState) {
        this(rejectWith, receiptState, UnaryOperator.identity());
    }

    /** An SMSC whose receipts quote {@code receiptIdOf} the id its submit_sm_resp gave. */
    TestSmsc(CommandStatus rejectWith, ReceiptState receiptState, UnaryOperator<String> receiptIdOf) {
        this(rejectWith, receiptState, receiptIdOf, false);
    }

    /**
     * An SMSC that sends its DELIVRD receipts as data_sm (reference §10 allows either) carrying only the TLVs, as
     * the corpus's node-smpp data_sm receipt does.
     */
    static TestSmsc receiptsAsDataSm() {
        return new TestSmsc(CommandStatus.ESME_ROK, ReceiptState.DELIVRD, UnaryOperator.identity(), true);
    }

    private TestSmsc(CommandStatus rejectWith, ReceiptState receiptState, UnaryOperator<String> receiptIdOf,
            boolean asDataSm) {
        server = SmppServer.start(SmppServer.builder()
                .port(0)
                .authenticator(BindAuthenticator.of("user", "secret"))
                .requestHandler((session, request) -> {
                    if (request.commandId() != CommandId.SUBMIT_SM) {
                        return HandlerResult.defaultAnswer();
                    }
                    SubmitSm submit = (SubmitSm) request;
                    if (!rejectWith.isOk()) {
                        return HandlerResult.answer(SubmitSmResp.of(submit.sequenceNumber(), rejectWith));
                    }
                    accepted.add(submit);
                    String id = Integer.toString(1000 + submits.incrementAndGet());
                    session.respond(SubmitSmResp.ok(submit.sequenceNumber(), id));
                    if (submit.registeredDelivery().value() != 0 && asDataSm) {
                        dataSmReceipt(session, submit, receiptIdOf.apply(id), receiptState);
                    } else if (submit.registeredDelivery().value() != 0) {
                        receipt(session, submit, receiptIdOf.apply(id), receiptState);
                    }
                    return HandlerResult.deferred();
                })
                .build());
    }

    private void receipt(SmppSession session, SubmitSm submit, String id, ReceiptState state) {
        DeliveryReceipt receipt = DeliveryReceipt.builder().id(id).sub(1).dlvrd(1).stat(state).err("000").text("")
                .kind(state.isFinal() ? ReceiptKind.DELIVERY_RECEIPT : ReceiptKind.INTERMEDIATE).build();
        DeliverSm deliver = ReceiptFormatter.standard().toDeliverSm(receipt, submit.destination(), submit.source());
        session.sendAsync(deliver).thenRun(receiptsAnswered::incrementAndGet);
    }

    private void dataSmReceipt(SmppSession session, SubmitSm submit, String id, ReceiptState state) {
        DataSm data = DataSm.builder().source(submit.destination()).destination(submit.source())
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .tlvs(Tlvs.builder().add(StandardTlvs.RECEIPTED_MESSAGE_ID, id)
                        .add(StandardTlvs.MESSAGE_STATE, state.messageStateValue().orElseThrow()).build())
                .build();
        session.sendAsync(data).thenRun(receiptsAnswered::incrementAndGet);
    }

    int port() {
        return server.localAddress().getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
