package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.simulator.MessageIdStyle;
import io.github.smppkit.simulator.ReceiptRoute;
import io.github.smppkit.simulator.SimulatorListener;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Resolved simulator settings: the builder's values with the provider profile's defaults filled in.
 *
 * <p>Thread-safety: immutable (the functions given by the user must be thread-safe).
 *
 * @param server the session server settings, without authenticator, handler and observer
 * @param credentials system_id to password; empty accepts any
 * @param idStyle ids in submit responses
 * @param receiptIdStyle ids in receipts
 * @param receiptDelay delay before a receipt
 * @param receiptState final state per destination_addr
 * @param receiptRoute where receipts go
 * @param formatter receipt text writer
 * @param moEvery send an MO after every n-th accepted message, 0 never
 * @param moText the text of those MO messages
 * @param profile emulated provider
 * @param maxBinds binds per system_id, 0 unlimited
 * @param bindLimitStatus answer to a bind over the limit
 * @param rate submits per second, 0 unlimited
 * @param ratePerBind whether the rate counts per bind (else per system_id)
 * @param throttleStatus answer to a submit over the rate
 * @param rejectEvery reject every n-th submit, 0 never
 * @param rejectEveryStatus status for those
 * @param rejectIf submits to reject
 * @param rejectIfStatus status for those
 * @param validate whether the profile's validator applies
 * @param clock time for rates and receipt dates
 * @param listeners listeners
 * @param threadFactory scheduler threads
 * @param maxRecorded most submits and messages kept for {@code received()}
 * @param lowVersionBindsAs the version taken for ESMEs binding with an interface_version below 0x34, if any
 * @param congestionState whether OK submit answers to SMPP 5.0 ESMEs carry congestion_state
 * @param firstMessageNumber the number of the first message id, at least 1
 */
public record Settings(ServerConfig server, Optional<Map<String, String>> credentials, MessageIdStyle idStyle,
        MessageIdStyle receiptIdStyle, Duration receiptDelay, Function<String, ReceiptState> receiptState,
        ReceiptRoute receiptRoute, ReceiptFormatter formatter, int moEvery, String moText,
        Optional<ProviderProfile> profile, int maxBinds, CommandStatus bindLimitStatus, int rate,
        boolean ratePerBind, CommandStatus throttleStatus, int rejectEvery, CommandStatus rejectEveryStatus,
        Predicate<SubmitSm> rejectIf, CommandStatus rejectIfStatus, boolean validate, InstantSource clock,
        List<SimulatorListener> listeners, ThreadFactory threadFactory, int maxRecorded,
        Optional<InterfaceVersion> lowVersionBindsAs, boolean congestionState, long firstMessageNumber) {

    /**
     * Copies the collections.
     *
     * @param server server
     * @param credentials credentials
     * @param idStyle id style
     * @param receiptIdStyle receipt id style
     * @param receiptDelay receipt delay
     * @param receiptState receipt state
     * @param receiptRoute receipt route
     * @param formatter formatter
     * @param moEvery MO interval
     * @param moText MO text
     * @param profile profile
     * @param maxBinds bind limit
     * @param bindLimitStatus bind limit status
     * @param rate rate
     * @param ratePerBind rate scope
     * @param throttleStatus throttle status
     * @param rejectEvery reject interval
     * @param rejectEveryStatus its status
     * @param rejectIf reject predicate
     * @param rejectIfStatus its status
     * @param validate validate
     * @param clock clock
     * @param listeners listeners
     * @param threadFactory thread factory
     * @param maxRecorded record limit
     * @param lowVersionBindsAs version for low-version binds
     * @param congestionState whether to report congestion_state
     * @param firstMessageNumber first message number
     */
    public Settings {
        credentials = credentials.map(Map::copyOf);
        listeners = List.copyOf(listeners);
    }
}
