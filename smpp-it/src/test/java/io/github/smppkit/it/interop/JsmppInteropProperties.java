package io.github.smppkit.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.bean.MessageRequest;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;

/**
 * Interop with jSMPP ({@code org.jsmpp:jsmpp} 3.0.1): PDUs its {@link DefaultComposer} writes decode in our codec
 * to equal values, and PDUs we encode decode in its {@link DefaultDecomposer} to equal values (issue 3).
 */
class JsmppInteropProperties {

    private static final PduCodec CODEC = PduCodec.defaults();
    private static final DefaultComposer COMPOSER = new DefaultComposer();
    private static final DefaultDecomposer DECOMPOSER = new DefaultDecomposer();

    // ------------------------------------------------------------------ jSMPP composes, we decode

    @Property(tries = 300)
    void theirSubmitSmDecodesInOurs(@ForAll("submitSm") SubmitSm p) throws Exception {
        byte[] wire = COMPOSER.submitSm(p.sequenceNumber(), p.serviceType(), ton(p.source()), npi(p.source()),
                p.source().value(), ton(p.destination()), npi(p.destination()), p.destination().value(),
                (byte) p.esmClass().value(), (byte) p.protocolId(), (byte) p.priorityFlag(),
                p.scheduleDeliveryTime(), p.validityPeriod(), (byte) p.registeredDelivery().value(),
                (byte) p.replaceIfPresentFlag(), (byte) p.dataCoding().value(), (byte) p.smDefaultMsgId(),
                p.shortMessage().toByteArray(), toJsmpp(p.tlvs()));
        assertThat(ourDecode(wire)).isEqualTo(p);
    }

    @Property(tries = 300)
    void theirDeliverSmDecodesInOurs(@ForAll("deliverSm") DeliverSm p) throws Exception {
        byte[] wire = COMPOSER.deliverSm(p.sequenceNumber(), p.serviceType(), ton(p.source()), npi(p.source()),
                p.source().value(), ton(p.destination()), npi(p.destination()), p.destination().value(),
                (byte) p.esmClass().value(), (byte) p.protocolId(), (byte) p.priorityFlag(),
                (byte) p.registeredDelivery().value(), (byte) p.dataCoding().value(),
                p.shortMessage().toByteArray(), toJsmpp(p.tlvs()));
        assertThat(ourDecode(wire)).isEqualTo(p);
    }

    @Property(tries = 300)
    void theirDataSmDecodesInOurs(@ForAll("dataSm") DataSm p) throws Exception {
        byte[] wire = COMPOSER.dataSm(p.sequenceNumber(), p.serviceType(), ton(p.source()), npi(p.source()),
                p.source().value(), ton(p.destination()), npi(p.destination()), p.destination().value(),
                (byte) p.esmClass().value(), (byte) p.registeredDelivery().value(), (byte) p.dataCoding().value(),
                toJsmpp(p.tlvs()));
        assertThat(ourDecode(wire)).isEqualTo(p);
    }

    @Property(tries = 300)
    void theirBindsDecodeInOurs(@ForAll("binds") Bind<?> p) throws Exception {
        byte[] wire = COMPOSER.bind(p.commandId().id(), p.sequenceNumber(), p.systemId(), p.password(),
                p.systemType(), (byte) p.interfaceVersion().value(), ton(p.addressRange()), npi(p.addressRange()),
                p.addressRange().value());
        assertThat(ourDecode(wire)).isEqualTo(p);
    }

    @Property(tries = 100)
    void theirEnquireLinkDecodesInOurs(@ForAll("enquireLink") EnquireLink p) {
        assertThat(ourDecode(COMPOSER.enquireLink(p.sequenceNumber()))).isEqualTo(p);
    }

    // ------------------------------------------------------------------ we encode, jSMPP decomposes

    @Property(tries = 300)
    void ourSubmitSmDecodesInTheirs(@ForAll("submitSm") SubmitSm p) throws Exception {
        org.jsmpp.bean.SubmitSm d = DECOMPOSER.submitSm(CODEC.encode(p));
        assertThat(d.getCommandId()).isEqualTo(p.commandId().id());
        assertThat(fromJsmpp(d)).isEqualTo(p);
    }

    @Property(tries = 300)
    void ourDeliverSmDecodesInTheirs(@ForAll("deliverSm") DeliverSm p) throws Exception {
        org.jsmpp.bean.DeliverSm d = DECOMPOSER.deliverSm(CODEC.encode(p));
        assertThat(d.getCommandId()).isEqualTo(p.commandId().id());
        SubmitSm s = fromJsmpp(d);
        assertThat(DeliverSm.builder().sequenceNumber(s.sequenceNumber()).serviceType(s.serviceType())
                .source(s.source()).destination(s.destination()).esmClass(s.esmClass()).protocolId(s.protocolId())
                .priorityFlag(s.priorityFlag()).scheduleDeliveryTime(s.scheduleDeliveryTime())
                .validityPeriod(s.validityPeriod()).registeredDelivery(s.registeredDelivery())
                .replaceIfPresentFlag(s.replaceIfPresentFlag()).dataCoding(s.dataCoding())
                .smDefaultMsgId(s.smDefaultMsgId()).shortMessage(s.shortMessage()).tlvs(s.tlvs()).build())
                .isEqualTo(p);
    }

