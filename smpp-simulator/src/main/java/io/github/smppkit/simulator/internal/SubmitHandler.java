package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.UnsuccessSme;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.text.DataCodingScheme;
import io.github.smppkit.codec.text.InboundPart;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.Reassembler;
import io.github.smppkit.codec.text.ReassembledMessage;
import io.github.smppkit.codec.text.ReassemblyResult;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Violation;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.RequestHandler;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.simulator.SimulatorEvent;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers ESME requests: the provider's restricted PDU set, the rate limit, injected failures and the provider's
 * validator first; then an accepted {@code submit_sm} or {@code data_sm} gets a message id, goes to reassembly
 * and may get a receipt and an MO reply; a {@code submit_multi} is that message to each SME address under one id.
 * {@code query_sm}, {@code cancel_sm} and {@code replace_sm} are answered from the {@link MessageLedger}.
 *
 * <p>Thread-safety: thread-safe; called on session reader threads.
 */
public final class SubmitHandler implements RequestHandler {

    private static final System.Logger LOG = System.getLogger(SubmitHandler.class.getName());

    private final Settings settings;
    private final BindRegistry binds;
    private final Throughput throughput;
    private final Recorder recorder;
    private final Deliveries deliveries;
    private final Reassembler reassembler;
    private final MessageLedger ledger;
    private final AtomicLong submits = new AtomicLong();
    /** The number of the last message id given. */
    private final AtomicLong ids;
    private final AtomicLong messages = new AtomicLong();

    /**
     * Creates the handler.
     *
     * @param settings settings
     * @param binds bound sessions
     * @param gates rate limits
     * @param recorder events
     * @param deliveries receipts and MO messages
     * @param reassembler long-message reassembly
     * @param ledger the accepted messages, for query_sm and cancel_sm
     */
    public SubmitHandler(Settings settings, BindRegistry binds, RateGates gates, Recorder recorder,
            Deliveries deliveries, Reassembler reassembler, MessageLedger ledger) {
        this.settings = settings;
        this.binds = binds;
        this.throughput = new Throughput(settings, gates, recorder);
        this.recorder = recorder;
        this.deliveries = deliveries;
        this.reassembler = reassembler;
        this.ledger = ledger;
        this.ids = new AtomicLong(settings.firstMessageNumber() - 1);
    }

    /** Restarts the counters behind failure injection and MO messages (not the message ids). */
    public void reset() {
        submits.set(0);
        messages.set(0);
    }

    @Override
    public HandlerResult handle(SmppSession session, Request<?> request) {
        BindRegistry.Entry from = binds.entry(session)
                .orElseGet(() -> new BindRegistry.Entry(0, session, session.peerSystemId()));
        CommandId command = request.commandId();
        Optional<ProviderProfile> profile = settings.profile();
        if (profile.isPresent() && !profile.get().accepts(command)) {
            return reject(from, request, CommandStatus.ESME_RINVCMDID,
                    profile.get().name() + " does not accept " + command.specName());
        }
        if (command == CommandId.SUBMIT_SM) {
            SubmitSm s = (SubmitSm) request;
            return submit(from, request, MessageParts.inboundPart(s), s.registeredDelivery(), Optional.of(s));
        }
        if (command == CommandId.DATA_SM) {
            DataSm d = (DataSm) request;
            return submit(from, request, MessageParts.inboundPart(d), d.registeredDelivery(), Optional.empty());
        }
        if (command == CommandId.SUBMIT_MULTI) {
            return multi(from, (SubmitMulti) request);
        }
        if (command == CommandId.QUERY_SM) {
            return HandlerResult.answer(ledger.query((QuerySm) request, settings.clock().instant()));
        }
        if (command == CommandId.CANCEL_SM) {
            return HandlerResult.answer(ledger.cancel((CancelSm) request, settings.clock().instant()));
        }
        if (command == CommandId.BROADCAST_SM) {
            return broadcast(from, (BroadcastSm) request);
        }
        if (command == CommandId.QUERY_BROADCAST_SM) {
            return HandlerResult.answer(ledger.queryBroadcast((QueryBroadcastSm) request, settings.clock().instant()));
        }
        if (command == CommandId.CANCEL_BROADCAST_SM) {
            return HandlerResult.answer(ledger.cancelBroadcast((CancelBroadcastSm) request,
                    settings.clock().instant()));
        }
        if (command == CommandId.PARAM_RETRIEVE || command == CommandId.QUERY_LAST_MSGS
                || command == CommandId.QUERY_MSG_DETAILS) {
            // SMPP 3.3 only, and optional there: an SMSC without them says so rather than answer empty values
            return reject(from, request, CommandStatus.ESME_RINVCMDID, "the simulator does not support "
                    + command.specName());
        }
        if (command == CommandId.REPLACE_SM) {
            return replace(from, (ReplaceSm) request);
        }
        return HandlerResult.defaultAnswer();
    }

