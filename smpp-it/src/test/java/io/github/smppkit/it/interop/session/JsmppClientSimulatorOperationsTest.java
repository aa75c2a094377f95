package io.github.smppkit.it.interop.session;

import static io.github.smppkit.it.interop.session.Interop.HOST;
import static io.github.smppkit.it.interop.session.Interop.WAIT_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.simulator.SmppSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.util.RelativeTimeFormatter;
import org.junit.jupiter.api.Test;

/** jSMPP 3.0.1's query, replace and cancel calls against the simulator, with a validity written by jSMPP. */
class JsmppClientSimulatorOperationsTest {

    private static final TypeOfNumber TON = TypeOfNumber.INTERNATIONAL;
    private static final NumberingPlanIndicator NPI = NumberingPlanIndicator.ISDN;
    private static final String SOURCE = "447700900001";
    private static final String DESTINATION = "447700900002";

    @Test
    void queryReplaceAndCancelAMessageEnRoute() throws Exception {
        SMPPSession jsmpp = new SMPPSession();
        try (SmppSimulator smsc = SmppSimulator.builder().receiptDelay(Duration.ofHours(1)).start()) {
            jsmpp.setTransactionTimer(WAIT_MILLIS);
            jsmpp.connectAndBind(HOST, smsc.port(), new BindParameter(BindType.BIND_TX, "js", "secret", "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "", InterfaceVersion.IF_34), WAIT_MILLIS);
            String validity = RelativeTimeFormatter.format(0, 0, 1, 0, 0, 0);
            String id = jsmpp.submitShortMessage("", TON, NPI, SOURCE, TON, NPI, DESTINATION, new ESMClass(),
                    (byte) 0, (byte) 0, null, validity, new RegisteredDelivery(0), (byte) 0, DataCodings.ZERO,
                    (byte) 0, ascii("Hello")).getMessageId();

            assertThat(jsmpp.queryShortMessage(id, TON, NPI, SOURCE).getMessageState())
                    .isEqualTo(MessageState.ENROUTE);
            jsmpp.replaceShortMessage(id, TON, NPI, SOURCE, null, null, new RegisteredDelivery(1), (byte) 0,
                    ascii("Goodbye"));
            jsmpp.cancelShortMessage("", id, TON, NPI, SOURCE, TON, NPI, DESTINATION);
            assertThat(jsmpp.queryShortMessage(id, TON, NPI, SOURCE).getMessageState())
                    .isEqualTo(MessageState.DELETED);
            assertThatThrownBy(() -> jsmpp.replaceShortMessage(id, TON, NPI, SOURCE, null, null,
                    new RegisteredDelivery(0), (byte) 0, ascii("Too late")))
                    .isInstanceOf(NegativeResponseException.class).hasMessageContaining("13");
        } finally {
            jsmpp.unbindAndClose();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