    @Property(tries = 300)
    void ourDataSmDecodesInTheirs(@ForAll("dataSm") DataSm p) throws Exception {
        org.jsmpp.bean.DataSm d = DECOMPOSER.dataSm(CODEC.encode(p));
        assertThat(d.getCommandId()).isEqualTo(p.commandId().id());
        assertThat(new DataSm(d.getSequenceNumber(), str(d.getServiceType()),
                Address.of(d.getSourceAddrTon() & 0xFF, d.getSourceAddrNpi() & 0xFF, str(d.getSourceAddr())),
                Address.of(d.getDestAddrTon() & 0xFF, d.getDestAddrNpi() & 0xFF, str(d.getDestAddress())),
                EsmClass.of(d.getEsmClass() & 0xFF), RegisteredDelivery.of(d.getRegisteredDelivery() & 0xFF),
                DataCoding.of(d.getDataCoding() & 0xFF), tlvs(d))).isEqualTo(p);
    }

    @Property(tries = 300)
    void ourBindsDecodeInTheirs(@ForAll("binds") Bind<?> p) throws Exception {
        org.jsmpp.bean.Bind d = DECOMPOSER.bind(CODEC.encode(p));
        assertThat(d.getCommandId()).isEqualTo(p.commandId().id());
        assertThat(d.getSequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(str(d.getSystemId())).isEqualTo(p.systemId());
        assertThat(str(d.getPassword())).isEqualTo(p.password());
        assertThat(str(d.getSystemType())).isEqualTo(p.systemType());
        assertThat(d.getInterfaceVersion() & 0xFF).isEqualTo(p.interfaceVersion().value());
        assertThat(Address.of(d.getAddrTon() & 0xFF, d.getAddrNpi() & 0xFF, str(d.getAddressRange())))
                .isEqualTo(p.addressRange());
    }

    @Property(tries = 100)
    void ourEnquireLinkDecodesInTheirs(@ForAll("enquireLink") EnquireLink p) {
        byte[] wire = CODEC.encode(p);
        org.jsmpp.bean.EnquireLink d = DECOMPOSER.enquireLink(wire);
        assertThat(d.getCommandId()).isEqualTo(0x15);
        assertThat(d.getCommandLength()).isEqualTo(16);
        assertThat(d.getSequenceNumber()).isEqualTo(p.sequenceNumber());
    }

    // ------------------------------------------------------------------ mapping

    private static Pdu ourDecode(byte[] wire) {
        ByteBuffer in = ByteBuffer.wrap(wire);
        DecodeResult r = CODEC.decode(in);
        assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(in.hasRemaining()).isFalse();
        return ((DecodeResult.Decoded) r).pdu();
    }

    private static byte ton(Address a) {
        return (byte) a.ton().value();
    }

    private static byte npi(Address a) {
        return (byte) a.npi().value();
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static OptionalParameter[] toJsmpp(Tlvs tlvs) {
        List<OptionalParameter> out = new ArrayList<>();
        for (Tlv t : tlvs) {
            out.add(OptionalParameters.deserialize((short) t.tag(), t.value().toByteArray()));
        }
        return out.toArray(new OptionalParameter[0]);
    }

    /** jSMPP's parameters back to ours, by their serialised tag-length-value octets. */
    private static Tlvs tlvs(AbstractSmCommand d) {
        List<Tlv> out = new ArrayList<>();
        OptionalParameter[] params = d.getOptionalParameters();
        if (params != null) {
            for (OptionalParameter op : params) {
                byte[] tlv = op.serialize();
                ByteBuffer b = ByteBuffer.wrap(tlv);
                int tag = b.getShort() & 0xFFFF;
                int len = b.getShort() & 0xFFFF;
                assertThat(len).isEqualTo(tlv.length - 4);
                out.add(new Tlv(tag, Bytes.copyOf(tlv, 4, len)));
            }
        }
        return Tlvs.copyOf(out);
    }

    private static SubmitSm fromJsmpp(MessageRequest d) {
        return SubmitSm.builder().sequenceNumber(d.getSequenceNumber()).serviceType(str(d.getServiceType()))
                .source(Address.of(d.getSourceAddrTon() & 0xFF, d.getSourceAddrNpi() & 0xFF, str(d.getSourceAddr())))
                .destination(Address.of(d.getDestAddrTon() & 0xFF, d.getDestAddrNpi() & 0xFF,
                        str(d.getDestAddress())))
                .esmClass(EsmClass.of(d.getEsmClass() & 0xFF)).protocolId(d.getProtocolId() & 0xFF)
                .priorityFlag(d.getPriorityFlag() & 0xFF).scheduleDeliveryTime(str(d.getScheduleDeliveryTime()))
                .validityPeriod(str(d.getValidityPeriod()))
                .registeredDelivery(RegisteredDelivery.of(d.getRegisteredDelivery() & 0xFF))
                .replaceIfPresentFlag(d.getReplaceIfPresent() & 0xFF).dataCoding(DataCoding.of(d.getDataCoding() & 0xFF))
                .smDefaultMsgId(d.getSmDefaultMsgId() & 0xFF)
                .shortMessage(d.getShortMessage() == null ? Bytes.EMPTY : Bytes.of(d.getShortMessage()))
                .tlvs(tlvs(d)).build();
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<SubmitSm> submitSm() {
        return InteropArbitraries.submitSm();
    }

    /** jSMPP's composer always writes NULL schedule/validity and 0 replace flag / default message id. */
    @Provide
    Arbitrary<DeliverSm> deliverSm() {
        return InteropArbitraries.deliverSm();
    }

    @Provide
    Arbitrary<DataSm> dataSm() {
        return InteropArbitraries.dataSm();
    }

    @Provide
    Arbitrary<Bind<?>> binds() {
        return Arbitraries.oneOf(InteropArbitraries.bindTransmitter().map(b -> (Bind<?>) b),
                InteropArbitraries.bindReceiver().map(b -> (Bind<?>) b),
                InteropArbitraries.bindTransceiver().map(b -> (Bind<?>) b));
    }

    @Provide
    Arbitrary<EnquireLink> enquireLink() {
        return InteropArbitraries.enquireLink();
    }
}
