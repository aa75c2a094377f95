package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.Bytes;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Capacities and parts of plans (reference §12.2-12.4). */
class MessagePlannerTest {

    private static MessagePlan plan(String text) {
        return MessagePlanner.plan(text, PlanOptions.defaults());
    }

    private static MessagePlan plan(String text, PlanOptions.Builder options) {
        return MessagePlanner.plan(text, options.build());
    }

    @Test
    void gsmSingleAndConcatenatedCapacities() {
        MessagePlan one = plan("a".repeat(160));
        assertThat(one.encoding()).isEqualTo(TextEncoding.GSM7);
        assertThat(one.dataCoding()).isZero();
        assertThat(one.segmentCount()).isEqualTo(1);
        assertThat(one.unitsLeft()).isZero();
        assertThat(one.segments().get(0).udh()).isEqualTo(Bytes.EMPTY);
        assertThat(one.segments().get(0).userData().size()).isEqualTo(160);

        MessagePlan two = plan("a".repeat(161));
        assertThat(two.segmentCount()).isEqualTo(2);
        assertThat(two.segments().get(0).units()).isEqualTo(153);
        assertThat(two.unitsLeft()).isEqualTo(153 - 8);
        assertThat(plan("a".repeat(306)).segmentCount()).isEqualTo(2);
        assertThat(plan("a".repeat(307)).segmentCount()).isEqualTo(3);

        PlanOptions.Builder ref16 = PlanOptions.builder().carrier(LongMessageCarrier.UDH_16BIT_REFERENCE);
        assertThat(plan("a".repeat(304), ref16).segmentCount()).isEqualTo(2);
        assertThat(plan("a".repeat(305), ref16).segmentCount()).isEqualTo(3);
    }

    @Test
    void ucs2Capacities() {
        assertThat(plan("\u0416".repeat(70)).segmentCount()).isEqualTo(1);
        MessagePlan two = plan("\u0416".repeat(71));
        assertThat(two.encoding()).isEqualTo(TextEncoding.UCS2);
        assertThat(two.dataCoding()).isEqualTo(8);
        assertThat(two.segments().get(0).units()).isEqualTo(67);
        assertThat(two.segments().get(0).userData().size()).isEqualTo(6 + 134);
        PlanOptions.Builder ref16 = PlanOptions.builder().carrier(LongMessageCarrier.UDH_16BIT_REFERENCE);
        assertThat(plan("\u0416".repeat(71), ref16).segments().get(0).units()).isEqualTo(66);
    }

    @Test
    void octetCapacities() {
        PlanOptions.Builder latin1 = PlanOptions.builder().encoding(TextEncoding.LATIN1);
        assertThat(plan("\u00E9".repeat(140), latin1).segmentCount()).isEqualTo(1);
        MessagePlan p = plan("\u00E9".repeat(141), latin1);
        assertThat(p.dataCoding()).isEqualTo(3);
        assertThat(p.segments().get(0).units()).isEqualTo(134);
        assertThat(plan("x".repeat(141), latin1.carrier(LongMessageCarrier.UDH_16BIT_REFERENCE))
                .segments().get(0).units()).isEqualTo(133);
        assertThat(plan("x", PlanOptions.builder().encoding(TextEncoding.IA5)).dataCoding()).isEqualTo(1);
    }

    @Test
    void escapeNeverSplit() {
        // 152 plain septets then '€' (2 septets) would straddle the 153-septet boundary
        String text = "a".repeat(152) + "\u20AC" + "b".repeat(10);
        MessagePlan p = plan(text);
        assertThat(p.segments().get(0).text()).isEqualTo("a".repeat(152));
        assertThat(p.segments().get(0).units()).isEqualTo(152);
        assertThat(p.segments().get(1).text()).startsWith("\u20AC");
        assertThat(p.unitsUsed()).isEqualTo(164);
    }

    @Test
    void surrogatePairNeverSplit() {
        String text = "\u0416".repeat(66) + "\uD83D\uDE00" + "xxxxx";
        MessagePlan p = plan(text);
        assertThat(p.segments().get(0).text()).isEqualTo("\u0416".repeat(66));
        assertThat(p.segments().get(1).text()).isEqualTo("\uD83D\uDE00xxxxx");
        assertThat(p.segments().get(1).units()).isEqualTo(7);
    }

