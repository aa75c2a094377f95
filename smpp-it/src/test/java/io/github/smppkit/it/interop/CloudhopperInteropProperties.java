package io.github.smppkit.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.transcoder.DefaultPduTranscoder;
import com.cloudhopper.smpp.transcoder.DefaultPduTranscoderContext;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jboss.netty.buffer.ChannelBuffer;
import org.jboss.netty.buffer.ChannelBuffers;

/**
 * Interop with Cloudhopper ({@code com.fizzed:ch-smpp} 5.0.9): PDUs it encodes decode in our codec to equal
 * values, and PDUs we encode decode in Cloudhopper to equal values (issue 3).
 */
class CloudhopperInteropProperties {

    private static final PduCodec CODEC = PduCodec.defaults();
    private static final DefaultPduTranscoder CH = new DefaultPduTranscoder(new DefaultPduTranscoderContext());

    // ------------------------------------------------------------------ Cloudhopper encodes, we decode

    @Property(tries = 300)
    void theirSubmitSmDecodesInOurs(@ForAll("submitSm") SubmitSm p) throws Exception {
        assertThat(ourDecode(CH.encode(toCh(p)))).isEqualTo(p);
    }

    @Property(tries = 300)
    void theirDeliverSmDecodesInOurs(@ForAll("deliverSm") DeliverSm p) throws Exception {
        assertThat(ourDecode(CH.encode(toCh(p)))).isEqualTo(p);
    }

    @Property(tries = 300)
    void theirDataSmDecodesInOurs(@ForAll("dataSm") DataSm p) throws Exception {
        assertThat(ourDecode(CH.encode(toCh(p)))).isEqualTo(p);
    }

    @Property(tries = 300)
    void theirBindsDecodeInOurs(@ForAll("binds") Bind<?> p) throws Exception {
        assertThat(ourDecode(CH.encode(toCh(p)))).isEqualTo(p);
    }

    @Property(tries = 100)
    void theirEnquireLinkDecodesInOurs(@ForAll("enquireLink") EnquireLink p) throws Exception {
        com.cloudhopper.smpp.pdu.EnquireLink e = new com.cloudhopper.smpp.pdu.EnquireLink();
        e.setSequenceNumber(p.sequenceNumber());
        assertThat(ourDecode(CH.encode(e))).isEqualTo(p);
    }

    // ------------------------------------------------------------------ we encode, Cloudhopper decodes

    @Property(tries = 300)
    void ourSubmitSmDecodesInTheirs(@ForAll("submitSm") SubmitSm p) throws Exception {
        com.cloudhopper.smpp.pdu.SubmitSm d = (com.cloudhopper.smpp.pdu.SubmitSm) theirDecode(p);
        assertThat(fromCh(d, d.getSequenceNumber())).isEqualTo(p);
    }

    @Property(tries = 300)
    void ourDeliverSmDecodesInTheirs(@ForAll("deliverSm") DeliverSm p) throws Exception {
        com.cloudhopper.smpp.pdu.DeliverSm d = (com.cloudhopper.smpp.pdu.DeliverSm) theirDecode(p);
        SubmitSm asSubmit = fromCh(d, d.getSequenceNumber());
        assertThat(asSubmit).isEqualTo(sameFieldsAsSubmit(p));
    }

    @Property(tries = 300)
    void ourDataSmDecodesInTheirs(@ForAll("dataSm") DataSm p) throws Exception {
        com.cloudhopper.smpp.pdu.DataSm d = (com.cloudhopper.smpp.pdu.DataSm) theirDecode(p);
        assertThat(new DataSm(d.getSequenceNumber(), str(d.getServiceType()), address(d.getSourceAddress()),
                address(d.getDestAddress()), EsmClass.of(d.getEsmClass() & 0xFF),
                RegisteredDelivery.of(d.getRegisteredDelivery() & 0xFF), DataCoding.of(d.getDataCoding() & 0xFF),
                tlvs(d))).isEqualTo(p);
    }

