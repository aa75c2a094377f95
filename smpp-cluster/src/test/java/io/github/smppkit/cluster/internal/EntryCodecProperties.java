package io.github.smppkit.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.cluster.ClusterException;
import io.github.smppkit.cluster.TrackedCodec;
import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.NetworkErrorCode;
import io.github.smppkit.dlr.ReceiptKind;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.Submission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EntryCodecProperties {

    private final EntryCodec<String> codec = new EntryCodec<>(TrackedCodec.identity());

    @Property(tries = 300)
    void fieldsRoundTripAnyStrings(@ForAll List<String> values) {
        assertThat(Fields.split(Fields.join(values))).isEqualTo(values);
    }

    @Property(tries = 300)
    void splittingAnyTextNeverThrowsAnythingButIllegalArgument(@ForAll String text) {
        try {
            Fields.split(text);
        } catch (IllegalArgumentException expected) {
            assertThat(expected).hasMessageStartingWith("fields:");
        }
    }

    @Property(tries = 300)
    void submissionsRoundTrip(@ForAll String scope, @ForAll String id, @ForAll String messageId,
            @ForAll String tracked, @ForAll("instants") Instant at) {
        Submission<String> s = new Submission<>(new CorrelationKey(scope, id), messageId, tracked, at);
        assertThat(codec.readSubmission(codec.write(s))).isEqualTo(s);
    }

    @Property(tries = 300)
    void heldReceiptsRoundTrip(@ForAll("receipts") DeliveryReceipt receipt, @ForAll String scope,
            @ForAll String id, @ForAll("instants") Instant at) {
        HeldReceipt h = new HeldReceipt(new CorrelationKey(scope, id), receipt, at);
        assertThat(codec.readReceipt(codec.write(h))).isEqualTo(h);
    }

    @Property(tries = 300)
    void onlyIntermediateReceiptsStartWithTheTagTheScriptsLookFor(@ForAll("receipts") DeliveryReceipt receipt,
            @ForAll String scope, @ForAll String id, @ForAll("instants") Instant at) {
        String text = codec.write(new HeldReceipt(new CorrelationKey(scope, id), receipt, at));
        String submission = codec.write(new Submission<>(new CorrelationKey(scope, id), id, scope, at));
        assertThat(text.startsWith(EntryCodec.INTERMEDIATE_PREFIX)).isEqualTo(!receipt.isFinal());
        assertThat(submission).doesNotStartWith(EntryCodec.INTERMEDIATE_PREFIX);
    }

    @Property(tries = 100)
    void aSubmissionIsNeverReadAsAReceipt(@ForAll String scope, @ForAll("instants") Instant at) {
        String text = codec.write(new Submission<>(new CorrelationKey(scope, "1"), "1", "t", at));
        assertThatThrownBy(() -> codec.readReceipt(text)).isInstanceOfSatisfying(ClusterException.class,
                e -> assertThat(e.reason()).isEqualTo(ClusterException.Reason.PROTOCOL));
    }

    @Property(tries = 200)
    void membersAreUniquePerScopeAndId(@ForAll String scopeA, @ForAll String idA, @ForAll String scopeB,
            @ForAll String idB) {
        boolean sameKey = scopeA.equals(scopeB) && idA.equals(idB);
        assertThat(EntryCodec.member(new CorrelationKey(scopeA, idA))
                .equals(EntryCodec.member(new CorrelationKey(scopeB, idB)))).isEqualTo(sameKey);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<DeliveryReceipt> receipts() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<Map<String, String>> extra = Arbitraries.maps(text, text).ofMaxSize(3);
        Arbitrary<NetworkErrorCode> nec = Combinators.combine(Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 65_535)).as(NetworkErrorCode::new);
        return Combinators.combine(Arbitraries.of(ReceiptKind.class), text, text, Arbitraries.of(ReceiptState.class),
                instants().injectNull(0.3), extra, text.injectNull(0.3), nec.injectNull(0.3))
                .as((kind, id, stat, state, date, fields, rmi, code) -> {
                    DeliveryReceipt.Builder b = DeliveryReceipt.builder().kind(kind).id(id).sub("001").dlvrd(id)
                            .stat(stat).state(state).err(stat).text(id + stat).submitDate(date).doneDate(date)
                            .receiptedMessageId(rmi).networkErrorCode(code);
                    fields.forEach(b::extraField);
                    if (code != null) {
                        b.messageState(code.networkType());
                    }
                    return b.build();
                });
    }
}
