package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Bytes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any order, with duplicates, of any plan's parts gives back the text, or the octets of binary data. */
class ReassemblerProperties {

    @Provide
    Arbitrary<Integer> lengths() {
        return TextPools.lengths();
    }


    @Property(tries = 1000)
    void anyPermutationWithDuplicatesReassembles(@ForAll("lengths") int length,
            @ForAll @IntRange(min = 0, max = 3) int carrierIndex, @ForAll boolean national, @ForAll boolean packed,
            @ForAll @IntRange(min = 0, max = 20) int duplicates, @ForAll Random random) {
        String text = TextPools.mixedText(random, length);
        LongMessageCarrier carrier = LongMessageCarrier.values()[carrierIndex];
        PlanOptions.Builder b = PlanOptions.builder().carrier(carrier).packed(packed)
                .reference(random.nextInt(0x10000));
        if (national) {
            b.allNationalLanguages();
        }
        MessagePlan plan = MessagePlanner.plan(text, b.build());
        ReassembledMessage done = reassembleShuffled(plan, duplicates, random);
        String got = done.text().orElseThrow();
        if (plan.packed()) {
            // octet-counted packed text ending in CR on an octet boundary carries 23.038's extra CR
            assertThat(got).isIn(text, text + "\r");
            if (!got.equals(text)) {
                assertThat(text).endsWith("\r");
            }
        } else {
            assertThat(got).isEqualTo(text);
        }
    }

    @Property(tries = 300)
    void anyPermutationWithDuplicatesOfBinaryPartsReassembles(@ForAll("lengths") int length,
            @ForAll @IntRange(min = 0, max = 3) int carrierIndex, @ForAll boolean dataCoding02,
            @ForAll @IntRange(min = 0, max = 20) int duplicates, @ForAll Random random) {
        byte[] octets = new byte[length];
        random.nextBytes(octets);
        LongMessageCarrier carrier = LongMessageCarrier.values()[carrierIndex];
        PlanOptions options = PlanOptions.builder().carrier(carrier).reference(random.nextInt(0x10000))
                .binaryDataCoding(dataCoding02 ? 0x02 : 0x04).build();
        MessagePlan plan = MessagePlanner.planBinary(Bytes.of(octets), options);
        ReassembledMessage done = reassembleShuffled(plan, duplicates, random);
        assertThat(done.payload()).isEqualTo(Bytes.of(octets));
        assertThat(done.text()).isEmpty();
    }

    /** Feeds the plan's parts, shuffled with duplicates added, until one completes the message. */
    private static ReassembledMessage reassembleShuffled(MessagePlan plan, int duplicates, Random random) {
        List<InboundPart> parts = new ArrayList<>();
        for (MessagePlan.Segment s : plan.segments()) {
            InboundPart p = InboundPart.of("447700900123", "12345", plan.dataCoding(), s.udhi(), s.userData());
            parts.add(plan.carrier() == LongMessageCarrier.SAR && s.concatenation().isPresent()
                    ? p.withSar(s.concatenation().get()) : p);
        }
        int distinct = parts.size();
        for (int i = 0; i < duplicates; i++) {
            parts.add(parts.get(random.nextInt(distinct)));
        }
        Collections.shuffle(parts, random);

        Reassembler r = Reassembler.builder().gsmPacked(plan.packed()).build();
        ReassembledMessage done = null;
        for (InboundPart p : parts) {
            ReassemblyResult result = r.accept(p);
            if (result instanceof ReassemblyResult.Complete) {
                done = ((ReassemblyResult.Complete) result).message();
                break;
            }
            assertThat(result).isInstanceOfAny(ReassemblyResult.Pending.class, ReassemblyResult.Duplicate.class);
        }
        assertThat(done).as("completed").isNotNull();
        assertThat(done.parts()).isEqualTo(distinct);
        assertThat(done.dataCoding().value()).isEqualTo(plan.dataCoding());
        return done;
    }
}
