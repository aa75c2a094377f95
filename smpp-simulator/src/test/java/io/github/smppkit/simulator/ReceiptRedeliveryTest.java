package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** What the simulator does, and reports, when an ESME answers a receipt's deliver_sm with an error (reference §6). */
class ReceiptRedeliveryTest {

    // Three times the simulator's pause between redeliveries: long enough to see one more if it came.
    private static final Duration QUIET = Duration.ofMillis(600);

    /**
     * Submits one message asking for a receipt; the ESME answers its n-th receipt (from 0) as told. Returns the
     * receipts seen once {@code expected} have arrived (or 10 s passed) and then nothing more for a while.
     */
    private static List<String> receiptIdsSeen(IntFunction<CommandStatus> answer, int expected)
            throws InterruptedException {
        return receiptIdsSeen(answer, expected, new CopyOnWriteArrayList<>());
    }

    /** As above, collecting the simulator's {@code refused} events too. */
    private static List<String> receiptIdsSeen(IntFunction<CommandStatus> answer, int expected,
            List<SimulatorEvent.Refused> refused) throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (SmppSimulator smsc = SmppSimulator.builder().listener(e -> {
                    if (e instanceof SimulatorEvent.Refused r) {
                        refused.add(r);
                    }
                }).start();
                SmppSession esme = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(smsc.port())
                        .systemId("esme").password("secret").bindType(BindType.TRANSCEIVER)
                        .requestHandler((s, request) -> {
                            if (!(request instanceof DeliverSm)) {
                                return HandlerResult.defaultAnswer();
                            }
                            ReceiptExtractor.standard().extract((DeliverSm) request).asOptional()
                                    .ifPresent(r -> seen.add(r.messageId()));
                            return HandlerResult.answer(request.response(answer.apply(seen.size() - 1)));
                        }).build())) {
            esme.send(Esme.submit("Hello", true));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(QUIET.toMillis());
        }
        return seen;
    }

    @Test
    void aReceiptRefusedForNowIsSentAgain() throws InterruptedException {
        List<String> seen = receiptIdsSeen(n -> n == 0 ? CommandStatus.ESME_RX_T_APPN : CommandStatus.ESME_ROK, 2);
        assertThat(seen).containsExactly("1", "1");
    }

    @Test
    void aReceiptRejectedForGoodIsNotSentAgain() throws InterruptedException {
        List<SimulatorEvent.Refused> refused = new CopyOnWriteArrayList<>();
        assertThat(receiptIdsSeen(n -> CommandStatus.ESME_RX_R_APPN, 1, refused)).containsExactly("1");
        assertThat(refused).containsExactly(new SimulatorEvent.Refused(1, "esme", "receipt", "1",
                CommandStatus.ESME_RX_R_APPN, false));
    }

    @Test
    void eachRefusalIsReportedAndSaysWhetherTheReceiptComesAgain() throws InterruptedException {
        List<SimulatorEvent.Refused> refused = new CopyOnWriteArrayList<>();
        receiptIdsSeen(n -> n == 0 ? CommandStatus.ESME_RX_T_APPN : CommandStatus.ESME_ROK, 2, refused);
        assertThat(refused).extracting(SimulatorEvent.Refused::status, SimulatorEvent.Refused::retried)
                .containsExactly(tuple(CommandStatus.ESME_RX_T_APPN, true));
    }

    @Test
    void anEsmeThatNeverTakesTheReceiptGetsItABoundedNumberOfTimes() throws InterruptedException {
        // the first delivery and ten redeliveries
        assertThat(receiptIdsSeen(n -> CommandStatus.ESME_RX_T_APPN, 11)).hasSize(11).containsOnly("1");
    }
}
