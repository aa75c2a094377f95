package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.MessageState;
import io.github.smppkit.dlr.ReceiptState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the simulator knows of the messages it accepted, for {@code query_sm} and {@code cancel_sm}: a message is
 * en route until its receipt is due (the receipt delay), then in the final state its receipt reports, unless it was
 * cancelled before. Bounded: past {@link #CAPACITY} messages the oldest are forgotten, and queries for them fail as
 * for an unknown id.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class MessageLedger {

    /** Messages remembered. */
    static final int CAPACITY = 100_000;

    /** final_date as an absolute time in UTC, without tenths: {@code YYMMDDhhmmss000+}. */
    private static final DateTimeFormatter FINAL_DATE = DateTimeFormatter.ofPattern("yyMMddHHmmss'000+'")
            .withZone(ZoneOffset.UTC);

    private record Entry(String source, Instant due, ReceiptState finalState, Instant cancelledAt) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> entries = new LinkedHashMap<>(1024) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Records an accepted message.
     *
     * @param messageId the id sent in its response
     * @param source its source_addr
     * @param due when its final state is reached and its receipt sent
     * @param finalState that state
     */
    public void accepted(String messageId, String source, Instant due, ReceiptState finalState) {
        lock.lock();
        try {
            entries.put(messageId, new Entry(source, due, finalState, null));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Answers a {@code query_sm}: {@code ESME_RQUERYFAIL} for an id it does not know or a source_addr other than the
     * message's; else the state at {@code now}, with final_date and error_code once the state is final.
     *
     * @param query the request
     * @param now the current time
     * @return the response
     */
    public QuerySmResp query(QuerySm query, Instant now) {
        Entry e = find(query.messageId(), query.source().value());
        if (e == null) {
            return QuerySmResp.of(query.sequenceNumber(), CommandStatus.ESME_RQUERYFAIL);
        }
        if (e.cancelledAt() != null) {
            return answer(query, MessageState.DELETED, e.cancelledAt(), 0);
        }
        if (now.isBefore(e.due())) {
            return new QuerySmResp(query.sequenceNumber(), CommandStatus.ESME_ROK, query.messageId(), "",
                    MessageState.ENROUTE.value(), 0, Tlvs.empty());
        }
        int state = e.finalState().messageStateValue().orElse(MessageState.UNKNOWN.value());
        return answer(query, MessageState.fromValue(state), e.due(), e.finalState() == ReceiptState.DELIVRD ? 0 : 1);
    }

    private static QuerySmResp answer(QuerySm query, MessageState state, Instant finalDate, int errorCode) {
        return new QuerySmResp(query.sequenceNumber(), CommandStatus.ESME_ROK, query.messageId(),
                FINAL_DATE.format(finalDate), state.value(), errorCode, Tlvs.empty());
    }

    /**
     * Answers a {@code cancel_sm} naming a message: it succeeds for a message of that source_addr still en route at
     * {@code now}, whose receipt is then not sent. A cancel_sm without message_id (all messages from one address to
     * another) is not supported and fails, as does any other.
     *
     * @param cancel the request
     * @param now the current time
     * @return the response
     */
    public CancelSmResp cancel(CancelSm cancel, Instant now) {
        lock.lock();
        try {
            Entry e = cancel.messageId().isEmpty() ? null : find(cancel.messageId(), cancel.source().value());
            if (e == null || e.cancelledAt() != null || !now.isBefore(e.due())) {
                return new CancelSmResp(cancel.sequenceNumber(), CommandStatus.ESME_RCANCELFAIL, Tlvs.empty());
            }
            entries.put(cancel.messageId(), new Entry(e.source(), e.due(), e.finalState(), now));
            return new CancelSmResp(cancel.sequenceNumber(), CommandStatus.ESME_ROK, Tlvs.empty());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether a message was cancelled, so that its receipt is not sent.
     *
     * @param messageId the id sent in its response
     * @return {@code true} once {@link #cancel} succeeded for it
     */
    public boolean isCancelled(String messageId) {
        lock.lock();
        try {
            Entry e = entries.get(messageId);
            return e != null && e.cancelledAt() != null;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the message with that id, or {@code null} when unknown or from another (non-empty) source_addr. */
    private Entry find(String messageId, String source) {
        lock.lock();
        try {
            Entry e = entries.get(messageId);
            return e == null || !source.isEmpty() && !source.equals(e.source()) ? null : e;
        } finally {
            lock.unlock();
        }
    }
}
