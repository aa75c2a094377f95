package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReceiptParserProperties {

    private static final List<String> FRAGMENTS = List.of("id:", "ID:", "sub:", "dlvrd:", "submit date:",
            "done date:", "Submit_Date:", "stat:", "err:", "text:", "Text:", "x:", "a-b.c:", " ", "  ", "\t", "\n",
            ":", "::", "\0", "DELIVRD", "2401011200", "240101120000", "20240101120000", "240315143000004+",
            "9999999999", "0x1F", "abc", "\u00e9", "\uD83D\uDE00", "id", "submit", "date", "done");

    @Property(tries = 400)
    void formatThenParseGivesTheSameReceipt(@ForAll("receipts") DeliveryReceipt receipt,
            @ForAll("zones") ZoneId zone) {
        ReceiptFormatter formatter = ReceiptFormatter.of(zone, ReceiptFormatter.DateStyle.AUTO);
        ReceiptParser parser = ReceiptParser.builder().zone(zone).build();

        ReceiptParseResult result = parser.parse(formatter.format(receipt));

        assertThat(result.asOptional()).contains(receipt);
        assertThat(((ReceiptParseResult.Parsed) result).warnings()).isEmpty();
    }

    @Property(tries = 300)
    void anyTextGivesAResultWithoutThrowing(@ForAll String text) {
        assertThat(ReceiptParser.standard().parse(text)).isNotNull();
    }

    @Property(tries = 300)
    void anyReceiptLikeTextGivesAResultWithoutThrowing(@ForAll("receiptLike") String text) {
        ReceiptParseResult result = ReceiptParser.standard().parse(text);

        assertThat(result).isNotNull();
        result.asOptional().ifPresent(r -> assertThat(r.id() + r.stat()).doesNotStartWith(" "));
    }

    @Property(tries = 300)
    void anyBytesReadAsLatin1GiveAResultWithoutThrowing(@ForAll byte[] octets) {
        assertThat(ReceiptParser.standard().parse(new String(octets, StandardCharsets.ISO_8859_1))).isNotNull();
    }

    @Provide
    Arbitrary<String> receiptLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        // Zones without daylight saving: a local time in a repeated hour cannot name one instant.
        return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Asia/Singapore"), ZoneId.of("-05:00"),
                ZoneId.of("Asia/Kolkata"));
    }

    /** Receipts with a stat or an id (the generated ids have no blanks): text with neither is not a receipt. */
    @Provide
    Arbitrary<DeliveryReceipt> receipts() {
        Arbitrary<String> id = Arbitraries.strings().withChars("0123456789abcdefABCDEF-xyz").ofMaxLength(40);
        Arbitrary<String> count = Arbitraries.strings().numeric().ofMaxLength(3);
        Arbitrary<Optional<Instant>> date = Arbitraries.longs()
                .between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2199-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond).optional();
        Arbitrary<String> stat = Arbitraries.oneOf(
                Arbitraries.of("DELIVRD", "EXPIRED", "DELETED", "UNDELIV", "ACCEPTD", "UNKNOWN", "REJECTD",
                        "ENROUTE", "delivered", ""),
                Arbitraries.strings().alpha().ofMaxLength(10));
        Arbitrary<String> err = Arbitraries.strings().withChars("0123456789abcdefx").ofMaxLength(6);
        Arbitrary<String> text = Arbitraries.strings().all().excludeChars('\0').ofMaxLength(60).map(String::strip);
        Arbitrary<Map<String, String>> extras = Arbitraries.maps(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_-").ofMaxLength(8)
                        .map(s -> "x" + s),
                Arbitraries.strings().alpha().numeric().ofMaxLength(10)).ofMaxSize(4);
        return Combinators.combine(id, count, count, date, date, stat, err, text).as(
                (i, s, d, sd, dd, st, e, t) -> DeliveryReceipt.builder().id(i).sub(s).dlvrd(d)
                        .submitDate(sd.orElse(null)).doneDate(dd.orElse(null)).stat(st).err(e).text(t).build())
                .filter(r -> !r.id().isEmpty() || !r.stat().isEmpty())
                .flatMap(r -> extras.map(x -> {
                    DeliveryReceipt.Builder b = r.toBuilder();
                    x.forEach(b::extraField);
                    return b.build();
                }));
    }
}
