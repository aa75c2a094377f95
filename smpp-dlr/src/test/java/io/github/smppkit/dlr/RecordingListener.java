package io.github.smppkit.dlr;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Records every removal it hears about; thread-safe. */
final class RecordingListener<T> implements CorrelationListener<T> {
    final Queue<ReceiptStore.Removal<Submission<T>>> submissions = new ConcurrentLinkedQueue<>();
    final Queue<ReceiptStore.Removal<HeldReceipt>> receipts = new ConcurrentLinkedQueue<>();

    @Override
    public void submissionRemoved(Submission<T> submission, RemovalCause cause) {
        submissions.add(new ReceiptStore.Removal<>(submission, cause));
    }

    @Override
    public void receiptRemoved(HeldReceipt receipt, RemovalCause cause) {
        receipts.add(new ReceiptStore.Removal<>(receipt, cause));
    }
}
