package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagePartsTest {

    private static final SubmitSm TEMPLATE = SubmitSm.builder()
            .source(Address.of(5, 0, "Brand"))
            .destination(Address.of(1, 1, "447700900123"))
            .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
            .esmClass(EsmClass.UDHI) // cleared where a part has no UDH
            .tlvs(Tlvs.empty().with(StandardTlvs.USER_MESSAGE_REFERENCE, 7))
            .build();

    private static final String LONG_TEXT = "Long text with {braces} and € " + "x".repeat(300) + " end \uD83D\uDE00";

    @Test
    void udhPartsCarryTheHeaderAndUdhi() {
        MessagePlan plan = MessagePlanner.plan("a".repeat(200), PlanOptions.defaults());
        List<SubmitSm> parts = MessageParts.submitSms(plan, TEMPLATE);

        assertThat(parts).hasSize(2);
        for (SubmitSm part : parts) {
            assertThat(part.esmClass().hasUdhi()).isTrue();
            assertThat(part.source()).isEqualTo(TEMPLATE.source());
            assertThat(part.registeredDelivery()).isEqualTo(RegisteredDelivery.ON_SUCCESS_OR_FAILURE);
            assertThat(part.shortMessage().get(0)).isEqualTo(5); // UDHL of the 8-bit concatenation IE
            assertThat(part.tlvs().get(StandardTlvs.USER_MESSAGE_REFERENCE)).contains(7);
        }
        assertThat(parts.get(1).shortMessage().get(5)).isEqualTo(2); // part 2 of 2
    }

    @Test
    void singleGsmPartHasNoUdhAndUdhiCleared() {
        SubmitSm part = MessageParts.submitSms(MessagePlanner.plan("Hello", PlanOptions.defaults()), TEMPLATE).get(0);
        assertThat(part.esmClass().hasUdhi()).isFalse();
        assertThat(part.shortMessage().toHex()).isEqualTo("48656c6c6f");
        assertThat(part.dataCoding().value()).isZero();
    }

    @Test
    void sarPartsCarryTheThreeTlvsAndNoUdh() {
        PlanOptions sar = PlanOptions.builder().carrier(LongMessageCarrier.SAR).build();
        List<SubmitSm> parts = MessageParts.submitSms(MessagePlanner.plan("b".repeat(200), sar), TEMPLATE);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1).esmClass().hasUdhi()).isFalse();
        assertThat(parts.get(1).tlvs().get(StandardTlvs.SAR_TOTAL_SEGMENTS)).contains(2);
        assertThat(parts.get(1).tlvs().get(StandardTlvs.SAR_SEGMENT_SEQNUM)).contains(2);
        assertThat(parts.get(0).tlvs().get(StandardTlvs.SAR_MSG_REF_NUM))
                .isEqualTo(parts.get(1).tlvs().get(StandardTlvs.SAR_MSG_REF_NUM));
    }

    @Test
    void payloadPlanIsOnePduWithAnEmptyShortMessage() {
        PlanOptions payload = PlanOptions.builder().carrier(LongMessageCarrier.MESSAGE_PAYLOAD).build();
        List<SubmitSm> parts = MessageParts.submitSms(MessagePlanner.plan(LONG_TEXT, payload), TEMPLATE);

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).shortMessage().isEmpty()).isTrue();
        assertThat(parts.get(0).tlvs().get(StandardTlvs.MESSAGE_PAYLOAD)).isPresent();
        assertThat(parts.get(0).dataCoding().value()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(LongMessageCarrier.class)
    void partsSentThroughTheCodecInAnyOrderReassembleToTheText(LongMessageCarrier carrier) {
        MessagePlan plan = MessagePlanner.plan(LONG_TEXT, PlanOptions.builder().carrier(carrier).build());
        List<SubmitSm> parts = MessageParts.submitSms(plan, TEMPLATE);
        ReassembledMessage message = reassembledThroughTheCodec(parts);
        assertThat(message.text()).contains(LONG_TEXT);
        assertThat(message.source()).isEqualTo("Brand");
        assertThat(message.parts()).isEqualTo(plan.segmentCount());
    }

    @ParameterizedTest
    @EnumSource(LongMessageCarrier.class)
    void binaryPartsSentThroughTheCodecInAnyOrderReassembleToTheData(LongMessageCarrier carrier) {
        byte[] octets = new byte[300];
        new Random(7).nextBytes(octets);
        Bytes data = Bytes.of(octets);
        MessagePlan plan = MessagePlanner.planBinary(data, PlanOptions.builder().carrier(carrier).build());
        List<SubmitSm> parts = MessageParts.submitSms(plan, TEMPLATE);
        assertThat(parts).hasSize(carrier == LongMessageCarrier.MESSAGE_PAYLOAD ? 1 : 3);
        for (SubmitSm part : parts) {
            assertThat(part.dataCoding().value()).isEqualTo(0x04);
            assertThat(part.esmClass().hasUdhi()).isEqualTo(carrier == LongMessageCarrier.UDH_8BIT_REFERENCE
                    || carrier == LongMessageCarrier.UDH_16BIT_REFERENCE);
            assertThat(part.tlvs().get(StandardTlvs.SAR_TOTAL_SEGMENTS).isPresent())
                    .isEqualTo(carrier == LongMessageCarrier.SAR);
            assertThat(part.shortMessage().isEmpty()).isEqualTo(carrier == LongMessageCarrier.MESSAGE_PAYLOAD);
        }
        ReassembledMessage message = reassembledThroughTheCodec(parts);
        assertThat(message.payload()).isEqualTo(data);
        assertThat(message.text()).isEmpty();
        assertThat(message.dataCoding().alphabet()).isEqualTo(Alphabet.BINARY);
    }

    @Test
    void binaryDeliverSmPartsCarryTheDataCodingAndReassemble() {
        Bytes data = Bytes.of(new byte[200]);
        MessagePlan plan = MessagePlanner.planBinary(data, PlanOptions.builder().binaryDataCoding(0x02).build());
        ReassemblyResult last = reassembleDeliverSms(plan,
                part -> assertThat(part.dataCoding().value()).isEqualTo(0x02));
        assertThat(((ReassemblyResult.Complete) last).message().payload()).isEqualTo(data);
    }

    @Test
    void deliverSmPartsReassembleLikeSubmitSmParts() {
        MessagePlan plan = MessagePlanner.plan(LONG_TEXT, PlanOptions.defaults());
        ReassemblyResult last = reassembleDeliverSms(plan, part -> { });
        assertThat(((ReassemblyResult.Complete) last).message().text()).contains(LONG_TEXT);
    }

    /** Makes deliver_sm parts of a plan, checks each, and reassembles them in order; returns the last result. */
    private static ReassemblyResult reassembleDeliverSms(MessagePlan plan, Consumer<DeliverSm> check) {
        DeliverSm template = DeliverSm.builder()
                .source(Address.of(1, 1, "447700900123"))
                .destination(Address.of(0, 0, "12345"))
                .build();
        Reassembler reassembler = Reassembler.builder().build();
        ReassemblyResult last = null;
        for (DeliverSm part : MessageParts.deliverSms(plan, template)) {
            check.accept(part);
            last = reassembler.accept(MessageParts.inboundPart(part));
        }
        return last;
    }

    /** Encodes and decodes the parts in a shuffled order, and reassembles them; the last part must complete it. */
    private static ReassembledMessage reassembledThroughTheCodec(List<SubmitSm> parts) {
        List<SubmitSm> shuffled = new ArrayList<>(parts);
        Collections.shuffle(shuffled, new Random(42));
        PduCodec codec = PduCodec.defaults();
        Reassembler reassembler = Reassembler.builder().build();
        ReassemblyResult last = null;
        for (SubmitSm part : shuffled) {
            DecodeResult decoded = codec.decode(ByteBuffer.wrap(codec.encode(part)));
            last = reassembler.accept(MessageParts.inboundPart((SubmitSm) ((DecodeResult.Decoded) decoded).pdu()));
        }
        assertThat(last).isInstanceOf(ReassemblyResult.Complete.class);
        return ((ReassemblyResult.Complete) last).message();
    }
}
