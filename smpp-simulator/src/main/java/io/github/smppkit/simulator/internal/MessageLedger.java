package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.text.InboundPart;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.MessageState;
import io.github.smppkit.dlr.ReceiptState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the simulator knows of the messages it accepted, for {@code query_sm} and {@code cancel_sm}: a message is
 * en route until its receipt is due (see {@link Fate}), then in the final state its receipt reports, unless it was
 * cancelled before. Broadcasts ({@code broadcast_sm}, answered to {@code query_broadcast_sm} and
 * {@code cancel_broadcast_sm} only) are en route for as long, then delivered to every area. Bounded: past
 * {@link #CAPACITY} messages the oldest are forgotten, and queries for them fail as for an unknown id.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class MessageLedger {

    /** Messages remembered. */
    static final int CAPACITY = 100_000;

    /** final_date as an absolute time in UTC, without tenths: {@code YYMMDDhhmmss000+}. */
    private static final DateTimeFormatter FINAL_DATE = DateTimeFormatter.ofPattern("yyMMddHHmmss'000+'")
            .withZone(ZoneOffset.UTC);

    /**
     * What a replace_sm needs of a submit_sm: its receipt as scheduled, its part (for data_coding and UDHI), and its
     * time fields as sent, which a NULL field of the replace_sm keeps.
     *
     * @param accepted the receipt scheduled for it, with its generation
     * @param part the message as received
     * @param schedule its schedule_delivery_time
     * @param validity its validity_period
     */
    record Original(Deliveries.Accepted accepted, InboundPart part, String schedule, String validity) {
    }

    /**
     * A message, or a broadcast when {@code areas} (its broadcast_area_identifiers) is not null; {@code original} is
     * set for a submit_sm, which replace_sm may replace, and {@code generation} counts its replacements.
     */
    private record LedgerEntry(String serviceType, String source, String destination, Instant due,
            ReceiptState finalState, Instant cancelledAt, List<Bytes> areas, Original original, int generation) {

        LedgerEntry cancelled(Instant at) {
            return new LedgerEntry(serviceType, source, destination, due, finalState, at, areas, original, generation);
        }

        LedgerEntry withOriginal(Original by) {
            return new LedgerEntry(serviceType, source, destination, due, finalState, cancelledAt, areas, by,
                    generation);
        }

        LedgerEntry replaced(Original by) {
            Fate fate = by.accepted().fate();
            return new LedgerEntry(serviceType, source, destination, fate.due(), fate.state(), null, null, by,
                    by.accepted().generation());
        }

        boolean enRoute(Instant now) {
            return cancelledAt == null && now.isBefore(due);
        }
    }

    /** broadcast_area_success once broadcast: a percentage. */
    private static final int AREA_SUCCESS_ALL = 100;
    /** broadcast_area_success while a broadcast is under way: "information not available". */
    private static final int AREA_SUCCESS_UNKNOWN = 255;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, LedgerEntry> entries = new LinkedHashMap<>(1024) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LedgerEntry> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Records an accepted message.
     *
     * @param messageId the id sent in its response
     * @param serviceType its service_type
     * @param source its source_addr
     * @param destination its destination_addr (the first, for a submit_multi)
     * @param fate when its final state is reached and its receipt sent, and that state
     */
    void accepted(String messageId, String serviceType, String source, String destination, Fate fate) {
        lock.lock();
        try {
            entries.put(messageId, new LedgerEntry(serviceType, source, destination, fate.due(), fate.state(), null,
                    null, null, 0));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records an accepted broadcast.
     *
     * @param messageId the id sent in its response
     * @param source its source_addr
     * @param due when it has been broadcast
     * @param areas its broadcast_area_identifiers, in order
     */
    public void broadcastAccepted(String messageId, String source, Instant due, List<Bytes> areas) {
        lock.lock();
        try {
            entries.put(messageId, new LedgerEntry("", source, "", due, ReceiptState.DELIVRD, null,
                    List.copyOf(areas), null, 0));
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
        LedgerEntry e = find(query.messageId(), query.source().value(), false);
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
     * Answers a {@code cancel_sm}. One naming a message succeeds for a message of that source_addr still en route at
     * {@code now}. One without message_id cancels every message from source_addr to destination_addr (of that
     * service_type, when given) still en route, and succeeds if there was one. The receipts of cancelled messages
     * are not sent. Anything else fails.
     *
     * @param cancel the request
     * @param now the current time
     * @return the response
     */
    public CancelSmResp cancel(CancelSm cancel, Instant now) {
        boolean cancelled = cancel.messageId().isEmpty() ? cancelAllWhileEnRoute(cancel, now)
                : cancelWhileEnRoute(cancel.messageId(), cancel.source().value(), false, now);
        return new CancelSmResp(cancel.sequenceNumber(), cancelled ? CommandStatus.ESME_ROK
                : CommandStatus.ESME_RCANCELFAIL, Tlvs.empty());
    }

    /** Cancels the messages a cancel_sm without message_id names; tells whether there was one. */
    private boolean cancelAllWhileEnRoute(CancelSm cancel, Instant now) {
        String serviceType = cancel.serviceType();
        lock.lock();
        try {
            boolean any = false;
            for (Map.Entry<String, LedgerEntry> m : entries.entrySet()) {
                LedgerEntry e = m.getValue();
                if (e.areas() == null && e.enRoute(now) && e.source().equals(cancel.source().value())
                        && e.destination().equals(cancel.destination().value())
                        && (serviceType.isEmpty() || serviceType.equals(e.serviceType()))) {
                    m.setValue(e.cancelled(now));
                    any = true;
                }
            }
            return any;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Answers a {@code query_broadcast_sm}: {@code ESME_RBCASTQUERYFAIL} for an id that is not a broadcast of that
     * source_addr; else message_state and, for each area in order, its broadcast_area_identifier and
     * broadcast_area_success (100 once broadcast, 255 "not available" before or when cancelled).
     *
     * @param query the request
     * @param now the current time
     * @return the response
     */
    public QueryBroadcastSmResp queryBroadcast(QueryBroadcastSm query, Instant now) {
        LedgerEntry e = find(query.messageId(), query.source().value(), true);
        if (e == null) {
            return QueryBroadcastSmResp.of(query.sequenceNumber(), CommandStatus.ESME_RBCASTQUERYFAIL);
        }
        MessageState state = e.cancelledAt() != null ? MessageState.DELETED
                : now.isBefore(e.due()) ? MessageState.ENROUTE : MessageState.DELIVERED;
        Tlvs.Builder tlvs = Tlvs.builder().add(StandardTlvs.MESSAGE_STATE, state.value());
        for (Bytes area : e.areas()) {
            tlvs.add(StandardTlvs.BROADCAST_AREA_IDENTIFIER, area).add(StandardTlvs.BROADCAST_AREA_SUCCESS,
                    state == MessageState.DELIVERED ? AREA_SUCCESS_ALL : AREA_SUCCESS_UNKNOWN);
        }
        return new QueryBroadcastSmResp(query.sequenceNumber(), CommandStatus.ESME_ROK, query.messageId(),
                tlvs.build());
    }

    /**
     * Answers a {@code cancel_broadcast_sm} naming a broadcast: it succeeds for a broadcast of that source_addr still
     * under way at {@code now}. One without message_id (by user_message_reference) is not supported and fails.
     *
     * @param cancel the request
     * @param now the current time
     * @return the response
     */
    public CancelBroadcastSmResp cancelBroadcast(CancelBroadcastSm cancel, Instant now) {
        CommandStatus status = cancelWhileEnRoute(cancel.messageId(), cancel.source().value(), true, now)
                ? CommandStatus.ESME_ROK : CommandStatus.ESME_RBCASTCANCELFAIL;
        return CancelBroadcastSmResp.of(cancel.sequenceNumber(), status);
    }

    /** Marks a message or broadcast cancelled if it is known, of that source and en route; tells whether it was. */
    private boolean cancelWhileEnRoute(String messageId, String source, boolean broadcast, Instant now) {
        lock.lock();
        try {
            LedgerEntry e = messageId.isEmpty() ? null : find(messageId, source, broadcast);
            if (e == null || !e.enRoute(now)) {
                return false;
            }
            entries.put(messageId, e.cancelled(now));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether the receipt of a message's generation is still to be sent: not when the message was cancelled
     * or replaced since. A message forgotten (past {@link #CAPACITY}) gets its receipt.
     *
     * @param messageId the id sent in its response
     * @param generation the generation the receipt was scheduled for
     * @return {@code false} once {@link #cancel} succeeded for it or it was replaced
     */
    public boolean isCurrent(String messageId, int generation) {
        lock.lock();
        try {
            LedgerEntry e = entries.get(messageId);
            return e == null || e.cancelledAt() == null && e.generation() == generation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Notes what a replace_sm of a submit_sm needs, once its receipt is scheduled.
     *
     * @param messageId the id sent in its response
     * @param original the submit_sm's receipt, part and time fields
     */
    void keepOriginal(String messageId, Original original) {
        lock.lock();
        try {
            entries.computeIfPresent(messageId, (id, e) -> e.withOriginal(original));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the submit_sm a replace_sm names, if it is from that source_addr and still en route at {@code now}.
     *
     * @param messageId the id
     * @param source the replace_sm's source_addr
     * @param now the current time
     * @return the original, or empty when it cannot be replaced
     */
    Optional<Original> replaceable(String messageId, String source, Instant now) {
        LedgerEntry e = find(messageId, source, false);
        return e == null || !e.enRoute(now) ? Optional.empty() : Optional.ofNullable(e.original());
    }

    /**
     * Puts a replacement in place: its due time, final state and generation, so that the earlier receipt is not sent;
     * unless the message was cancelled or replaced since it was looked up.
     *
     * @param messageId the id
     * @param replacement the new receipt, part and time fields, of the generation after the one looked up
     * @return whether it took the place of the message
     */
    boolean replaced(String messageId, Original replacement) {
        lock.lock();
        try {
            LedgerEntry e = entries.get(messageId);
            if (e == null || e.cancelledAt() != null || e.generation() != replacement.accepted().generation() - 1) {
                return false;
            }
            entries.put(messageId, e.replaced(replacement));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the message or broadcast with that id, or {@code null} when unknown, of the other kind, or from
     * another (non-empty) source_addr.
     */
    private LedgerEntry find(String messageId, String source, boolean broadcast) {
        lock.lock();
        try {
            LedgerEntry e = entries.get(messageId);
            return e == null || (e.areas() != null) != broadcast || !source.isEmpty() && !source.equals(e.source())
                    ? null : e;
        } finally {
            lock.unlock();
        }
    }
}