    private HandlerResult submit(BindRegistry.Entry from, Request<?> request, InboundPart part,
            RegisteredDelivery registeredDelivery, Optional<SubmitSm> submit) {
        HandlerResult throttled = throughput.admit(from, request);
        if (throttled != null) {
            return throttled;
        }
        long n = submits.incrementAndGet();
        if (settings.rejectEvery() > 0 && n % settings.rejectEvery() == 0) {
            return reject(from, request, settings.rejectEveryStatus(), "injected: every " + settings.rejectEvery()
                    + "th submit is rejected");
        }
        if (submit.isPresent() && settings.rejectIf().test(submit.get())) {
            return reject(from, request, settings.rejectIfStatus(), "injected: rejectIf matched");
        }
        if (part.destination().isEmpty()) {
            return reject(from, request, CommandStatus.ESME_RINVDSTADR, "destination_addr is empty");
        }
        if (settings.validate() && settings.profile().isPresent()) {
            List<Violation> problems = settings.profile().get().validate(request);
            if (!problems.isEmpty()) {
                return reject(from, request, ProviderRules.statusFor(settings.profile().get(), problems.get(0),
                        from.session().peerInterfaceVersion()), problems.get(0).message());
            }
        }
        Fate fate;
        try {
            fate = fate(request, part.destination(), submit);
        } catch (Fate.Refused r) {
            return reject(from, request, r.status(), r.getMessage());
        }
        return accept(from, request, part, registeredDelivery, fate);
    }

    /** When and how a message ends, by a submit_sm's time fields or a data_sm's time to live. */
    private Fate fate(Request<?> request, String destination, Optional<SubmitSm> submit) throws Fate.Refused {
        Instant now = settings.clock().instant();
        if (submit.isPresent()) {
            return Fate.of(settings, destination, now, submit.get().scheduleDeliveryTime(),
                    submit.get().validityPeriod());
        }
        // data_sm has no validity_period; its qos_time_to_live TLV is the same limit in seconds
        Fate fate = Fate.of(settings, destination, now);
        Optional<Integer> timeToLive = request.tlvs().get(StandardTlvs.QOS_TIME_TO_LIVE);
        return timeToLive.isEmpty() ? fate
                : fate.endingBy(now.plusSeconds(Integer.toUnsignedLong(timeToLive.get())), now);
    }

    /**
     * Accepts a submit_multi as one message to each SME address, under one message id (query_sm reports the state
     * of the first); distribution lists (the simulator knows none) and empty addresses are answered as
     * unsuccessful, and with no SME address left the whole request fails.
     */
    private HandlerResult multi(BindRegistry.Entry from, SubmitMulti m) {
        List<Address> smes = new ArrayList<>();
        List<UnsuccessSme> failed = new ArrayList<>();
        for (DestAddress d : m.destAddresses()) {
            if (d instanceof SmeAddress sme && !sme.address().value().isEmpty()) {
                smes.add(sme.address());
            } else if (d instanceof SmeAddress sme) {
                failed.add(new UnsuccessSme(sme.address(), CommandStatus.ESME_RINVDSTADR));
            } else {
                failed.add(new UnsuccessSme(Address.of(0, 0, ((DistributionList) d).name()),
                        CommandStatus.ESME_RINVDLNAME));
            }
        }
        if (smes.isEmpty()) {
            return reject(from, m, failed.isEmpty() ? CommandStatus.ESME_RINVNUMDESTS : failed.get(0).errorStatus(),
                    "no SME address to deliver to");
        }
        HandlerResult throttled = throughput.admit(from, m);
        if (throttled != null) {
            return throttled;
        }
        List<Fate> fates = new ArrayList<>(smes.size());
        Instant now = settings.clock().instant();
        try {
            for (Address to : smes) {
                fates.add(Fate.of(settings, to.value(), now, m.scheduleDeliveryTime(), m.validityPeriod()));
            }
        } catch (Fate.Refused r) {
            return reject(from, m, r.status(), r.getMessage());
        }
        long number = ids.incrementAndGet();
        String id = settings.idStyle().format(number);
        // entered before the response leaves, so that a query_sm sent on receiving it finds the message
        ledger.accepted(id, m.serviceType(), m.source().value(), smes.get(0).value(), fates.get(0));
        from.session().respond(new SubmitMultiResp(m.sequenceNumber(), CommandStatus.ESME_ROK, id, failed,
                throughput.congestion(from)));
        for (int i = 0; i < smes.size(); i++) {
            Address to = smes.get(i);
            // Read as a submit_sm to that address, so that message_payload and SAR TLVs are read as for one.
            InboundPart part = MessageParts.inboundPart(SubmitSm.builder().source(m.source()).destination(to)
                    .esmClass(m.esmClass()).dataCoding(m.dataCoding()).shortMessage(m.shortMessage()).tlvs(m.tlvs())
                    .build());
            afterAnswer(from, m, part, m.source(), to, m.registeredDelivery(), number, id, fates.get(i));
        }
        return HandlerResult.deferred();
    }