    @Test
    void udhBytesAndReference() {
        MessagePlan p = plan("a".repeat(200), PlanOptions.builder().reference(0x1A7));
        assertThat(p.segments().get(0).udh()).isEqualTo(Bytes.fromHex("050003a70201"));
        assertThat(p.segments().get(1).udh()).isEqualTo(Bytes.fromHex("050003a70202"));
        assertThat(p.segments().get(1).concatenation()).contains(new Concatenation(0xA7, 2, 2));
        assertThat(p.segments().get(0).udhi()).isTrue();

        MessagePlan p16 = plan("a".repeat(200),
                PlanOptions.builder().reference(0x1234).carrier(LongMessageCarrier.UDH_16BIT_REFERENCE));
        assertThat(p16.segments().get(0).udh()).isEqualTo(Bytes.fromHex("06080412340201"));
    }

    @Test
    void packedPartsFitIn140Octets() {
        MessagePlan p = plan("a".repeat(400), PlanOptions.builder().packed(true).reference(0xA7));
        assertThat(p.packed()).isTrue();
        for (MessagePlan.Segment s : p.segments()) {
            assertThat(s.userData().size()).isLessThanOrEqualTo(140);
            assertThat(GsmAlphabet.standard().decodeUserData(s.userData(), 6, true)).isEqualTo(s.text());
        }
        assertThat(p.segments().get(0).userData().size()).isEqualTo(140);
    }

    @Test
    void packedCrAtFullBoundaryMovesToNextPart() {
        // a full 153-septet part ending in CR would need the extra CR: the CR goes to the next part instead
        String text = "a".repeat(152) + "\r" + "b".repeat(20);
        MessagePlan p = plan(text, PlanOptions.builder().packed(true));
        assertThat(p.segments().get(0).text()).isEqualTo("a".repeat(152));
        assertThat(p.segments().get(1).text()).startsWith("\r");
        MessagePlan unpacked = plan(text);
        assertThat(unpacked.segments().get(0).text()).endsWith("\r");
    }

    @Test
    void packedCrNeverDoubledInsideText() {
        // SAR parts carry no UDH: 152 septets end on an octet boundary; a CR there would need a second CR
        String text = "a".repeat(151) + "\r\u20AC" + "b".repeat(10);
        MessagePlan p = plan(text, PlanOptions.builder().packed(true).carrier(LongMessageCarrier.SAR));
        assertThat(p.segments().get(0).text()).isEqualTo("a".repeat(151));
        assertThat(p.segments().get(1).text()).startsWith("\r\u20AC");
        // the last part may carry it: "1234567\r" alone ends on a boundary and is sent as 1234567 CR CR
        MessagePlan last = plan("1234567\r", PlanOptions.builder().packed(true));
        assertThat(last.segments().get(0).userData()).isEqualTo(Bytes.fromHex("31D98C56B3DD1A0D"));
    }

    @Test
    void sarPartsHaveNoUdh() {
        MessagePlan p = plan("a".repeat(200), PlanOptions.builder().carrier(LongMessageCarrier.SAR).reference(0x1234));
        assertThat(p.segmentCount()).isEqualTo(2);
        MessagePlan.Segment first = p.segments().get(0);
        assertThat(first.udhi()).isFalse();
        assertThat(first.units()).isEqualTo(153);
        assertThat(first.userData().size()).isEqualTo(153);
        assertThat(first.concatenation()).contains(new Concatenation(0x1234, 2, 1));
        MessagePlan single = plan("short", PlanOptions.builder().carrier(LongMessageCarrier.SAR));
        assertThat(single.segments().get(0).concatenation()).isEmpty();
    }

    @Test
    void messagePayloadIsOneSegment() {
        MessagePlan p = plan("a".repeat(400), PlanOptions.builder().carrier(LongMessageCarrier.MESSAGE_PAYLOAD));
        assertThat(p.segmentCount()).isEqualTo(1);
        assertThat(p.usesMessagePayload()).isTrue();
        assertThat(p.smsCount()).isEqualTo(3);
        assertThat(p.unitsLeft()).isEqualTo(3 * 153 - 400);
        assertThat(p.segments().get(0).userData().size()).isEqualTo(400);
        assertThat(p.segments().get(0).udhi()).isFalse();
    }

    @Test
    void autoPicksUcs2ForNonGsmText() {
        MessagePlan p = plan("Hello \uD83D\uDE00");
        assertThat(p.encoding()).isEqualTo(TextEncoding.UCS2);
        assertThat(p.unitsUsed()).isEqualTo(8);
        assertThat(p.unitsLeft()).isEqualTo(62);
    }

