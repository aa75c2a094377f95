package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppSession;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The batch report: failures counted by reason across parts, and each part telling whether it left. */
class BatchSenderTest {

    @Test
    void failuresCountByReasonWithoutSequenceNumbersAndSayWhetherThePartLeft() {
        AtomicInteger sequence = new AtomicInteger();
        SmppSession session = (SmppSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SmppSession.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("sendAsync")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    int seq = sequence.incrementAndGet();
                    return CompletableFuture.failedFuture(seq % 2 == 0
                            ? SmppConnectionException.notSent("session closed: peer unbound (submit_sm, seq " + seq
                                    + " not sent)")
                            : new SmppConnectionException("session closed: peer unbound (submit_sm, seq " + seq
                                    + " unanswered)"));
                });
        List<BatchSender.PartResult> parts = new CopyOnWriteArrayList<>();
        ReceiptTracker tracker = new ReceiptTracker("test", (part, receipt) -> { });
        SubmitSm submit = SubmitSm.builder().source(Address.of(1, 1, "4912345"))
                .destination(Address.of(1, 1, "4967890"))
                .shortMessage(Bytes.of("hi".getBytes(StandardCharsets.ISO_8859_1))).build();

        BatchSender.Report report = new BatchSender(session, tracker, parts::add)
                .send(List.of(List.of(submit), List.of(submit), List.of(submit), List.of(submit)));

        assertThat(report.accepted()).isZero();
        assertThat(report.failures()).containsOnly(
                entry("session closed: peer unbound (submit_sm not sent)", 2),
                entry("session closed: peer unbound (submit_sm unanswered)", 2));
        assertThat(parts).allSatisfy(p -> assertThat(p.notSent()).isEqualTo(p.failure().endsWith("not sent)")));
        assertThat(parts).extracting(BatchSender.PartResult::failure).allMatch(f -> f.contains(", seq "));
    }
}
