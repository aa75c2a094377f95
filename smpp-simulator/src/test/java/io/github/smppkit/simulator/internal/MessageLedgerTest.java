package io.github.smppkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.text.InboundPart;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.ReceiptState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** replace_sm against the ledger when another bind cancels or replaces the same message in between. */
class MessageLedgerTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private static final Address FROM = Address.of(1, 1, "100");
    private static final Address TO = Address.of(1, 1, "200");
    private static final Fate FATE = new Fate(T0.plusSeconds(60), ReceiptState.DELIVRD);
    private static final InboundPart PART = InboundPart.of("100", "200", 0, false, Bytes.of(new byte[] {'a'}));

    private static MessageLedger.Original original(Deliveries.Accepted accepted) {
        return new MessageLedger.Original(accepted, PART, "", "");
    }

    @Test
    void aReplacementDoesNotTakeThePlaceOfAMessageCancelledOrReplacedSinceItWasLookedUp() {
        MessageLedger ledger = new MessageLedger();
        ledger.accepted("1", "", "100", "200", FATE);
        ledger.keepOriginal("1", original(new Deliveries.Accepted(new BindRegistry.Entry(1, null, "esme"), 1, "1",
                FROM, TO, 1, T0, "a", FATE, 0)));

        MessageLedger.Original looked = ledger.replaceable("1", "100", T0).orElseThrow();
        assertThat(ledger.replaced("1", original(looked.accepted().replaced(1, "b", FATE)))).isTrue();
        assertThat(ledger.replaced("1", original(looked.accepted().replaced(1, "c", FATE))))
                .as("a second replacement from the same lookup").isFalse();
        assertThat(ledger.isCurrent("1", 1)).isTrue();
        assertThat(ledger.isCurrent("1", 0)).as("the first receipt").isFalse();

        MessageLedger.Original again = ledger.replaceable("1", "100", T0).orElseThrow();
        assertThat(ledger.cancel(new CancelSm(2, "", "1", FROM, TO, Tlvs.empty()), T0).status())
                .isEqualTo(CommandStatus.ESME_ROK);
        assertThat(ledger.replaced("1", original(again.accepted().replaced(1, "d", FATE))))
                .as("cancelled after the lookup").isFalse();
        assertThat(ledger.isCurrent("1", 1)).isFalse();
        assertThat(ledger.isCurrent("unknown", 0)).as("a message forgotten gets its receipt").isTrue();
    }
}