    @Test
    void nationalTablesOnlyWhenEnabledAndNeeded() {
        String turkish = "\u015Eeker \u0131\u011F";
        assertThat(plan(turkish).encoding()).isEqualTo(TextEncoding.UCS2);
        PlanOptions.Builder national = PlanOptions.builder().allNationalLanguages();
        MessagePlan p = plan(turkish, national);
        assertThat(p.encoding()).isEqualTo(TextEncoding.GSM7);
        assertThat(p.lockingShift().or(p::singleShift)).contains(NationalLanguage.TURKISH);
        MessagePlan.Segment s = p.segments().get(0);
        assertThat(s.udhi()).isTrue();
        assertThat(s.udh().get(1)).isIn(0x24, 0x25);
        assertThat(plan("plain text", national).segments().get(0).udh()).isEqualTo(Bytes.EMPTY);
        // single shift only: 160 - ceil(4 * 8 / 7) = 155 septets in one message
        String spanish = "\u00E7".repeat(1) + "\u00E1".repeat(76);
        MessagePlan sp = plan(spanish, PlanOptions.builder().nationalLanguages(Set.of(NationalLanguage.SPANISH)));
        assertThat(sp.singleShift()).contains(NationalLanguage.SPANISH);
        assertThat(sp.lockingShift()).isEmpty();
        assertThat(sp.segments().get(0).udh()).isEqualTo(Bytes.fromHex("03240102"));
        // the Spanish table has its own small c cedilla: exact (2 septets) beats the default 0x09 alias
        assertThat(sp.unitsUsed()).isEqualTo(2 + 152);
        assertThat(sp.unitsLeft()).isEqualTo(155 - 154);
    }

    @Test
    void nationalCapacitiesWithConcatenation() {
        String text = "\u00E1".repeat(100);
        MessagePlan sp = plan(text, PlanOptions.builder().nationalLanguages(Set.of(NationalLanguage.SPANISH)));
        // each 'á' is an escape (2 septets): 149 septets per part with one shift IE and an 8-bit reference
        assertThat(sp.segments().get(0).units()).isEqualTo(148);
        assertThat(sp.segments().get(0).udh()).isEqualTo(Bytes.fromHex("08000300020124010 2".replace(" ", "")));
        String turkish = "\u015E".repeat(146) + "\u20AC".repeat(5);
        MessagePlan tr = plan(turkish, PlanOptions.builder().nationalLanguages(Set.of(NationalLanguage.TURKISH)));
        // the locking table holds both letters (1 septet each): one IE, one message of 155 septets
        assertThat(tr.lockingShift()).contains(NationalLanguage.TURKISH);
        assertThat(tr.singleShift()).isEmpty();
        assertThat(tr.segmentCount()).isEqualTo(1);
        assertThat(tr.unitsLeft()).isEqualTo(155 - 151);
        // Devanagari KA is in the Hindi locking table, DIGIT ZERO only in the Hindi single-shift table
        String hindi = "\u0915".repeat(200) + "\u0966";
        MessagePlan hi = plan(hindi, PlanOptions.builder().nationalLanguages(Set.of(NationalLanguage.HINDI)));
        assertThat(hi.segments().get(0).udh()).isEqualTo(Bytes.fromHex("0b00030002012401062501 06".replace(" ", "")));
        assertThat(hi.segments().get(0).units()).isEqualTo(146);
        assertThat(hi.segments().get(1).units()).isEqualTo(56);
    }

    @Test
    void unencodableForcedEncodingFailsOrReplaces() {
        PlanOptions.Builder gsm = PlanOptions.builder().encoding(TextEncoding.GSM7);
        assertThatThrownBy(() -> plan("ok \u0416", gsm)).isInstanceOf(UnencodableCharacterException.class)
                .hasMessage("cannot encode U+0416 '\u0416' at index 3 in gsm7");
        MessagePlan replaced = plan("ok \u0416", gsm.replacement("?"));
        assertThat(replaced.text()).isEqualTo("ok ?");
        assertThat(replaced.segments().get(0).userData()).isEqualTo(Bytes.fromHex("6f6b203f"));
    }

    @Test
    void gsmDataCodingConfigurableAndValidated() {
        assertThat(plan("hi", PlanOptions.builder().gsmDataCoding(0xF1)).dataCoding()).isEqualTo(0xF1);
        assertThatThrownBy(() -> PlanOptions.builder().gsmDataCoding(0x08).build())
                .hasMessageContaining("gsmDataCoding");
    }