    /**
     * Accepts a broadcast_sm that carries its four mandatory TLVs, as a new broadcast (a message_id naming one to
     * replace is not looked up), to be broadcast to every area once the receipt delay has passed.
     */
    private HandlerResult broadcast(BindRegistry.Entry from, BroadcastSm b) {
        List<Bytes> areas = b.tlvs().getAll(StandardTlvs.BROADCAST_AREA_IDENTIFIER);
        if (areas.isEmpty() || b.tlvs().get(StandardTlvs.BROADCAST_CONTENT_TYPE).isEmpty()
                || b.tlvs().get(StandardTlvs.BROADCAST_REP_NUM).isEmpty()
                || b.tlvs().get(StandardTlvs.BROADCAST_FREQUENCY_INTERVAL).isEmpty()) {
            return reject(from, b, CommandStatus.ESME_RMISSINGTLV, "broadcast_sm needs broadcast_area_identifier,"
                    + " broadcast_content_type, broadcast_rep_num and broadcast_frequency_interval");
        }
        HandlerResult throttled = throughput.admit(from, b);
        if (throttled != null) {
            return throttled;
        }
        String id = settings.idStyle().format(ids.incrementAndGet());
        ledger.broadcastAccepted(id, b.source().value(), settings.clock().instant().plus(settings.receiptDelay()),
                areas);
        return HandlerResult.answer(new BroadcastSmResp(b.sequenceNumber(), CommandStatus.ESME_ROK, id,
                throughput.congestion(from)));
    }

    /**
     * Replaces a submit_sm still en route: its text, receipt request and, where the replace_sm sets them, its time
     * fields (a NULL one keeps the original's, read from the original submission). Its receipt then comes when the
     * replacement is due, quoting the new text; the earlier one is not sent.
     */
    private HandlerResult replace(BindRegistry.Entry from, ReplaceSm r) {
        Instant now = settings.clock().instant();
        Optional<MessageLedger.Original> found = ledger.replaceable(r.messageId(), r.source().value(), now);
        if (found.isEmpty()) {
            return reject(from, r, CommandStatus.ESME_RREPLACEFAIL, "no submit_sm " + r.messageId() + " from "
                    + r.source().value() + " en route to replace");
        }
        MessageLedger.Original original = found.get();
        Deliveries.Accepted before = original.accepted();
        boolean newSchedule = !r.scheduleDeliveryTime().isEmpty();
        boolean newValidity = !r.validityPeriod().isEmpty();
        String schedule = newSchedule ? r.scheduleDeliveryTime() : original.schedule();
        String validity = newValidity ? r.validityPeriod() : original.validity();
        Fate fate;
        try {
            fate = Fate.of(settings, before.destination().value(), now, schedule,
                    newSchedule ? now : before.submitted(), validity, newValidity ? now : before.submitted());
        } catch (Fate.Refused refused) {
            return reject(from, r, refused.status(), refused.getMessage());
        }
        InboundPart part = InboundPart.of(original.part().source(), original.part().destination(),
                original.part().dataCoding(), original.part().udhi(), r.shortMessage());
        Deliveries.Accepted after = before.replaced(r.registeredDelivery().receipt(), excerpt(part), fate);
        if (!ledger.replaced(r.messageId(), new MessageLedger.Original(after, part, schedule, validity))) {
            return reject(from, r, CommandStatus.ESME_RREPLACEFAIL, r.messageId() + " was cancelled or replaced"
                    + " meanwhile");
        }
        from.session().respond(r.response(CommandStatus.ESME_ROK));
        deliveries.scheduleReceipt(after);
        return HandlerResult.deferred();
    }

