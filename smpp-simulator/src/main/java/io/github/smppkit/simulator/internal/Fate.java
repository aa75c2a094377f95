package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.SmppTime;
import io.github.smppkit.dlr.ReceiptState;
import java.time.Instant;

/**
 * What becomes of an accepted message: when its final state is reached (and its receipt due) and which state. The
 * settings give the delay and the state; the message's own schedule_delivery_time delays the start, and a
 * validity_period (or data_sm's qos_time_to_live) that ends first makes it EXPIRED at that end, as an MC that could
 * not deliver in time.
 *
 * @param due when the final state is reached
 * @param state the final state
 */
record Fate(Instant due, ReceiptState state) {

    /** A time field an MC cannot act on; the status is the one the reference gives for that field. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient CommandStatus status;

        Refused(CommandStatus status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        CommandStatus status() {
            return status;
        }
    }

    /**
     * The fate of a message without time fields: due after the settings' delay.
     *
     * @param settings the simulator's settings
     * @param destination destination_addr
     * @param now when it was accepted
     * @return the fate
     */
    static Fate of(Settings settings, String destination, Instant now) {
        return new Fate(now.plus(settings.receiptDelay()), settings.receiptState().apply(destination));
    }

    /**
     * The fate of a message with its time fields.
     *
     * @param settings the simulator's settings
     * @param destination destination_addr
     * @param now when it was accepted
     * @param schedule schedule_delivery_time, "" for at once
     * @param validity validity_period, "" for the MC's default (no end here)
     * @return the fate
     * @throws Refused for a field that is not a time
     */
    static Fate of(Settings settings, String destination, Instant now, String schedule, String validity)
            throws Refused {
        return of(settings, destination, now, schedule, now, validity, now);
    }

    /**
     * The fate of a message with its time fields, each relative one read from its own moment: for a replace_sm, the
     * original submission for a field it kept and the replacement for a field it set.
     *
     * @param settings the simulator's settings
     * @param destination destination_addr
     * @param now the current time
     * @param schedule schedule_delivery_time, "" for at once
     * @param scheduleFrom the moment a relative schedule_delivery_time counts from
     * @param validity validity_period, "" for the MC's default (no end here)
     * @param validityFrom the moment a relative validity_period counts from
     * @return the fate
     * @throws Refused for a field that is not a time
     */
    static Fate of(Settings settings, String destination, Instant now, String schedule, Instant scheduleFrom,
            String validity, Instant validityFrom) throws Refused {
        Instant start = schedule.isEmpty() ? now : resolve(schedule, scheduleFrom, "schedule_delivery_time",
                CommandStatus.ESME_RINVSCHED);
        Fate fate = of(settings, destination, start.isAfter(now) ? start : now);
        if (validity.isEmpty()) {
            return fate;
        }
        // a validity already ended is taken, and the message expires at once, as an SMSC that accepts before it looks
        return fate.endingBy(resolve(validity, validityFrom, "validity_period", CommandStatus.ESME_RINVEXPIRY), now);
    }

    /**
     * Returns this fate for a message the MC gives up at {@code end}: EXPIRED then (or at once, for an end already
     * past), unless its final state comes before.
     *
     * @param end when the MC stops trying
     * @param now when the message was accepted
     * @return the fate
     */
    Fate endingBy(Instant end, Instant now) {
        return due.isBefore(end) ? this : new Fate(end.isAfter(now) ? end : now, ReceiptState.EXPIRED);
    }

    private static Instant resolve(String field, Instant now, String name, CommandStatus status) throws Refused {
        try {
            return SmppTime.parse(field).resolve(now);
        } catch (IllegalArgumentException e) {
            throw new Refused(status, name + ": " + e.getMessage());
        }
    }
}
