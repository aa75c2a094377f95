package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.session.BindType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The receipt text as an ESME reads it, byte for byte (reference §10). */
class ReceiptTextTest {

    private static String receiptText(Instant now) throws InterruptedException {
        try (SmppSimulator smsc = SmppSimulator.builder().clock(() -> now).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            esme.send(Esme.submit("Hello", true));
            DeliverSm receipt = esme.next();
            return new String(receipt.shortMessage().toByteArray(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void datesAreTheAppendixTenDigitsEvenWhenTheSecondsAreNotZero() throws InterruptedException {
        // python-smpplib hands this text to the application, whose parser expects YYMMDDhhmm
        assertThat(receiptText(Instant.parse("2026-11-24T21:06:50Z")))
                .isEqualTo("id:1 sub:001 dlvrd:001 submit date:2611242106 done date:2611242106 stat:DELIVRD"
                        + " err:000 text:Hello");
    }

    @Test
    void aYearTwoDigitsCannotSayIsWrittenWithFourRatherThanLosingTheReceipt() throws InterruptedException {
        assertThat(receiptText(Instant.parse("2100-01-01T00:00:30Z")))
                .contains("submit date:21000101000030 done date:21000101000030 stat:DELIVRD");
    }
}
