package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.InMemoryReceiptStore;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.ReceiptStore;
import io.github.smppkit.dlr.Submission;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Receipts matched to parts in either order; intermediate ones are passed on but complete nothing. */
class ReceiptTrackerTest {

    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final ReceiptTracker tracker = new ReceiptTracker("test",
            (part, receipt) -> reported.add(part.message() + ":" + receipt.state()));

    private static DeliverSm receipt(String id, ReceiptState state) {
        DeliveryReceipt r = DeliveryReceipt.builder().id(id).sub(1).dlvrd(state.isFinal() ? 1 : 0).stat(state)
                .err("000").text("hello").build();
        return ReceiptFormatter.standard().toDeliverSm(r, Address.of(1, 1, "447700900123"),
                Address.of(1, 1, "4912345"));
    }

    private static ReceiptTracker.PartRef part(int message) {
        return new ReceiptTracker.PartRef(message, 1, "447700900123");
    }

    @Test
    void anIntermediateReceiptBeforeTheResponseIsPassedOnWhenThePartIsRecordedAndCompletesNothing() {
        tracker.handle(null, receipt("42", ReceiptState.ENROUTE));
        assertThat(reported).isEmpty();

        tracker.submitted("42", part(0));
        assertThat(reported).containsExactly("0:ENROUTE");
        assertThat(tracker.completeMessages()).isZero();

        tracker.handle(null, receipt("42", ReceiptState.DELIVRD));
        assertThat(reported).containsExactly("0:ENROUTE", "0:DELIVRD");
        assertThat(tracker.completeMessages()).isEqualTo(1);
        assertThat(tracker.unmatched()).isEmpty();
    }

    @Test
    void aFinalReceiptBeforeTheResponseCompletesThePartWhenItIsRecorded() {
        tracker.handle(null, receipt("43", ReceiptState.ENROUTE));
        tracker.handle(null, receipt("43", ReceiptState.UNDELIV));
        assertThat(tracker.unmatched()).containsExactly("43");

        tracker.submitted("43", part(1));

        // The final receipt replaced the intermediate one while both waited for the response.
        assertThat(reported).containsExactly("1:UNDELIV");
        assertThat(tracker.completeMessages()).isEqualTo(1);
        assertThat(tracker.unmatched()).isEmpty();
    }

    @Test
    void anIntermediateReceiptAfterTheFinalOneIsNotTakenForAnIdNeverSent() {
        tracker.submitted("44", part(2));
        tracker.handle(null, receipt("44", ReceiptState.DELIVRD));
        tracker.handle(null, receipt("44", ReceiptState.ENROUTE));

        assertThat(reported).containsExactly("2:DELIVRD");
        assertThat(tracker.completeMessages()).isEqualTo(1);
        assertThat(tracker.unmatched()).isEmpty();
    }

    @Test
    void aFinalReceiptMatchedByAResponseAsItIsHeldIsNotReportedUnmatched() {
        // the response comes on another thread just as the receipt is held: the store lets it in at that point
        HoldingThenRespondingStore store = new HoldingThenRespondingStore();
        ReceiptTracker racing = new ReceiptTracker("test", store,
                (part, receipt) -> reported.add(part.message() + ":" + receipt.state()));
        store.afterHold = () -> racing.submitted("45", part(3));

        racing.handle(null, receipt("45", ReceiptState.DELIVRD));

        assertThat(reported).containsExactly("3:DELIVRD");
        assertThat(racing.completeMessages()).isEqualTo(1);
        assertThat(racing.unmatched()).isEmpty();
    }

    /** The in-memory store, running a step of another thread once, right after it holds a receipt. */
    private static final class HoldingThenRespondingStore implements ReceiptStore<ReceiptTracker.PartRef> {
        private final InMemoryReceiptStore<ReceiptTracker.PartRef> store = new InMemoryReceiptStore<>();
        Runnable afterHold = () -> { };

        @Override
        public Update<ReceiptTracker.PartRef> putSubmittedOrTakeHeld(Submission<ReceiptTracker.PartRef> submission,
                int maxSubmitted) {
            return store.putSubmittedOrTakeHeld(submission, maxSubmitted);
        }

        @Override
        public Update<ReceiptTracker.PartRef> takeSubmittedOrHold(HeldReceipt receipt, int maxHeld) {
            Update<ReceiptTracker.PartRef> update = store.takeSubmittedOrHold(receipt, maxHeld);
            Runnable step = afterHold;
            afterHold = () -> { };
            step.run();
            return update;
        }

        @Override
        public Update<ReceiptTracker.PartRef> peekSubmittedOrHold(HeldReceipt receipt, int maxHeld) {
            return store.peekSubmittedOrHold(receipt, maxHeld);
        }

        @Override
        public Optional<Submission<ReceiptTracker.PartRef>> takeSubmitted(CorrelationKey key) {
            return store.takeSubmitted(key);
        }

        @Override
        public Update<ReceiptTracker.PartRef> removeExpired(Instant submittedBefore, Instant receivedBefore,
                int limit) {
            return store.removeExpired(submittedBefore, receivedBefore, limit);
        }

        @Override
        public int submittedCount() {
            return store.submittedCount();
        }

        @Override
        public int heldCount() {
            return store.heldCount();
        }
    }
}
