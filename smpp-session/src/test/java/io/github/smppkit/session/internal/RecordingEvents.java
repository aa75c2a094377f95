package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Pdu;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a {@link Writer} reports, for the writer tests. Thread-safe. */
final class RecordingEvents implements WriterEvents {

    final List<Pdu> pdus = new CopyOnWriteArrayList<>();
    final List<Integer> sequenceNumbers = new CopyOnWriteArrayList<>();
    final List<Pdu> notSent = new CopyOnWriteArrayList<>();
    final List<String> closed = new CopyOnWriteArrayList<>();
    final List<Exception> failed = new CopyOnWriteArrayList<>();

    @Override
    public void written(Pdu pdu, int sequenceNumber) {
        pdus.add(pdu);
        sequenceNumbers.add(sequenceNumber);
    }

    @Override
    public void notSent(Pdu pdu, int sequenceNumber) {
        notSent.add(pdu);
    }

    @Override
    public void close(String reason) {
        closed.add(reason);
    }

    @Override
    public void connectionFailed(String what, Exception e) {
        failed.add(e);
    }
}
