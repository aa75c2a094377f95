package io.github.smppkit.codec.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The flyweight views agree field by field with the records on every generated submit_sm, deliver_sm, data_sm and
 * message-id response, at any offset inside a larger buffer; and on mutated frames a view is valid exactly when
 * the record decoder decodes, with the same value.
 */
class ViewProperties {

    private static final PduCodec CODEC = PduCodec.defaults();
    private final SubmitSmView submitView = new SubmitSmView();
    private final DeliverSmView deliverView = new DeliverSmView();
    private final DataSmView dataView = new DataSmView();
    private final MessageIdRespView respView = new MessageIdRespView();
    private final HeaderView headerView = new HeaderView();
    private final TlvCursor cursor = new TlvCursor();

    @Property(tries = 1000)
    void submitSmViewAgrees(@ForAll("submitSm") SubmitSm p, @ForAll @IntRange(max = 64) int offset) {
        ByteBuffer b = framed(p, offset);
        SubmitSmView v = submitView.wrap(b, offset, CODEC.encodedLength(p));
        assertThat(v.valid()).isTrue();
        assertThat(v.sequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(v.commandStatus()).isZero();
        assertThat(v.serviceType()).isEqualTo(p.serviceType());
        assertAddress(p.source(), v.sourceAddrTon(), v.sourceAddrNpi(), v.sourceAddr());
        assertAddress(p.destination(), v.destAddrTon(), v.destAddrNpi(), v.destinationAddr());
        assertThat(v.sourceAddrLength()).isEqualTo(p.source().value().length());
        assertThat(v.destinationAddrLength()).isEqualTo(p.destination().value().length());
        assertThat(Bytes.copyOf(b, v.sourceAddrOffset(), v.sourceAddrLength()))
                .isEqualTo(Bytes.of(p.source().value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(v.esmClass()).isEqualTo(p.esmClass().value());
        assertThat(v.protocolId()).isEqualTo(p.protocolId());
        assertThat(v.priorityFlag()).isEqualTo(p.priorityFlag());
        assertThat(v.scheduleDeliveryTime()).isEqualTo(p.scheduleDeliveryTime());
        assertThat(v.validityPeriod()).isEqualTo(p.validityPeriod());
        assertThat(v.registeredDelivery()).isEqualTo(p.registeredDelivery().value());
        assertThat(v.replaceIfPresentFlag()).isEqualTo(p.replaceIfPresentFlag());
        assertThat(v.dataCoding()).isEqualTo(p.dataCoding().value());
        assertThat(v.smDefaultMsgId()).isEqualTo(p.smDefaultMsgId());
        assertThat(v.smLength()).isEqualTo(p.shortMessage().size());
        assertThat(Bytes.copyOf(b, v.shortMessageOffset(), v.shortMessageLength())).isEqualTo(p.shortMessage());
        assertThat(tlvsOf(v.tlvs(cursor))).isEqualTo(p.tlvs().asList());
        assertThat(v.tlvsLength()).isEqualTo(p.tlvs().encodedLength());
        assertThat(v.toRecord()).isEqualTo(p);
        assertHeader(headerView, b, offset, p);
    }

    @Property(tries = 1000)
    void deliverSmViewAgrees(@ForAll("deliverSm") DeliverSm p, @ForAll @IntRange(max = 64) int offset) {
        ByteBuffer b = framed(p, offset);
        DeliverSmView v = deliverView.wrap(b, offset, CODEC.encodedLength(p));
        assertThat(v.valid()).isTrue();
        assertThat(v.sequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(v.serviceType()).isEqualTo(p.serviceType());
        assertAddress(p.source(), v.sourceAddrTon(), v.sourceAddrNpi(), v.sourceAddr());
        assertAddress(p.destination(), v.destAddrTon(), v.destAddrNpi(), v.destinationAddr());
        assertThat(v.esmClass()).isEqualTo(p.esmClass().value());
        assertThat(v.protocolId()).isEqualTo(p.protocolId());
        assertThat(v.priorityFlag()).isEqualTo(p.priorityFlag());
        assertThat(v.scheduleDeliveryTime()).isEqualTo(p.scheduleDeliveryTime());
        assertThat(v.validityPeriod()).isEqualTo(p.validityPeriod());
        assertThat(v.registeredDelivery()).isEqualTo(p.registeredDelivery().value());
        assertThat(v.replaceIfPresentFlag()).isEqualTo(p.replaceIfPresentFlag());
        assertThat(v.dataCoding()).isEqualTo(p.dataCoding().value());
        assertThat(v.smDefaultMsgId()).isEqualTo(p.smDefaultMsgId());
        assertThat(v.smLength()).isEqualTo(p.shortMessage().size());
        assertThat(Bytes.copyOf(b, v.shortMessageOffset(), v.shortMessageLength())).isEqualTo(p.shortMessage());
        assertThat(tlvsOf(v.tlvs(cursor))).isEqualTo(p.tlvs().asList());
        assertThat(v.toRecord()).isEqualTo(p);
        assertHeader(headerView, b, offset, p);
    }

    @Property(tries = 1000)
    void dataSmViewAgrees(@ForAll("dataSm") DataSm p, @ForAll @IntRange(max = 64) int offset) {
        ByteBuffer b = framed(p, offset);
        DataSmView v = dataView.wrap(b, offset, CODEC.encodedLength(p));
        assertThat(v.valid()).isTrue();
        assertThat(v.sequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(v.serviceType()).isEqualTo(p.serviceType());
        assertAddress(p.source(), v.sourceAddrTon(), v.sourceAddrNpi(), v.sourceAddr());
        assertAddress(p.destination(), v.destAddrTon(), v.destAddrNpi(), v.destinationAddr());
        assertThat(v.esmClass()).isEqualTo(p.esmClass().value());
        assertThat(v.registeredDelivery()).isEqualTo(p.registeredDelivery().value());
        assertThat(v.dataCoding()).isEqualTo(p.dataCoding().value());
        assertThat(tlvsOf(v.tlvs(cursor))).isEqualTo(p.tlvs().asList());
        assertThat(v.toRecord()).isEqualTo(p);
        assertHeader(headerView, b, offset, p);
    }

    @Property(tries = 1000)
    void messageIdResponseViewAgrees(@ForAll("messageIdResponses") Response p,
            @ForAll @IntRange(max = 64) int offset) {
        ByteBuffer b = framed(p, offset);
        MessageIdRespView v = respView.wrap(b, offset, CODEC.encodedLength(p));
        assertThat(v.valid()).isTrue();
        assertThat(v.commandId()).isEqualTo(p.commandId().id());
        assertThat(v.commandStatus()).isEqualTo(p.status().code());
        assertThat(v.sequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(v.messageId()).isEqualTo(messageId(p));
        assertThat(v.messageIdLength()).isEqualTo(messageId(p).length());
        assertThat(tlvsOf(v.tlvs(cursor))).isEqualTo(p.tlvs().asList());
        assertThat(v.toRecord()).isEqualTo(p);
        assertHeader(headerView, b, offset, p);
    }

    /** On a single-octet mutation the view is valid exactly when the record decoder decodes, to the same PDU. */
    @Property(tries = 3000)
    void viewsAndDecoderAgreeOnMutatedFrames(@ForAll("viewPdus") Pdu p, @ForAll @IntRange(min = 0) int index,
            @ForAll @IntRange(max = 255) int value) {
        byte[] wire = CODEC.encode(p);
        if (wire.length > 16) {
            wire[16 + index % (wire.length - 16)] = (byte) value;
        }
        ByteBuffer b = ByteBuffer.wrap(wire);
        DecodeResult r = CODEC.decode(ByteBuffer.wrap(wire));
        Pdu viewed;
        boolean valid;
        switch (p.commandId()) {
            case SUBMIT_SM:
                valid = submitView.wrap(b, 0, wire.length).valid();
                viewed = valid ? submitView.toRecord() : null;
                break;
            case DELIVER_SM:
                valid = deliverView.wrap(b, 0, wire.length).valid();
                viewed = valid ? deliverView.toRecord() : null;
                break;
            case DATA_SM:
                valid = dataView.wrap(b, 0, wire.length).valid();
                viewed = valid ? dataView.toRecord() : null;
                break;
            default:
                valid = respView.wrap(b, 0, wire.length).valid();
                viewed = valid ? respView.toRecord() : null;
        }
        if (valid) {
            assertThat(r).isEqualTo(new DecodeResult.Decoded(viewed, wire.length));
        } else {
            assertThat(r).isInstanceOf(DecodeResult.Malformed.class);
        }
    }

    /** The header read through the view, whatever the buffer's kind and byte order, matches the PDU. */
    static void assertHeader(HeaderView view, ByteBuffer b, int offset, Pdu p) {
        HeaderView h = view.wrap(b, offset);
        assertThat(h.commandLength()).isEqualTo(CODEC.encodedLength(p));
        assertThat(h.command()).isEqualTo(p.commandId());
        assertThat(h.commandId()).isEqualTo(p.commandId().id());
        assertThat(h.sequenceNumber()).isEqualTo(p.sequenceNumber());
        assertThat(h.commandStatus()).isEqualTo(p instanceof Response ? ((Response) p).status().code() : 0);
    }

    private static void assertAddress(Address a, int ton, int npi, String value) {
        assertThat(ton).isEqualTo(a.ton().value());
        assertThat(npi).isEqualTo(a.npi().value());
        assertThat(value).isEqualTo(a.value());
    }

    private static String messageId(Response p) {
        if (p instanceof SubmitSmResp) {
            return ((SubmitSmResp) p).messageId();
        }
        if (p instanceof DeliverSmResp) {
            return ((DeliverSmResp) p).messageId();
        }
        return ((DataSmResp) p).messageId();
    }

    private static List<Tlv> tlvsOf(TlvCursor c) {
        List<Tlv> out = new ArrayList<>();
        while (c.next()) {
            assertThat(c.length()).isEqualTo(c.value().size());
            out.add(new Tlv(c.tag(), c.value()));
        }
        return out;
    }

    /** Encodes p at offset into a buffer with garbage before and after it. */
    private static ByteBuffer framed(Pdu p, int offset) {
        int len = CODEC.encodedLength(p);
        ByteBuffer b = ByteBuffer.allocate(offset + len + 11);
        for (int i = 0; i < b.capacity(); i++) {
            b.put(i, (byte) (0xA5 ^ i));
        }
        b.position(offset);
        CODEC.encode(p, b);
        b.clear();
        return b;
    }

    @Provide
    Arbitrary<SubmitSm> submitSm() {
        return PduArbitraries.submitSm();
    }

    @Provide
    Arbitrary<DeliverSm> deliverSm() {
        return PduArbitraries.deliverSm();
    }

    @Provide
    Arbitrary<DataSm> dataSm() {
        return PduArbitraries.dataSm();
    }

    @Provide
    Arbitrary<Response> messageIdResponses() {
        return Arbitraries.oneOf(PduArbitraries.submitSmResp().map(r -> (Response) r),
                PduArbitraries.deliverSmResp().map(r -> (Response) r),
                PduArbitraries.dataSmResp().map(r -> (Response) r));
    }

    @Provide
    Arbitrary<Pdu> viewPdus() {
        return Arbitraries.oneOf(PduArbitraries.submitSm().map(r -> (Pdu) r),
                PduArbitraries.deliverSm().map(r -> (Pdu) r), PduArbitraries.dataSm().map(r -> (Pdu) r),
                PduArbitraries.submitSmResp().map(r -> (Pdu) r));
    }

}
