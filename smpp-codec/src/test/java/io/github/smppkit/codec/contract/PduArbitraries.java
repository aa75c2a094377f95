package io.github.smppkit.codec.contract;

import static io.github.smppkit.codec.contract.FieldArbitraries.address;
import static io.github.smppkit.codec.contract.FieldArbitraries.cString;
import static io.github.smppkit.codec.contract.FieldArbitraries.dataCoding;
import static io.github.smppkit.codec.contract.FieldArbitraries.destAddress;
import static io.github.smppkit.codec.contract.FieldArbitraries.esmClass;
import static io.github.smppkit.codec.contract.FieldArbitraries.interfaceVersion;
import static io.github.smppkit.codec.contract.FieldArbitraries.octet;
import static io.github.smppkit.codec.contract.FieldArbitraries.okMostly;
import static io.github.smppkit.codec.contract.FieldArbitraries.registeredDelivery;
import static io.github.smppkit.codec.contract.FieldArbitraries.sequence;
import static io.github.smppkit.codec.contract.FieldArbitraries.shortMessage;
import static io.github.smppkit.codec.contract.FieldArbitraries.status;
import static io.github.smppkit.codec.contract.FieldArbitraries.time;
import static io.github.smppkit.codec.contract.FieldArbitraries.tlvs;

