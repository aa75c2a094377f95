package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Bytes;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Plans of arbitrary texts: parts concatenate, fit, never cut a character, and are as few as possible. */
class MessagePlannerProperties {

    @Provide
    Arbitrary<Integer> lengths() {
        return TextPools.lengths();
    }


    /** Capacities from reference §12.2/§11.4, written out independently of the planner's formula. */
    private static int capacity(TextEncoding e, LongMessageCarrier c, int shiftIes, boolean multi) {
        if (e == TextEncoding.UCS2) {
            return !multi ? 70 : c == LongMessageCarrier.UDH_16BIT_REFERENCE ? 66 : 67;
        }
        if (!multi) {
            return new int[] {160, 155, 152}[shiftIes];
        }
        if (c == LongMessageCarrier.UDH_16BIT_REFERENCE) {
            return new int[] {152, 148, 145}[shiftIes];
        }
        return new int[] {153, 149, 146}[shiftIes];
    }

    private static TextCodec codecOf(MessagePlan p) {
        if (p.encoding() != TextEncoding.GSM7) {
            return TextCodec.of(p.encoding());
        }
        return GsmAlphabet.forShiftIds(p.lockingShift().map(NationalLanguage::id).orElse(0),
                p.singleShift().map(NationalLanguage::id).orElse(0));
    }

    @Property(tries = 1000)
    void segmentsAreExactAndMinimal(@ForAll("lengths") int length,
            @ForAll @IntRange(min = 0, max = 3) int carrierIndex, @ForAll boolean national, @ForAll boolean packed,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int reference, @ForAll Random random) {
        Statistics.label("length").collect(length / 250 * 250);
        String text = TextPools.mixedText(random, length);
        LongMessageCarrier carrier = LongMessageCarrier.values()[carrierIndex];
        PlanOptions.Builder b = PlanOptions.builder().carrier(carrier).packed(packed).reference(reference);
        if (national) {
            b.allNationalLanguages();
        }
        MessagePlan plan = MessagePlanner.plan(text, b.build());
        Statistics.label("encoding").collect(plan.encoding().label() + (shiftLabel(plan)));
        assertExactAndMinimal(text, plan);
    }

    /**
     * Packed GSM texts thick with CR whose length is about a whole number of full parts, so that parts often
     * end in CR on an octet boundary, where the 23.038 extra CR changes the split (random texts rarely do).
     */
    @Property(tries = 500)
    void packedTextsEndingPartsWithCrAreExactAndMinimal(@ForAll @IntRange(min = 1, max = 4) int fullParts,
            @ForAll @IntRange(min = -2, max = 2) int offset, @ForAll @IntRange(min = 0, max = 3) int carrierIndex,
            @ForAll Random random) {
        LongMessageCarrier carrier = LongMessageCarrier.values()[carrierIndex];
        int perPart = carrier == LongMessageCarrier.UDH_16BIT_REFERENCE ? 152 : 153;
        int target = (fullParts == 1 ? 160 : fullParts * perPart) + offset;
        StringBuilder text = new StringBuilder();
        for (int units = 0; units < target; ) {
            int r = random.nextInt(10);
            text.append(r < 4 ? "\r" : r < 8 ? "a" : "\u20AC");
            units += r < 8 ? 1 : 2;
        }
        PlanOptions options = PlanOptions.builder().carrier(carrier).packed(true).reference(random.nextInt(0x10000))
                .build();
        MessagePlan plan = MessagePlanner.plan(text.toString(), options);
        Statistics.label("parts").collect(plan.segmentCount());
        assertExactAndMinimal(text.toString(), plan);
    }

    private static void assertExactAndMinimal(String text, MessagePlan plan) {
        LongMessageCarrier carrier = plan.carrier();
        TextCodec codec = codecOf(plan);
        int shiftIes = (plan.lockingShift().isPresent() ? 1 : 0) + (plan.singleShift().isPresent() ? 1 : 0);

        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < plan.segmentCount(); k++) {
            MessagePlan.Segment s = plan.segments().get(k);
            joined.append(s.text());
            assertNotCut(s, codec, plan, k == plan.segmentCount() - 1);
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(plan.text()).isEqualTo(text);
        int total = codec.unitCount(text);
        assertThat(plan.unitsUsed()).isEqualTo(total);

        boolean multi = plan.smsCount() > 1;
        if (carrier != LongMessageCarrier.MESSAGE_PAYLOAD) {
            assertThat(plan.segmentCount()).isEqualTo(plan.smsCount());
            for (MessagePlan.Segment s : plan.segments()) {
                assertThat(tpUserDataOctets(s, plan, multi)).isLessThanOrEqualTo(140);
            }
        }
        int single = capacity(plan.encoding(), carrier, shiftIes, false);
        int perPart = capacity(plan.encoding(), carrier, shiftIes, true);
        // the CR rule needs the fill bits before the text: after the UDH in our user data (none with SAR)
        boolean crRule = plan.packed() && carrier != LongMessageCarrier.MESSAGE_PAYLOAD;
        int singleUdh = shiftIes == 0 ? 0 : 1 + 3 * shiftIes;
        int partUdh = carrier == LongMessageCarrier.SAR ? 0
                : 1 + (carrier == LongMessageCarrier.UDH_16BIT_REFERENCE ? 6 : 5) + 3 * shiftIes;
        int expected = greedyCount(text, codec, single, crRule ? fillBits(singleUdh) : -1) == 1 ? 1
                : greedyCount(text, codec, perPart, crRule ? fillBits(partUdh) : -1);
        assertThat(plan.smsCount()).as("minimal count").isEqualTo(expected);
        int lastCap = expected == 1 ? single : perPart;
        assertThat(plan.unitsLeft()).isBetween(0, lastCap - (expected == 1 ? total : 1));
        if (plan.encoding() == TextEncoding.UCS2) {
            assertThat(GsmAlphabet.standard().canEncode(text)).as("UCS-2 only when GSM cannot").isFalse();
        }
    }

