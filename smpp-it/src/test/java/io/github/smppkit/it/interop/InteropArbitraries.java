package io.github.smppkit.it.interop;

import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.RegisteredDelivery;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the interop properties: values every peer library can carry. Strings are printable ASCII
 * (the peers decode C-strings with platform charsets), sequence numbers are in the spec range 1..0x7FFFFFFF,
 * lengths stay within SMPP-REFERENCE.md §4, and TLVs have the lengths of their standard definition (jSMPP parses
 * known tags by type) or are vendor-range tags with raw values.
 */
final class InteropArbitraries {

    private InteropArbitraries() {
    }

    static Arbitrary<String> ascii(int maxOctets) {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(maxOctets - 1);
    }

    static Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }

    static Arbitrary<Integer> sequence() {
        return Arbitraries.integers().between(1, 0x7FFFFFFF);
    }

    static Arbitrary<Address> address(int maxOctets) {
        return Combinators.combine(octet(), octet(), ascii(maxOctets)).as(Address::of);
    }

    static Arbitrary<String> time() {
        Arbitrary<String> absolute = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(0, 48), Arbitraries.of("+", "-"))
                .as((y, mo, d, h, mi, nn, p) -> String.format("%02d%02d%02d%02d%02d00%d%02d%s", y, mo, d, h, mi,
                        nn % 10, nn, p));
        Arbitrary<String> relative = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 59))
                .as((d, m) -> String.format("0000%02d00%02d00000R", d % 31, m));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")), Tuple.of(1, absolute),
                Tuple.of(1, relative));
    }

    static Arbitrary<Bytes> bytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize).map(Bytes::of);
    }

    static Arbitrary<Tlv> tlv() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0xFFFF).map(v -> Tlv.of(StandardTlvs.USER_MESSAGE_REFERENCE, v)),
                Arbitraries.integers().between(0, 0xFFFF).map(v -> Tlv.of(StandardTlvs.SAR_MSG_REF_NUM, v)),
                Arbitraries.integers().between(1, 255).map(v -> Tlv.of(StandardTlvs.SAR_TOTAL_SEGMENTS, v)),
                Arbitraries.integers().between(0, 0xFFFF).map(v -> Tlv.of(StandardTlvs.SOURCE_PORT, v)),
                Arbitraries.integers().between(0, 255).map(v -> Tlv.of(StandardTlvs.MESSAGE_STATE, v)),
                ascii(65).map(v -> Tlv.of(StandardTlvs.RECEIPTED_MESSAGE_ID, v)),
                bytes(300).map(v -> Tlv.of(StandardTlvs.MESSAGE_PAYLOAD, v)),
                Combinators.combine(Arbitraries.integers().between(0x1400, 0x3FFF), bytes(16)).as(Tlv::new));
    }

    static Arbitrary<Tlvs> tlvs() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Tlvs.empty())),
                Tuple.of(2, tlv().list().ofMaxSize(4).map(Tlvs::copyOf)));
    }

    static Arbitrary<SubmitSm> submitSm() {
        return Builders.withBuilder(SubmitSm::builder)
                .use(sequence()).in(SubmitSm.Builder::sequenceNumber)
                .use(ascii(6)).in(SubmitSm.Builder::serviceType)
                .use(address(21)).in(SubmitSm.Builder::source)
                .use(address(21)).in(SubmitSm.Builder::destination)
                .use(octet().map(EsmClass::of)).in(SubmitSm.Builder::esmClass)
                .use(octet()).in(SubmitSm.Builder::protocolId)
                .use(Arbitraries.integers().between(0, 3)).in(SubmitSm.Builder::priorityFlag)
                .use(time()).in(SubmitSm.Builder::scheduleDeliveryTime)
                .use(time()).in(SubmitSm.Builder::validityPeriod)
                .use(octet().map(RegisteredDelivery::of)).in(SubmitSm.Builder::registeredDelivery)
                .use(Arbitraries.integers().between(0, 1)).in(SubmitSm.Builder::replaceIfPresentFlag)
                .use(octet().map(DataCoding::of)).in(SubmitSm.Builder::dataCoding)
                .use(octet()).in(SubmitSm.Builder::smDefaultMsgId)
                .use(bytes(254)).in(SubmitSm.Builder::shortMessage)
                .use(tlvs()).in(SubmitSm.Builder::tlvs)
                .build(SubmitSm.Builder::build);
    }

    /** deliver_sm as an MC sends it: schedule, validity, replace flag and default message id NULL/0 (§4.9). */
    static Arbitrary<DeliverSm> deliverSm() {
        return Builders.withBuilder(DeliverSm::builder)
                .use(sequence()).in(DeliverSm.Builder::sequenceNumber)
                .use(ascii(6)).in(DeliverSm.Builder::serviceType)
                .use(address(21)).in(DeliverSm.Builder::source)
                .use(address(21)).in(DeliverSm.Builder::destination)
                .use(octet().map(EsmClass::of)).in(DeliverSm.Builder::esmClass)
                .use(octet()).in(DeliverSm.Builder::protocolId)
                .use(Arbitraries.integers().between(0, 3)).in(DeliverSm.Builder::priorityFlag)
                .use(octet().map(RegisteredDelivery::of)).in(DeliverSm.Builder::registeredDelivery)
                .use(octet().map(DataCoding::of)).in(DeliverSm.Builder::dataCoding)
                .use(bytes(254)).in(DeliverSm.Builder::shortMessage)
                .use(tlvs()).in(DeliverSm.Builder::tlvs)
                .build(DeliverSm.Builder::build);
    }

    static Arbitrary<DataSm> dataSm() {
        return Combinators.combine(sequence(), ascii(6), address(21), address(21), octet().map(EsmClass::of),
                octet().map(RegisteredDelivery::of), octet().map(DataCoding::of), tlvs()).as(DataSm::new);
    }

    private static Arbitrary<InterfaceVersion> version() {
        return Arbitraries.of(InterfaceVersion.V33, InterfaceVersion.V34, InterfaceVersion.V50);
    }

    static Arbitrary<BindTransmitter> bindTransmitter() {
        return Combinators.combine(sequence(), ascii(16), ascii(9), ascii(13), version(), address(41))
                .as((s, id, pw, type, v, range) -> new BindTransmitter(s, id, pw, type, v, range, Tlvs.empty()));
    }

    static Arbitrary<BindReceiver> bindReceiver() {
        return Combinators.combine(sequence(), ascii(16), ascii(9), ascii(13), version(), address(41))
                .as((s, id, pw, type, v, range) -> new BindReceiver(s, id, pw, type, v, range, Tlvs.empty()));
    }

    static Arbitrary<BindTransceiver> bindTransceiver() {
        return Combinators.combine(sequence(), ascii(16), ascii(9), ascii(13), version(), address(41))
                .as((s, id, pw, type, v, range) -> new BindTransceiver(s, id, pw, type, v, range, Tlvs.empty()));
    }

    static Arbitrary<EnquireLink> enquireLink() {
        return sequence().map(EnquireLink::new);
    }
}