    @Test
    void gsmDataCodingMustNotAnnounceCompressedText() {
        // reference §7.5: bit 5 of groups 00xx/01xx means compressed; the planner sends plain septets
        for (int value : new int[] {0x20, 0x23, 0x31, 0x60, 0x73}) {
            assertThat(DataCodingScheme.of(value).alphabet()).isEqualTo(Alphabet.GSM7);
            assertThatThrownBy(() -> PlanOptions.builder().gsmDataCoding(value).build())
                    .as("0x%02x", value).hasMessageContaining("gsmDataCoding");
        }
        // what the planner sends with an accepted value reads back as text
        for (int value : new int[] {0x00, 0x11, 0x41, 0xD0, 0xF3}) {
            MessagePlan p = plan("hello", PlanOptions.builder().gsmDataCoding(value));
            assertThat(DataCodingScheme.of(p.dataCoding()).textCodec()).as("0x%02x", value)
                    .contains(GsmAlphabet.standard());
        }
    }

    @Test
    void tooManySegments() {
        assertThatThrownBy(() -> plan("a".repeat(400), PlanOptions.builder().maxSegments(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2 segments");
    }

    @Test
    void emptyText() {
        MessagePlan p = plan("");
        assertThat(p.segmentCount()).isEqualTo(1);
        assertThat(p.segments().get(0).userData()).isEqualTo(Bytes.EMPTY);
        assertThat(p.unitsLeft()).isEqualTo(160);
        assertThat(p.segments().get(0).concatenation()).isEqualTo(Optional.empty());
    }

    @Test
    void smallCedillaTravelsAsGsm09() {
        // reference §11.1: 0x09 is shown as capital C cedilla by 3GPP and as small by GSM0338.TXT; both encode to it
        MessagePlan p = plan("gar\u00E7on");
        assertThat(p.encoding()).isEqualTo(TextEncoding.GSM7);
        assertThat(p.segments().get(0).userData()).isEqualTo(Bytes.fromHex("67617209 6f6e".replace(" ", "")));
        // with the Turkish tables allowed the default table still wins (fewest segments, earliest candidate)
        assertThat(plan("gar\u00E7on", PlanOptions.builder().allNationalLanguages()).lockingShift()).isEmpty();
    }

    private static Bytes octets(int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) (i * 7 + 3);
        }
        return Bytes.of(b);
    }

    private static MessagePlan planBinary(Bytes data, PlanOptions.Builder options) {
        return MessagePlanner.planBinary(data, options.build());
    }

    @Test
    void binaryDataIsCutInto134OctetPartsWithAConcatenationUdh() {
        Bytes data = octets(300);
        MessagePlan p = planBinary(data, PlanOptions.builder().reference(0x1A7));
        assertThat(p.encoding()).isEqualTo(TextEncoding.BINARY);
        assertThat(p.dataCoding()).isEqualTo(0x04);
        assertThat(p.packed()).isFalse();
        assertThat(p.segmentCount()).isEqualTo(3);
        assertThat(p.smsCount()).isEqualTo(3);
        assertThat(p.unitsUsed()).isEqualTo(300);
        assertThat(p.unitsLeft()).isEqualTo(134 - 32);
        int[] sizes = {134, 134, 32};
        for (int k = 0; k < 3; k++) {
            MessagePlan.Segment s = p.segments().get(k);
            assertThat(s.units()).isEqualTo(sizes[k]);
            assertThat(s.udh()).isEqualTo(Bytes.fromHex("050003a703" + "0" + (k + 1)));
            assertThat(s.udhi()).isTrue();
            assertThat(s.concatenation()).contains(new Concatenation(0xA7, 3, k + 1));
            assertThat(s.userData()).isEqualTo(Bytes.fromHex(s.udh().toHex()
                    + data.slice(134 * k, 134 * k + sizes[k]).toHex()));
        }
    }

    @Test
    void binaryCapacities() {
        MessagePlan one = planBinary(octets(140), PlanOptions.builder());
        assertThat(one.segmentCount()).isEqualTo(1);
        assertThat(one.unitsLeft()).isZero();
        assertThat(one.segments().get(0).udhi()).isFalse();
        assertThat(one.segments().get(0).concatenation()).isEmpty();
        assertThat(one.segments().get(0).userData()).isEqualTo(octets(140));
        MessagePlan two = planBinary(octets(141), PlanOptions.builder());
        assertThat(two.segments()).extracting(MessagePlan.Segment::units).containsExactly(134, 7);

        MessagePlan ref16 = planBinary(octets(300),
                PlanOptions.builder().reference(0x1234).carrier(LongMessageCarrier.UDH_16BIT_REFERENCE));
        assertThat(ref16.segments()).extracting(MessagePlan.Segment::units).containsExactly(133, 133, 34);
        assertThat(ref16.segments().get(0).udh()).isEqualTo(Bytes.fromHex("06080412340301"));
        assertThat(ref16.segments().get(0).userData().size()).isEqualTo(140);

        MessagePlan sar = planBinary(octets(300),
                PlanOptions.builder().reference(0x1234).carrier(LongMessageCarrier.SAR));
        assertThat(sar.segments()).extracting(MessagePlan.Segment::units).containsExactly(134, 134, 32);
        assertThat(sar.segments().get(2).udhi()).isFalse();
        assertThat(sar.segments().get(2).userData()).isEqualTo(octets(300).slice(268, 300));
        assertThat(sar.segments().get(2).concatenation()).contains(new Concatenation(0x1234, 3, 3));

        MessagePlan payload = planBinary(octets(300),
                PlanOptions.builder().carrier(LongMessageCarrier.MESSAGE_PAYLOAD));
        assertThat(payload.segmentCount()).isEqualTo(1);
        assertThat(payload.usesMessagePayload()).isTrue();
        assertThat(payload.smsCount()).isEqualTo(3);
        assertThat(payload.unitsLeft()).isEqualTo(3 * 134 - 300);
        assertThat(payload.segments().get(0).userData()).isEqualTo(octets(300));
        assertThat(payload.segments().get(0).udhi()).isFalse();

        MessagePlan empty = planBinary(Bytes.EMPTY, PlanOptions.builder());
        assertThat(empty.segmentCount()).isEqualTo(1);
        assertThat(empty.segments().get(0).userData()).isEqualTo(Bytes.EMPTY);
        assertThat(empty.unitsLeft()).isEqualTo(140);
    }

    @Test
    void binaryPlanHasNoTextAndSaysSo() {
        MessagePlan p = planBinary(octets(200), PlanOptions.builder());
        assertThat(p.hasText()).isFalse();
        assertThatThrownBy(p::text).isInstanceOf(IllegalStateException.class).hasMessageContaining("binary");
        for (MessagePlan.Segment s : p.segments()) {
            assertThat(s.hasText()).isFalse();
            assertThatThrownBy(s::text).isInstanceOf(IllegalStateException.class).hasMessageContaining("binary");
        }
        MessagePlan text = plan("a".repeat(200));
        assertThat(text.hasText()).isTrue();
        assertThat(text.segments().get(0).hasText()).isTrue();
    }

    @Test
    void binaryDataCodingConfigurableAndValidated() {
        assertThat(planBinary(octets(3), PlanOptions.builder().binaryDataCoding(0x02)).dataCoding()).isEqualTo(2);
        assertThat(planBinary(octets(3), PlanOptions.builder().binaryDataCoding(0xF5)).dataCoding()).isEqualTo(0xF5);
        // 0x08 is UCS2, 0x24 compressed 8-bit data (reference §7.5)
        for (int value : new int[] {0x00, 0x03, 0x08, 0x24}) {
            assertThatThrownBy(() -> PlanOptions.builder().binaryDataCoding(value).build())
                    .as("0x%02x", value).hasMessageContaining("binaryDataCoding");
        }
        // the GSM setting stays apart
        assertThat(plan("hi", PlanOptions.builder().binaryDataCoding(0x02)).dataCoding()).isZero();
    }

    @Test
    void binaryLimits() {
        assertThatThrownBy(() -> planBinary(octets(269), PlanOptions.builder().maxSegments(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2 segments");
        assertThat(planBinary(octets(268), PlanOptions.builder().maxSegments(2)).segmentCount()).isEqualTo(2);
        PlanOptions.Builder payload = PlanOptions.builder().carrier(LongMessageCarrier.MESSAGE_PAYLOAD);
        assertThat(planBinary(octets(0xFFFF), payload).smsCount()).isEqualTo((0xFFFF + 133) / 134);
        assertThatThrownBy(() -> planBinary(octets(0x10000), payload))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535");
        // a text is never planned as octets
        assertThatThrownBy(() -> plan("hi", PlanOptions.builder().encoding(TextEncoding.BINARY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("planBinary");
        assertThatThrownBy(() -> TextCodec.of(TextEncoding.BINARY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sarReferenceFromWireIsLenient() {
        assertThat(Concatenation.fromWire(0x1234, 2, 3)).isEmpty();
        assertThat(Concatenation.fromWire(0x1234, 0, 0)).isEmpty();
        assertThat(Concatenation.fromWire(0x1234, 3, 2)).contains(new Concatenation(0x1234, 3, 2));
        assertThatThrownBy(() -> new Concatenation(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