    private static String shiftLabel(MessagePlan p) {
        return p.lockingShift().isPresent() || p.singleShift().isPresent() ? "+national" : "";
    }

    /** Fill bits after a UDH of {@code udhOctets} octets (reference §11.3); 0 without a UDH. */
    private static int fillBits(int udhOctets) {
        return udhOctets == 0 ? 0 : (7 - udhOctets * 8 % 7) % 7;
    }

    /**
     * An independent simple count: fill each part with code points while they fit. With {@code fill} 0..6 (packed
     * GSM) a part whose last septet is CR ending on an octet boundary needs one more CR septet (reference §11.3,
     * 23.038 §6.1.2.3.1): a middle part may not end so (the CR would show doubled inside the text) and gives its
     * last character to the next part; the last part needs room for that septet or does the same.
     *
     * @param fill fill bits before the packed text, or -1 for no CR rule
     */
    private static int greedyCount(String text, TextCodec codec, int capacity, int fill) {
        int[] cps = text.codePoints().toArray();
        int[] units = new int[cps.length];
        boolean[] endsInCr = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            units[i] = codec.units(cps[i]);
            if (fill >= 0) {
                Bytes septets = codec.encode(new String(Character.toChars(cps[i])));
                endsInCr[i] = septets.get(septets.size() - 1) == 0x0D;
            }
        }
        int parts = 0;
        int start = 0;
        do {
            parts++;
            int end = start;
            int used = 0;
            while (end < cps.length && used + units[end] <= capacity) {
                used += units[end++];
            }
            while (fill >= 0 && end > start && endsInCr[end - 1] && (fill + 7 * used) % 8 == 0
                    && (end < cps.length || used + 1 > capacity)) {
                used -= units[--end];
            }
            start = end;
        } while (start < cps.length);
        return parts;
    }

    private static void assertNotCut(MessagePlan.Segment s, TextCodec codec, MessagePlan plan, boolean last) {
        String t = s.text();
        if (!t.isEmpty()) {
            assertThat(Character.isLowSurrogate(t.charAt(0))).as("starts inside a surrogate pair").isFalse();
            assertThat(Character.isHighSurrogate(t.charAt(t.length() - 1))).as("ends inside a surrogate pair")
                    .isFalse();
        }
        assertThat(codec.unitCount(t)).isEqualTo(s.units());
        int udh = s.udh().size();
        String decoded;
        if (codec instanceof GsmAlphabet) {
            GsmAlphabet gsm = (GsmAlphabet) codec;
            decoded = gsm.decodeUserData(s.userData(), udh, plan.packed());
            // an escape cut in two would decode to U+00A0 plus a basic character; only the last part may show
            // the extra CR of a packed text ending in CR on an octet boundary
            String expected = plan.packed() && last ? TextPools.expectedPacked(gsm, t, udh) : t;
            assertThat(decoded).isEqualTo(expected);
        } else {
            decoded = codec.decode(s.userData().slice(udh, s.userData().size()));
            assertThat(decoded).isEqualTo(t);
        }
    }

    /** TP-UD size of a part on the air: UDH (the MC's own for SAR) plus the text, packed. */
    private static int tpUserDataOctets(MessagePlan.Segment s, MessagePlan plan, boolean multi) {
        int udh = s.udh().size();
        if (plan.carrier() == LongMessageCarrier.SAR && multi) {
            udh = 6;
        }
        int body = s.userData().size() - s.udh().size();
        if (plan.encoding() != TextEncoding.GSM7) {
            return udh + body;
        }
        int septets = plan.packed() ? (body * 8) / 7 : body;
        int headerSeptets = (udh * 8 + 6) / 7;
        return ((headerSeptets + septets) * 7 + 7) / 8;
    }
}