    @Property(tries = 300)
    void ourBindsDecodeInTheirs(@ForAll("binds") Bind<?> p) throws Exception {
        BaseBind<?> d = (BaseBind<?>) theirDecode(p);
        assertThat(d.getCommandId()).isEqualTo(p.commandId().id());
        assertThat(d.getSequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(str(d.getSystemId())).isEqualTo(p.systemId());
        assertThat(str(d.getPassword())).isEqualTo(p.password());
        assertThat(str(d.getSystemType())).isEqualTo(p.systemType());
        assertThat(d.getInterfaceVersion() & 0xFF).isEqualTo(p.interfaceVersion().value());
        assertThat(address(d.getAddressRange())).isEqualTo(p.addressRange());
    }

    @Property(tries = 100)
    void ourEnquireLinkDecodesInTheirs(@ForAll("enquireLink") EnquireLink p) throws Exception {
        com.cloudhopper.smpp.pdu.Pdu d = theirDecode(p);
        assertThat(d).isInstanceOf(com.cloudhopper.smpp.pdu.EnquireLink.class);
        assertThat(d.getSequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(d.getCommandLength()).isEqualTo(16);
    }

    // ------------------------------------------------------------------ mapping

    private static Pdu ourDecode(ChannelBuffer encoded) {
        byte[] wire = new byte[encoded.readableBytes()];
        encoded.readBytes(wire);
        ByteBuffer in = ByteBuffer.wrap(wire);
        DecodeResult r = CODEC.decode(in);
        assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(in.hasRemaining()).isFalse();
        return ((DecodeResult.Decoded) r).pdu();
    }

    private static com.cloudhopper.smpp.pdu.Pdu theirDecode(Pdu p) throws Exception {
        byte[] wire = CODEC.encode(p);
        ChannelBuffer buf = ChannelBuffers.wrappedBuffer(wire);
        com.cloudhopper.smpp.pdu.Pdu d = CH.decode(buf);
        assertThat(d).isNotNull();
        assertThat(buf.readableBytes()).isZero();
        assertThat(d.getCommandLength()).isEqualTo(wire.length);
        return d;
    }

    private static com.cloudhopper.smpp.type.Address toCh(Address a) {
        return new com.cloudhopper.smpp.type.Address((byte) a.ton().value(), (byte) a.npi().value(), a.value());
    }

    private static Address address(com.cloudhopper.smpp.type.Address a) {
        return a == null ? Address.EMPTY : Address.of(a.getTon() & 0xFF, a.getNpi() & 0xFF, str(a.getAddress()));
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static void copyTlvs(Tlvs tlvs, com.cloudhopper.smpp.pdu.Pdu to) {
        for (Tlv t : tlvs) {
            to.addOptionalParameter(new com.cloudhopper.smpp.tlv.Tlv((short) t.tag(), t.value().toByteArray()));
        }
    }

    private static Tlvs tlvs(com.cloudhopper.smpp.pdu.Pdu from) {
        List<Tlv> out = new ArrayList<>();
        if (from.getOptionalParameters() != null) {
            for (com.cloudhopper.smpp.tlv.Tlv t : from.getOptionalParameters()) {
                out.add(new Tlv(t.getTag() & 0xFFFF, t.getValue() == null ? Bytes.EMPTY : Bytes.of(t.getValue())));
            }
        }
        return Tlvs.copyOf(out);
    }

    private static <T extends BaseSm<?>> T fill(T sm, int seq, String serviceType, Address src, Address dst,
            int esm, int pid, int prio, String sched, String validity, int rd, int replace, int dc, int dflt,
            Bytes message, Tlvs tlvs) throws Exception {
        sm.setSequenceNumber(seq);
        sm.setServiceType(serviceType);
        sm.setSourceAddress(toCh(src));
        sm.setDestAddress(toCh(dst));
        sm.setEsmClass((byte) esm);
        sm.setProtocolId((byte) pid);
        sm.setPriority((byte) prio);
        sm.setScheduleDeliveryTime(sched);
        sm.setValidityPeriod(validity);
        sm.setRegisteredDelivery((byte) rd);
        sm.setReplaceIfPresent((byte) replace);
        sm.setDataCoding((byte) dc);
        sm.setDefaultMsgId((byte) dflt);
        sm.setShortMessage(message.toByteArray());
        copyTlvs(tlvs, sm);
        return sm;
    }

    private static com.cloudhopper.smpp.pdu.SubmitSm toCh(SubmitSm p) throws Exception {
        return fill(new com.cloudhopper.smpp.pdu.SubmitSm(), p.sequenceNumber(), p.serviceType(), p.source(),
                p.destination(), p.esmClass().value(), p.protocolId(), p.priorityFlag(), p.scheduleDeliveryTime(),
                p.validityPeriod(), p.registeredDelivery().value(), p.replaceIfPresentFlag(), p.dataCoding().value(),
                p.smDefaultMsgId(), p.shortMessage(), p.tlvs());
    }

    private static com.cloudhopper.smpp.pdu.DeliverSm toCh(DeliverSm p) throws Exception {
        return fill(new com.cloudhopper.smpp.pdu.DeliverSm(), p.sequenceNumber(), p.serviceType(), p.source(),
                p.destination(), p.esmClass().value(), p.protocolId(), p.priorityFlag(), p.scheduleDeliveryTime(),
                p.validityPeriod(), p.registeredDelivery().value(), p.replaceIfPresentFlag(), p.dataCoding().value(),
                p.smDefaultMsgId(), p.shortMessage(), p.tlvs());
    }

    private static com.cloudhopper.smpp.pdu.DataSm toCh(DataSm p) {
        com.cloudhopper.smpp.pdu.DataSm d = new com.cloudhopper.smpp.pdu.DataSm();
        d.setSequenceNumber(p.sequenceNumber());
        d.setServiceType(p.serviceType());
        d.setSourceAddress(toCh(p.source()));
        d.setDestAddress(toCh(p.destination()));
        d.setEsmClass((byte) p.esmClass().value());
        d.setRegisteredDelivery((byte) p.registeredDelivery().value());
        d.setDataCoding((byte) p.dataCoding().value());
        copyTlvs(p.tlvs(), d);
        return d;
    }

    private static BaseBind<?> toCh(Bind<?> p) {
        BaseBind<?> b;
        if (p instanceof BindTransmitter) {
            b = new com.cloudhopper.smpp.pdu.BindTransmitter();
        } else if (p instanceof BindReceiver) {
            b = new com.cloudhopper.smpp.pdu.BindReceiver();
        } else {
            b = new com.cloudhopper.smpp.pdu.BindTransceiver();
        }
        b.setSequenceNumber(p.sequenceNumber());
        b.setSystemId(p.systemId());
        b.setPassword(p.password());
        b.setSystemType(p.systemType());
        b.setInterfaceVersion((byte) p.interfaceVersion().value());
        b.setAddressRange(toCh(p.addressRange()));
        return b;
    }

    /** Reads any Cloudhopper submit_sm/deliver_sm into a SubmitSm record (same 18 fields, §4.9). */
    private static SubmitSm fromCh(BaseSm<?> d, int seq) {
        return SubmitSm.builder().sequenceNumber(seq).serviceType(str(d.getServiceType()))
                .source(address(d.getSourceAddress())).destination(address(d.getDestAddress()))
                .esmClass(EsmClass.of(d.getEsmClass() & 0xFF)).protocolId(d.getProtocolId() & 0xFF)
                .priorityFlag(d.getPriority() & 0xFF).scheduleDeliveryTime(str(d.getScheduleDeliveryTime()))
                .validityPeriod(str(d.getValidityPeriod()))
                .registeredDelivery(RegisteredDelivery.of(d.getRegisteredDelivery() & 0xFF))
                .replaceIfPresentFlag(d.getReplaceIfPresent() & 0xFF).dataCoding(DataCoding.of(d.getDataCoding() & 0xFF))
                .smDefaultMsgId(d.getDefaultMsgId() & 0xFF)
                .shortMessage(d.getShortMessage() == null ? Bytes.EMPTY : Bytes.of(d.getShortMessage()))
                .tlvs(tlvs(d)).build();
    }

    private static SubmitSm sameFieldsAsSubmit(DeliverSm p) {
        return SubmitSm.builder().sequenceNumber(p.sequenceNumber()).serviceType(p.serviceType()).source(p.source())
                .destination(p.destination()).esmClass(p.esmClass()).protocolId(p.protocolId())
                .priorityFlag(p.priorityFlag()).scheduleDeliveryTime(p.scheduleDeliveryTime())
                .validityPeriod(p.validityPeriod()).registeredDelivery(p.registeredDelivery())
                .replaceIfPresentFlag(p.replaceIfPresentFlag()).dataCoding(p.dataCoding())
                .smDefaultMsgId(p.smDefaultMsgId()).shortMessage(p.shortMessage()).tlvs(p.tlvs()).build();
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<SubmitSm> submitSm() {
        return InteropArbitraries.submitSm();
    }

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
        return net.jqwik.api.Arbitraries.oneOf(InteropArbitraries.bindTransmitter().map(b -> (Bind<?>) b),
                InteropArbitraries.bindReceiver().map(b -> (Bind<?>) b),
                InteropArbitraries.bindTransceiver().map(b -> (Bind<?>) b));
    }

    @Provide
    Arbitrary<EnquireLink> enquireLink() {
        return InteropArbitraries.enquireLink();
    }

}
