package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.Bytes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inbound reassembly (reference §12). */
class ReassemblerTest {

    private static final class FakeClock implements InstantSource {
        Instant now = Instant.parse("2026-11-23T21:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final FakeClock clock = new FakeClock();
    private final List<IncompleteMessage> given = new ArrayList<>();

    private Reassembler.Builder builder() {
        return Reassembler.builder().clock(clock).onIncomplete(given::add);
    }

    private static List<InboundPart> parts(MessagePlan plan, String from) {
        return parts(plan, from, "2000");
    }

    private static List<InboundPart> parts(MessagePlan plan, String from, String to) {
        List<InboundPart> out = new ArrayList<>();
        for (MessagePlan.Segment s : plan.segments()) {
            InboundPart p = InboundPart.of(from, to, plan.dataCoding(), s.udhi(), s.userData());
            if (plan.carrier() == LongMessageCarrier.SAR && s.concatenation().isPresent()) {
                p = p.withSar(s.concatenation().get());
            }
            out.add(p);
        }
        return out;
    }

    private static String text(ReassemblyResult r) {
        assertThat(r).isInstanceOf(ReassemblyResult.Complete.class);
        return ((ReassemblyResult.Complete) r).message().text().orElseThrow();
    }

    @Test
    void outOfOrderWithDuplicates() {
        String text = "x".repeat(400);
        List<InboundPart> p = parts(MessagePlanner.plan(text, PlanOptions.defaults()), "1000");
        Reassembler r = builder().build();
        assertThat(r.accept(p.get(2))).isEqualTo(new ReassemblyResult.Pending(1, 3));
        assertThat(r.accept(p.get(2))).isEqualTo(new ReassemblyResult.Duplicate(3));
        assertThat(r.accept(p.get(0))).isEqualTo(new ReassemblyResult.Pending(2, 3));
        assertThat(r.pendingCount()).isEqualTo(1);
        ReassemblyResult done = r.accept(p.get(1));
        assertThat(text(done)).isEqualTo(text);
        ReassembledMessage m = ((ReassemblyResult.Complete) done).message();
        assertThat(m.parts()).isEqualTo(3);
        assertThat(m.source()).isEqualTo("1000");
        assertThat(m.payload().size()).isEqualTo(400);
        assertThat(r.pendingCount()).isZero();
        assertThat(given).isEmpty();
    }

    @Test
    void drainGivesUpEveryPendingMessageWhateverItsAge() {
        MessagePlan a = MessagePlanner.plan("a".repeat(200), PlanOptions.builder().reference(7).build());
        MessagePlan b = MessagePlanner.plan("b".repeat(200), PlanOptions.builder().reference(8).build());
        Reassembler r = builder().build();
        r.accept(parts(a, "111").get(0));
        r.accept(parts(b, "222").get(1));

        List<IncompleteMessage> drained = r.drain();

        assertThat(drained).extracting(IncompleteMessage::source).containsExactly("111", "222");
        assertThat(drained).extracting(IncompleteMessage::reason).containsOnly(IncompleteMessage.Reason.PENDING);
        assertThat(given).isEqualTo(drained);
        assertThat(r.pendingCount()).isZero();
        assertThat(r.drain()).isEmpty();
    }

    @Test
    void keyedBySourceDestinationAndReference() {
        MessagePlan a = MessagePlanner.plan("a".repeat(200), PlanOptions.builder().reference(7).build());
        MessagePlan b = MessagePlanner.plan("b".repeat(200), PlanOptions.builder().reference(7).build());
        Reassembler r = builder().build();
        List<InboundPart> pa = parts(a, "111");
        List<InboundPart> pb = parts(b, "222");
        r.accept(pa.get(0));
        r.accept(pb.get(1));
        assertThat(r.pendingCount()).isEqualTo(2);
        assertThat(text(r.accept(pb.get(0)))).isEqualTo("b".repeat(200));
        assertThat(text(r.accept(pa.get(1)))).isEqualTo("a".repeat(200));

        // same source and reference, two destinations: two messages
        List<InboundPart> toD1 = parts(a, "111", "D1");
        List<InboundPart> toD2 = parts(b, "111", "D2");
        r.accept(toD1.get(0));
        r.accept(toD2.get(1));
        assertThat(r.pendingCount()).isEqualTo(2);
        ReassemblyResult d2 = r.accept(toD2.get(0));
        assertThat(text(d2)).isEqualTo("b".repeat(200));
        assertThat(((ReassemblyResult.Complete) d2).message().destination()).isEqualTo("D2");
        ReassemblyResult d1 = r.accept(toD1.get(1));
        assertThat(text(d1)).isEqualTo("a".repeat(200));
        assertThat(((ReassemblyResult.Complete) d1).message().destination()).isEqualTo("D1");
        assertThat(r.pendingCount()).isZero();
    }

    @Test
    void sixteenBitSarAndPayload() {
        Reassembler r = builder().build();
        String text = "\u0416\uD83D\uDE00".repeat(50);
        for (LongMessageCarrier c : LongMessageCarrier.values()) {
            MessagePlan plan = MessagePlanner.plan(text, PlanOptions.builder().carrier(c).reference(0x4321).build());
            List<InboundPart> p = parts(plan, "1000");
            ReassemblyResult last = null;
            for (int i = p.size() - 1; i >= 0; i--) {
                last = r.accept(p.get(i));
            }
            assertThat(text(last)).as(c.name()).isEqualTo(text);
        }
    }

    @Test
    void nationalShiftTablesAndPackedGsm() {
        String text = "\u015Eeker \u0131\u011F \u20AC{".repeat(30);
        PlanOptions o = PlanOptions.builder().allNationalLanguages().packed(true).build();
        MessagePlan plan = MessagePlanner.plan(text, o);
        assertThat(plan.lockingShift()).isPresent();
        Reassembler r = builder().gsmPacked(true).build();
        ReassemblyResult last = null;
        for (InboundPart part : parts(plan, "1000")) {
            last = r.accept(part);
        }
        assertThat(text(last)).isEqualTo(text);
    }

    @Test
    void expiredMessagesAreReported() {
        Reassembler r = builder().maxAge(Duration.ofMinutes(5)).build();
        List<InboundPart> p = parts(MessagePlanner.plan("z".repeat(300), PlanOptions.defaults()), "1000");
        r.accept(p.get(0));
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(r.expire()).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        List<IncompleteMessage> expired = r.expire();
        assertThat(expired).hasSize(1);
        IncompleteMessage m = expired.get(0);
        assertThat(m.reason()).isEqualTo(IncompleteMessage.Reason.EXPIRED);
        assertThat(m.total()).isEqualTo(2);
        assertThat(m.parts()).containsExactly(p.get(0));
        assertThat(given).containsExactly(m);
        assertThat(r.pendingCount()).isZero();
        // the late part now starts a new message instead of completing the expired one
        assertThat(r.accept(p.get(1))).isEqualTo(new ReassemblyResult.Pending(1, 2));
    }

    @Test
    void aPartSentAgainAfterTheMessageCompletedIsADuplicateNotAMessageThatNeverCompletes() {
        // an SMSC that missed our deliver_sm_resp sends the part again, after we reassembled the message
        Reassembler r = builder().build();
        List<InboundPart> p = parts(MessagePlanner.plan("d".repeat(300), PlanOptions.defaults()), "1000");
        r.accept(p.get(0));
        assertThat(text(r.accept(p.get(1)))).isEqualTo("d".repeat(300));
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(r.accept(p.get(1))).isEqualTo(new ReassemblyResult.Duplicate(2));
        assertThat(r.accept(p.get(0))).isEqualTo(new ReassemblyResult.Duplicate(1));
        assertThat(r.pendingCount()).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        assertThat(r.expire()).isEmpty();
        assertThat(given).isEmpty();
    }

    @Test
    void anotherMessageUnderTheReferenceOfACompletedOneIsReassembled() {
        Reassembler r = builder().build();
        List<InboundPart> first = parts(MessagePlanner.plan("a".repeat(200), PlanOptions.defaults()), "1");
        List<InboundPart> second = parts(MessagePlanner.plan("b".repeat(200), PlanOptions.defaults()), "1");
        r.accept(first.get(0));
        r.accept(first.get(1));
        assertThat(r.accept(second.get(1))).isEqualTo(new ReassemblyResult.Pending(1, 2));
        assertThat(text(r.accept(second.get(0)))).isEqualTo("b".repeat(200));
        // the second message now holds the reference: a part of the first is new again
        assertThat(r.accept(first.get(0))).isEqualTo(new ReassemblyResult.Pending(1, 2));
    }

    @Test
    void completedMessagesAreForgottenAfterTheWindowOrBeyondTheCap() {
        List<InboundPart> p = parts(MessagePlanner.plan("w".repeat(200), PlanOptions.defaults()), "1");
        Reassembler windowed = builder().duplicateWindow(Duration.ofMinutes(1)).build();
        windowed.accept(p.get(0));
        windowed.accept(p.get(1));
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(windowed.accept(p.get(0))).isEqualTo(new ReassemblyResult.Pending(1, 2));

        Reassembler off = builder().duplicateWindow(Duration.ZERO).build();
        off.accept(p.get(0));
        off.accept(p.get(1));
        assertThat(off.accept(p.get(0))).isEqualTo(new ReassemblyResult.Pending(1, 2));

        Reassembler capped = builder().maxPendingMessages(1).build();
        List<InboundPart> other = parts(MessagePlanner.plan("o".repeat(200), PlanOptions.builder().reference(9)
                .build()), "1");
        capped.accept(p.get(0));
        capped.accept(p.get(1));
        capped.accept(other.get(0));
        capped.accept(other.get(1));
        assertThat(capped.accept(other.get(0))).isEqualTo(new ReassemblyResult.Duplicate(1));
        assertThat(capped.accept(p.get(0))).isEqualTo(new ReassemblyResult.Pending(1, 2));
        assertThatThrownBy(() -> Reassembler.builder().duplicateWindow(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicateWindow");
    }

    @Test
    void oldestEvictedWhenFull() {
        Reassembler r = builder().maxPendingMessages(2).build();
        List<List<InboundPart>> msgs = new ArrayList<>();
        for (int ref = 1; ref <= 3; ref++) {
            msgs.add(parts(MessagePlanner.plan("m".repeat(200), PlanOptions.builder().reference(ref).build()), "1"));
            r.accept(msgs.get(ref - 1).get(0));
        }
        assertThat(r.pendingCount()).isEqualTo(2);
        assertThat(given).hasSize(1);
        assertThat(given.get(0).reason()).isEqualTo(IncompleteMessage.Reason.EVICTED);
        assertThat(given.get(0).reference()).isEqualTo(1);
        assertThat(text(r.accept(msgs.get(2).get(1)))).isEqualTo("m".repeat(200));
    }

    @Test
    void reusedReferenceWithOtherTotalSupersedes() {
        Reassembler r = builder().build();
        List<InboundPart> two = parts(MessagePlanner.plan("a".repeat(200), PlanOptions.defaults()), "1");
        List<InboundPart> three = parts(MessagePlanner.plan("a".repeat(400), PlanOptions.defaults()), "1");
        r.accept(two.get(0));
        assertThat(r.accept(three.get(0))).isEqualTo(new ReassemblyResult.Pending(1, 3));
        assertThat(given).extracting(IncompleteMessage::reason).containsExactly(IncompleteMessage.Reason.SUPERSEDED);
    }

    @Test
    void singleMessagesAndInvalidUdh() {
        Reassembler r = builder().build();
        assertThat(text(r.accept(InboundPart.of("1", "2", 0, false, Bytes.fromHex("48656c6c6f"))))).isEqualTo("Hello");
        assertThat(r.accept(InboundPart.of("1", "2", 0, true, Bytes.fromHex("0900030102"))))
                .isInstanceOf(ReassemblyResult.Invalid.class);
        assertThat(r.accept(InboundPart.of("1", "2", 0, true, Bytes.EMPTY)))
                .isInstanceOf(ReassemblyResult.Invalid.class);
        // a concatenation IE with part 0 is ignored: the message stands alone
        assertThat(text(r.accept(InboundPart.of("1", "2", 0, true, Bytes.fromHex("050003010200" + "4869")))))
                .isEqualTo("Hi");
        ReassemblyResult binary = r.accept(InboundPart.of("1", "2", 4, false, Bytes.fromHex("00ff")));
        assertThat(((ReassemblyResult.Complete) binary).message().text()).isEmpty();
        assertThat(((ReassemblyResult.Complete) binary).message().payload()).isEqualTo(Bytes.fromHex("00ff"));
    }

    @Test
    void escapeSplitBySenderIsJoined() {
        // a foreign sender cut 0x1B 0x65 (euro) across two parts
        Reassembler r = builder().build();
        r.accept(InboundPart.of("1", "2", 0, true, Bytes.fromHex("050003090201" + "411b")));
        assertThat(text(r.accept(InboundPart.of("1", "2", 0, true, Bytes.fromHex("050003090202" + "6542")))))
                .isEqualTo("A\u20ACB");
    }

    @Test
    void partTextDecodesEachPartAloneWithoutStoringIt() {
        String text = "\u015Eeker \u0131\u011F \u20AC{".repeat(30);
        MessagePlan plan = MessagePlanner.plan(text, PlanOptions.builder().allNationalLanguages().packed(true)
                .build());
        Reassembler r = builder().gsmPacked(true).build();
        List<InboundPart> parts = parts(plan, "1000");
        assertThat(parts).hasSizeGreaterThan(1);
        for (int i = 0; i < parts.size(); i++) {
            assertThat(r.partText(parts.get(i))).contains(plan.segments().get(i).text());
        }
        assertThat(r.pendingCount()).isZero();

        MessagePlan sar = MessagePlanner.plan("Twelve chars".repeat(20), PlanOptions.builder()
                .carrier(LongMessageCarrier.SAR).build());
        assertThat(builder().build().partText(parts(sar, "1").get(1))).contains(sar.segments().get(1).text());
    }

    @Test
    void partTextIsEmptyForBinaryDataAndAMalformedUdh() {
        Reassembler r = builder().build();
        assertThat(r.partText(InboundPart.of("1", "2", 4, false, Bytes.fromHex("00ff")))).isEmpty();
        assertThat(r.partText(InboundPart.of("1", "2", 0, true, Bytes.fromHex("0900030102")))).isEmpty();
        // a lone escape at the end of a part, its partner in the next part, still gives text
        assertThat(r.partText(InboundPart.of("1", "2", 0, true, Bytes.fromHex("050003090201" + "411b"))))
                .hasValueSatisfying(t -> assertThat(t).startsWith("A"));
    }

    @Test
    void spanishSingleShiftDecoded() {
        MessagePlan plan = MessagePlanner.plan("\u00E1rbol \u00F3",
                PlanOptions.builder().nationalLanguages(Set.of(NationalLanguage.SPANISH)).build());
        assertThat(text(builder().build().accept(parts(plan, "1").get(0)))).isEqualTo("\u00E1rbol \u00F3");
    }
}