import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetails;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.ReplaceSmResp;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.pdu.UnsuccessSme;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Shared jqwik generators: one {@link Arbitrary} per PDU record, every field within the limits of
 * SMPP-REFERENCE.md §4 (see {@link FieldArbitraries}; sm_length &le; 254, data_sm and cancel_sm addresses within
 * the encoder's 20-character limit). Error responses without TLVs carry no body, because the encoder sends those
 * header-only (§2.6).
 */
public final class PduArbitraries {

    private PduArbitraries() {
    }

    // ---------------------------------------------------------------- session PDUs

    public static Arbitrary<BindTransmitter> bindTransmitter() {
        return Combinators.combine(sequence(), cString(16), cString(9), cString(13), interfaceVersion(),
                address(41), tlvs()).as(BindTransmitter::new);
    }

    public static Arbitrary<BindReceiver> bindReceiver() {
        return Combinators.combine(sequence(), cString(16), cString(9), cString(13), interfaceVersion(),
                address(41), tlvs()).as(BindReceiver::new);
    }

    public static Arbitrary<BindTransceiver> bindTransceiver() {
        return Combinators.combine(sequence(), cString(16), cString(9), cString(13), interfaceVersion(),
                address(41), tlvs()).as(BindTransceiver::new);
    }

    public static Arbitrary<BindTransmitterResp> bindTransmitterResp() {
        return Combinators.combine(sequence(), okMostly(), cString(16), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? BindTransmitterResp.of(s, st)
                        : new BindTransmitterResp(s, st, id, t));
    }

    public static Arbitrary<BindReceiverResp> bindReceiverResp() {
        return Combinators.combine(sequence(), okMostly(), cString(16), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? BindReceiverResp.of(s, st) : new BindReceiverResp(s, st, id, t));
    }

    public static Arbitrary<BindTransceiverResp> bindTransceiverResp() {
        return Combinators.combine(sequence(), okMostly(), cString(16), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? BindTransceiverResp.of(s, st)
                        : new BindTransceiverResp(s, st, id, t));
    }

    private static boolean bodyless(CommandStatus st, Tlvs t) {
        return !st.isOk() && t.isEmpty();
    }

    public static Arbitrary<Outbind> outbind() {
        return Combinators.combine(sequence(), cString(16), cString(9), tlvs()).as(Outbind::new);
    }

    public static Arbitrary<Unbind> unbind() {
        return Combinators.combine(sequence(), tlvs()).as(Unbind::new);
    }

    public static Arbitrary<UnbindResp> unbindResp() {
        return Combinators.combine(sequence(), okMostly(), tlvs()).as(UnbindResp::new);
    }

    public static Arbitrary<EnquireLink> enquireLink() {
        return Combinators.combine(sequence(), tlvs()).as(EnquireLink::new);
    }

    public static Arbitrary<EnquireLinkResp> enquireLinkResp() {
        return Combinators.combine(sequence(), okMostly(), tlvs()).as(EnquireLinkResp::new);
    }

    public static Arbitrary<GenericNack> genericNack() {
        return Combinators.combine(sequence(), status(), tlvs()).as(GenericNack::new);
    }

    // ---------------------------------------------------------------- message PDUs

    public static Arbitrary<SubmitSm> submitSm() {
        return Builders.withBuilder(SubmitSm::builder)
                .use(sequence()).in(SubmitSm.Builder::sequenceNumber)
                .use(cString(6)).in(SubmitSm.Builder::serviceType)
                .use(address(21)).in(SubmitSm.Builder::source)
                .use(address(21)).in(SubmitSm.Builder::destination)
                .use(esmClass()).in(SubmitSm.Builder::esmClass)
                .use(octet()).in(SubmitSm.Builder::protocolId)
                .use(octet()).in(SubmitSm.Builder::priorityFlag)
                .use(time()).in(SubmitSm.Builder::scheduleDeliveryTime)
                .use(time()).in(SubmitSm.Builder::validityPeriod)
                .use(registeredDelivery()).in(SubmitSm.Builder::registeredDelivery)
                .use(octet()).in(SubmitSm.Builder::replaceIfPresentFlag)
                .use(dataCoding()).in(SubmitSm.Builder::dataCoding)
                .use(octet()).in(SubmitSm.Builder::smDefaultMsgId)
                .use(shortMessage()).in(SubmitSm.Builder::shortMessage)
                .use(tlvs()).in(SubmitSm.Builder::tlvs)
                .build(SubmitSm.Builder::build);
    }

    /** deliver_sm as it may be sent: schedule_delivery_time and validity_period NULL (§4.9). */
    public static Arbitrary<DeliverSm> deliverSm() {
        return Builders.withBuilder(DeliverSm::builder)
                .use(sequence()).in(DeliverSm.Builder::sequenceNumber)
                .use(cString(6)).in(DeliverSm.Builder::serviceType)
                .use(address(21)).in(DeliverSm.Builder::source)
                .use(address(21)).in(DeliverSm.Builder::destination)
                .use(esmClass()).in(DeliverSm.Builder::esmClass)
                .use(octet()).in(DeliverSm.Builder::protocolId)
                .use(octet()).in(DeliverSm.Builder::priorityFlag)
                .use(registeredDelivery()).in(DeliverSm.Builder::registeredDelivery)
                .use(octet()).in(DeliverSm.Builder::replaceIfPresentFlag)
                .use(dataCoding()).in(DeliverSm.Builder::dataCoding)
                .use(octet()).in(DeliverSm.Builder::smDefaultMsgId)
                .use(shortMessage()).in(DeliverSm.Builder::shortMessage)
                .use(tlvs()).in(DeliverSm.Builder::tlvs)
                .build(DeliverSm.Builder::build);
    }

    public static Arbitrary<DataSm> dataSm() {
        return Combinators.combine(sequence(), cString(6), address(21), address(21), esmClass(),
                registeredDelivery(), dataCoding(), tlvs()).as(DataSm::new);
    }

    public static Arbitrary<SubmitSmResp> submitSmResp() {
        return Combinators.combine(sequence(), okMostly(), cString(65), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? SubmitSmResp.of(s, st) : new SubmitSmResp(s, st, id, t));
    }

    public static Arbitrary<DeliverSmResp> deliverSmResp() {
        return Combinators.combine(sequence(), okMostly(), cString(65), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? DeliverSmResp.of(s, st) : new DeliverSmResp(s, st, id, t));
    }

    public static Arbitrary<DataSmResp> dataSmResp() {
        return Combinators.combine(sequence(), okMostly(), cString(65), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? DataSmResp.of(s, st) : new DataSmResp(s, st, id, t));
    }

    public static Arbitrary<SubmitMulti> submitMulti() {
        return Builders.withBuilder(SubmitMulti::builder)
                .use(sequence()).in(SubmitMulti.Builder::sequenceNumber)
                .use(cString(6)).in(SubmitMulti.Builder::serviceType)
                .use(address(21)).in(SubmitMulti.Builder::source)
                .use(destAddress().list().ofMinSize(1).ofMaxSize(12)).in(SubmitMulti.Builder::destAddresses)
                .use(esmClass()).in(SubmitMulti.Builder::esmClass)
                .use(octet()).in(SubmitMulti.Builder::protocolId)
                .use(octet()).in(SubmitMulti.Builder::priorityFlag)
                .use(time()).in(SubmitMulti.Builder::scheduleDeliveryTime)
                .use(time()).in(SubmitMulti.Builder::validityPeriod)
                .use(registeredDelivery()).in(SubmitMulti.Builder::registeredDelivery)
                .use(octet()).in(SubmitMulti.Builder::replaceIfPresentFlag)
                .use(dataCoding()).in(SubmitMulti.Builder::dataCoding)
                .use(octet()).in(SubmitMulti.Builder::smDefaultMsgId)
                .use(shortMessage()).in(SubmitMulti.Builder::shortMessage)
                .use(tlvs()).in(SubmitMulti.Builder::tlvs)
                .build(SubmitMulti.Builder::build);
    }

    public static Arbitrary<SubmitMultiResp> submitMultiResp() {
        Arbitrary<UnsuccessSme> unsuccess = Combinators.combine(address(21), status()).as(UnsuccessSme::new);
        return Combinators.combine(sequence(), okMostly(), cString(65), unsuccess.list().ofMaxSize(10), tlvs())
                .as((s, st, id, u, t) -> bodyless(st, t) ? SubmitMultiResp.of(s, st)
                        : new SubmitMultiResp(s, st, id, u, t));
    }

    public static Arbitrary<QuerySm> querySm() {
        return Combinators.combine(sequence(), cString(65), address(21), tlvs()).as(QuerySm::new);
    }

    public static Arbitrary<QuerySmResp> querySmResp() {
        return Combinators.combine(sequence(), okMostly(), cString(65), time(), octet(), octet(), tlvs())
                .as((s, st, id, f, ms, ec, t) -> bodyless(st, t) ? QuerySmResp.of(s, st)
                        : new QuerySmResp(s, st, id, f, ms, ec, t));
    }

    public static Arbitrary<CancelSm> cancelSm() {
        return Combinators.combine(sequence(), cString(6), cString(65), address(21), address(21), tlvs())
                .as(CancelSm::new);
    }

    public static Arbitrary<CancelSmResp> cancelSmResp() {
        return Combinators.combine(sequence(), okMostly(), tlvs()).as(CancelSmResp::new);
    }

    public static Arbitrary<ReplaceSm> replaceSm() {
        return Builders.withBuilder(ReplaceSm::builder)
                .use(sequence()).in(ReplaceSm.Builder::sequenceNumber)
                .use(cString(65)).in(ReplaceSm.Builder::messageId)
                .use(address(21)).in(ReplaceSm.Builder::source)
                .use(time()).in(ReplaceSm.Builder::scheduleDeliveryTime)
                .use(time()).in(ReplaceSm.Builder::validityPeriod)
                .use(registeredDelivery()).in(ReplaceSm.Builder::registeredDelivery)
                .use(octet()).in(ReplaceSm.Builder::smDefaultMsgId)
                .use(shortMessage()).in(ReplaceSm.Builder::shortMessage)
                .use(tlvs()).in(ReplaceSm.Builder::tlvs)
                .build(ReplaceSm.Builder::build);
    }

    public static Arbitrary<ReplaceSmResp> replaceSmResp() {
        return Combinators.combine(sequence(), okMostly(), tlvs()).as(ReplaceSmResp::new);
    }

    /** Addresses of at most 20 characters, what the default encoder emits (longer ones: LimitsTest). */
    public static Arbitrary<AlertNotification> alertNotification() {
        return Combinators.combine(sequence(), address(21), address(21), tlvs()).as(AlertNotification::new);
    }

    // ---------------------------------------------------------------- v5.0 broadcast PDUs

    public static Arbitrary<BroadcastSm> broadcastSm() {
        return Builders.withBuilder(BroadcastSm::builder)
                .use(sequence()).in(BroadcastSm.Builder::sequenceNumber)
                .use(cString(6)).in(BroadcastSm.Builder::serviceType)
                .use(address(21)).in(BroadcastSm.Builder::source)
                .use(cString(65)).in(BroadcastSm.Builder::messageId)
                .use(octet()).in(BroadcastSm.Builder::priorityFlag)
                .use(time()).in(BroadcastSm.Builder::scheduleDeliveryTime)
                .use(time()).in(BroadcastSm.Builder::validityPeriod)
                .use(octet()).in(BroadcastSm.Builder::replaceIfPresentFlag)
                .use(dataCoding()).in(BroadcastSm.Builder::dataCoding)
                .use(octet()).in(BroadcastSm.Builder::smDefaultMsgId)
                .use(tlvs()).in(BroadcastSm.Builder::tlvs)
                .build(BroadcastSm.Builder::build);
    }

    public static Arbitrary<BroadcastSmResp> broadcastSmResp() {
        return Combinators.combine(sequence(), okMostly(), cString(65), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? BroadcastSmResp.of(s, st) : new BroadcastSmResp(s, st, id, t));
    }

    public static Arbitrary<QueryBroadcastSm> queryBroadcastSm() {
        return Combinators.combine(sequence(), cString(65), address(21), tlvs()).as(QueryBroadcastSm::new);
    }

    public static Arbitrary<QueryBroadcastSmResp> queryBroadcastSmResp() {
        return Combinators.combine(sequence(), okMostly(), cString(65), tlvs())
                .as((s, st, id, t) -> bodyless(st, t) ? QueryBroadcastSmResp.of(s, st)
                        : new QueryBroadcastSmResp(s, st, id, t));
    }

    public static Arbitrary<CancelBroadcastSm> cancelBroadcastSm() {
        return Combinators.combine(sequence(), cString(6), cString(65), address(21), tlvs())
                .as(CancelBroadcastSm::new);
    }

    public static Arbitrary<CancelBroadcastSmResp> cancelBroadcastSmResp() {
        return Combinators.combine(sequence(), okMostly(), tlvs()).as(CancelBroadcastSmResp::new);
    }

    // ---------------------------------------------------------------- v3.3-only PDUs (no TLVs in 3.3)

    public static Arbitrary<ParamRetrieve> paramRetrieve() {
        return Combinators.combine(sequence(), cString(32), tlvs()).as(ParamRetrieve::new);
    }

    public static Arbitrary<ParamRetrieveResp> paramRetrieveResp() {
        return Combinators.combine(sequence(), okMostly(), cString(101), tlvs())
                .as((s, st, v, t) -> bodyless(st, t) ? ParamRetrieveResp.of(s, st) : new ParamRetrieveResp(s, st, v, t));
    }

    public static Arbitrary<QueryLastMsgs> queryLastMsgs() {
        return Combinators.combine(sequence(), address(21), octet(), tlvs()).as(QueryLastMsgs::new);
    }

    public static Arbitrary<QueryLastMsgsResp> queryLastMsgsResp() {
        return Combinators.combine(sequence(), okMostly(), cString(9).list().ofMaxSize(20), tlvs())
                .as((s, st, ids, t) -> bodyless(st, t) ? QueryLastMsgsResp.of(s, st)
                        : new QueryLastMsgsResp(s, st, ids, t));
    }

    public static Arbitrary<QueryMsgDetails> queryMsgDetails() {
        return Combinators.combine(sequence(), cString(9), address(21), octet(), tlvs()).as(QueryMsgDetails::new);
    }

    /** The first half of query_msg_details_resp, up to registered_delivery. */
    private record DetailsHead(String serviceType, Address source, List<DestAddress> dests, int protocolId,
            int priorityFlag, String schedule, String validity, RegisteredDelivery registeredDelivery) {
    }

    public static Arbitrary<QueryMsgDetailsResp> queryMsgDetailsResp() {
        Arbitrary<DetailsHead> head = Combinators.combine(cString(6), address(21),
                destAddress().list().ofMaxSize(6), octet(), octet(), time(), time(), registeredDelivery())
                .as(DetailsHead::new);
        return Combinators.combine(sequence(), okMostly(), head, dataCoding(), shortMessage(), cString(9),
                Combinators.combine(time(), octet(), octet()).as(List::of), tlvs())
                .as((s, st, h, dc, sm, id, tail, t) -> bodyless(st, t) ? QueryMsgDetailsResp.of(s, st)
                        : new QueryMsgDetailsResp(s, st, h.serviceType(), h.source(), h.dests(), h.protocolId(),
                                h.priorityFlag(), h.schedule(), h.validity(), h.registeredDelivery(), dc, sm, id,
                                (String) tail.get(0), (Integer) tail.get(1), (Integer) tail.get(2), t));
    }

    // ---------------------------------------------------------------- any PDU

    /** Every PDU type with equal weight. */
    public static Arbitrary<Pdu> anyPdu() {
        return Arbitraries.oneOf(List.of(
                bindTransmitter(), bindReceiver(), bindTransceiver(), bindTransmitterResp(), bindReceiverResp(),
                bindTransceiverResp(), outbind(), unbind(), unbindResp(), enquireLink(), enquireLinkResp(),
                genericNack(), submitSm(), submitSmResp(), deliverSm(), deliverSmResp(), dataSm(), dataSmResp(),
                submitMulti(), submitMultiResp(), querySm(), querySmResp(), cancelSm(), cancelSmResp(), replaceSm(),
                replaceSmResp(), alertNotification(), broadcastSm(), broadcastSmResp(), queryBroadcastSm(),
                queryBroadcastSmResp(), cancelBroadcastSm(), cancelBroadcastSmResp(), paramRetrieve(),
                paramRetrieveResp(), queryLastMsgs(), queryLastMsgsResp(), queryMsgDetails(),
                queryMsgDetailsResp()).stream().map(a -> a.map(p -> (Pdu) p)).collect(
                        Collectors.toList()));
    }
}
