package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.simulator.SimulatorEvent;

/**
 * The rate limit as submits meet it: each takes a token from its bind's (or system_id's) gate or gets the
 * throttling answer; and, when the settings ask for it, the OK answers to ESMEs bound as SMPP 5.0 say how much of
 * that gate is in use, as {@code congestion_state} (reference §5).
 *
 * <p>Thread-safety: thread-safe.
 */
final class Throughput {

    private final Settings settings;
    private final RateGates gates;
    private final Recorder recorder;

    Throughput(Settings settings, RateGates gates, Recorder recorder) {
        this.settings = settings;
        this.gates = gates;
        this.recorder = recorder;
    }

    /** Takes a token for a submit; returns the throttling answer when none is free, else {@code null}. */
    HandlerResult admit(BindRegistry.Entry from, Request<?> request) {
        if (gates.tryAcquire(gate(from))) {
            return null;
        }
        recorder.emit(new SimulatorEvent.Throttled(from.bindId(), from.systemId(), request.commandId(),
                settings.throttleStatus()));
        return HandlerResult.answer(request.response(settings.throttleStatus()));
    }

    /**
     * The TLVs of an OK answer to a submit: {@code congestion_state} for an ESME bound as SMPP 5.0 when the settings
     * ask for it (the share of its gate in use, 100 once the next submit would be throttled), else none. Error
     * answers keep the header-only form the specification asks for.
     */
    Tlvs congestion(BindRegistry.Entry from) {
        if (!settings.congestionState()
                || from.session().peerInterfaceVersion().value() < InterfaceVersion.V50.value()) {
            return Tlvs.empty();
        }
        return Tlvs.builder().add(StandardTlvs.CONGESTION_STATE, gates.usedPercent(gate(from))).build();
    }

    private Object gate(BindRegistry.Entry from) {
        return settings.ratePerBind() ? Integer.valueOf(from.bindId()) : from.systemId();
    }
}