    /** A part's own text as its receipt quotes it. */
    private String excerpt(InboundPart part) {
        return reassembler.partText(part).map(ReceiptFormatter::excerpt).orElse("");
    }

    private HandlerResult accept(BindRegistry.Entry from, Request<?> request, InboundPart part,
            RegisteredDelivery registeredDelivery, Fate fate) {
        long number = ids.incrementAndGet();
        String id = settings.idStyle().format(number);
        boolean data = request.commandId() == CommandId.DATA_SM;
        String serviceType = data ? ((DataSm) request).serviceType() : ((SubmitSm) request).serviceType();
        Address source = data ? ((DataSm) request).source() : ((SubmitSm) request).source();
        Address destination = data ? ((DataSm) request).destination() : ((SubmitSm) request).destination();
        // entered before the response leaves, so that a query_sm sent on receiving it finds the message
        ledger.accepted(id, serviceType, source.value(), destination.value(), fate);
        // Answer before scheduling anything, so the response leaves before a zero-delay receipt on this bind.
        Tlvs congestion = throughput.congestion(from);
        from.session().respond(data ? new DataSmResp(request.sequenceNumber(), CommandStatus.ESME_ROK, id, congestion)
                : new SubmitSmResp(request.sequenceNumber(), CommandStatus.ESME_ROK, id, congestion));
        afterAnswer(from, request, part, source, destination, registeredDelivery, number, id, fate);
        return HandlerResult.deferred();
    }

    /** Records, reassembles and schedules what follows an answered message, for one destination. */
    private void afterAnswer(BindRegistry.Entry from, Request<?> request, InboundPart part, Address source,
            Address destination, RegisteredDelivery registeredDelivery, long number, String id, Fate fate) {
        try {
            report(from, request, part, source, destination, registeredDelivery, number, id, fate);
        } catch (RuntimeException e) {
            // Answered already: a second answer from the session's error handling would confuse the ESME.
            LOG.log(Level.WARNING, "simulator failed after accepting " + id, e);
        }
    }

    private void report(BindRegistry.Entry from, Request<?> request, InboundPart part, Address source,
            Address destination, RegisteredDelivery registeredDelivery, long number, String id, Fate fate) {
        recorder.emit(new SimulatorEvent.SubmitReceived(from.bindId(), from.systemId(), request.commandId(), id,
                part.source(), part.destination(), part.dataCoding(), registeredDelivery.wantsReceipt()));
        Optional<ReassembledMessage> complete = reassemble(part);
        complete.ifPresent(m -> completed(from, m));
        // Each part has its own message_id and receipt, which quotes that part's own text.
        Deliveries.Accepted accepted = new Deliveries.Accepted(from, number, id, source, destination,
                registeredDelivery.receipt(), settings.clock().instant(), excerpt(part), fate, 0);
        if (request instanceof SubmitSm s) {
            ledger.keepOriginal(id, new MessageLedger.Original(accepted, part, s.scheduleDeliveryTime(),
                    s.validityPeriod()));
        }
        deliveries.scheduleReceipt(accepted);
        if (complete.isPresent() && settings.moEvery() > 0 && messages.incrementAndGet() % settings.moEvery() == 0) {
            Optional<BindRegistry.Entry> to = from.canReceive() ? Optional.of(from) : binds.nextReceiver(from.systemId());
            to.ifPresent(t -> deliveries.scheduleMo(t, destination, source, settings.moText()));
        }
    }

    private Optional<ReassembledMessage> reassemble(InboundPart part) {
        ReassemblyResult result = reassembler.accept(part);
        if (result instanceof ReassemblyResult.Complete) {
            return Optional.of(((ReassemblyResult.Complete) result).message());
        }
        if (result instanceof ReassemblyResult.Invalid) {
            LOG.log(Level.DEBUG, () -> "part not reassembled: " + ((ReassemblyResult.Invalid) result).reason());
        }
        return Optional.empty();
    }

    private void completed(BindRegistry.Entry from, ReassembledMessage m) {
        DataCodingScheme dcs = m.dataCoding();
        recorder.emit(new SimulatorEvent.MessageReceived(from.bindId(), from.systemId(), m.source(), m.destination(),
                m.text().orElse(""), m.parts(), dcs.alphabet().name().toLowerCase(Locale.ROOT), dcs.value()));
    }

    private HandlerResult reject(BindRegistry.Entry from, Request<?> request, CommandStatus status, String reason) {
        recorder.emit(new SimulatorEvent.Rejected(from.bindId(), from.systemId(), request.commandId(), status, reason));
        return HandlerResult.answer(request.response(status));
    }
}
