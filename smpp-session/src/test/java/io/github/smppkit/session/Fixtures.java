package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.EsmClass;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Shared PDUs and helpers of the session tests. */
final class Fixtures {

    static final Address FROM = Address.of(1, 1, "4912345");
    static final Address TO = Address.of(1, 1, "4967890");

    private Fixtures() {
    }

    static SubmitSm submit(String text) {
        return SubmitSm.builder().source(FROM).destination(TO)
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1))).build();
    }

    static DeliverSm receipt(String messageId) {
        String text = "id:" + messageId + " sub:001 dlvrd:001 submit date:2611232130 done date:2611232131 stat:DELIVRD"
                + " err:000 text:";
        return DeliverSm.builder().source(TO).destination(FROM).esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.ISO_8859_1))).build();
    }

    static ClientConfig.Builder client(SmppServer server, BindType type) {
        return SmppClient.builder().host("127.0.0.1").port(server.localAddress().getPort()).systemId("esme")
                .password("secret").bindType(type).responseTimeout(Duration.ofSeconds(20));
    }

    /**
     * Tells whether a throttling pause is in force: then one of two immediate sends is refused, as the second comes
     * less than the pause after the first (or the first less than the pause after the last send).
     */
    static boolean pauseInForce(SmppSession s) {
        SendStatus first = s.trySend(submit("first"), (r, e) -> { });
        SendStatus second = s.trySend(submit("second"), (r, e) -> { });
        assertThat(List.of(first, second)).isSubsetOf(SendStatus.SENT, SendStatus.RATE_LIMITED);
        return first == SendStatus.RATE_LIMITED || second == SendStatus.RATE_LIMITED;
    }

    /** Waits (bounded, generous) until the condition holds; the bound is a hang guard, not a timing check. */
    static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
