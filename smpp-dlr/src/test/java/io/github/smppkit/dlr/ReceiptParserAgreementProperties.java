package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The tuned {@link ReceiptParser} against plain readings: generated well-formed receipts against the values they
 * were built from, and any text against {@link ReferenceReceiptReading}, the reading the parser had before.
 */
class ReceiptParserAgreementProperties {

    /** Pieces that hit every rule of the scanner, including case folds outside ASCII and labels near 32 characters. */
    private static final List<String> FRAGMENTS = List.of("id:", "ID:", "\u0131d:", "\u0130D:", "sub:", "\u017Fub:",
            "dlvrd:", "submit date:", "SUBMIT-DATE:", "submitdate:", "submit  date:", "Done_Date:", "done date:",
            "stat:", "\u017Ftat:", "err:", "text:", "Text:", "x:", "a-b.c:", "op:", "OP:", "date:", "submit ", "done ",
            "a".repeat(31) + ":", "b".repeat(32) + ":", "c".repeat(33) + ":", "1:", "_x:", " ", "  ", "\t", "\n",
            "\u3000", "\u00a0", ":", "::", "\0", "DELIVRD", "delivrd", "2401011200", "240101120000",
            "20240101120000", "240315143000004+", "2402300000", "9999999999", "0x1F", "abc", "\u00e9",
            "\uD83D\uDE00");

    private static final List<String> BLANKS = List.of(" ", "  ", "\t", "\n", "\r\n", "\u3000");

    private static final List<ReceiptParser> PARSERS = List.of(ReceiptParser.standard(),
            ReceiptParser.builder().maxExtraFields(1).build(),
            ReceiptParser.builder().maxExtraFields(0).zone(ZoneId.of("UTC")).build(),
            ReceiptParser.builder().zone(ZoneId.of("America/New_York")).statAlias("sent", ReceiptState.ENROUTE).build(),
            ReceiptParser.builder().zone(ZoneOffset.ofHours(-5)).build());

    @Property(tries = 1000)
    void anyReceiptLikeTextReadsAsTheReferenceReadsIt(@ForAll("receiptLike") String text,
            @ForAll("parserIndex") int parser) {
        agree(PARSERS.get(parser), text);
    }

    @Property(tries = 300)
    void anyTextReadsAsTheReferenceReadsIt(@ForAll String text, @ForAll("parserIndex") int parser) {
        agree(PARSERS.get(parser), text);
    }

    @Property(tries = 500)
    void datesReadAsTheReferenceReadsThem(@ForAll("dates") String date, @ForAll("parserIndex") int parser) {
        agree(PARSERS.get(parser), "id:1 submit date:" + date + " done date: " + date + " stat:DELIVRD");
    }

    @Property(tries = 500)
    void wellFormedReceiptsGiveTheValuesTheyWereWrittenFrom(@ForAll("wellFormed") Tuple.Tuple2<String,
            DeliveryReceipt> receipt) {
        ReceiptParseResult result = ReceiptParser.standard().parse(receipt.get1());

        assertThat(result).isEqualTo(new ReceiptParseResult.Parsed(receipt.get2(), List.of()));
        assertThat(List.copyOf(result.asOptional().orElseThrow().extraFields().entrySet()))
                .isEqualTo(List.copyOf(receipt.get2().extraFields().entrySet()));
    }

    private static void agree(ReceiptParser parser, String text) {
        ReceiptParseResult expected = new ReferenceReceiptReading(parser).parse(text);

        ReceiptParseResult actual = parser.parse(text);

        assertThat(actual).isEqualTo(expected);
        if (expected.isReceipt()) {
            assertThat(List.copyOf(actual.asOptional().orElseThrow().extraFields().entrySet()))
                    .isEqualTo(List.copyOf(expected.asOptional().orElseThrow().extraFields().entrySet()));
        }
    }

    @Provide
    Arbitrary<Integer> parserIndex() {
        return Arbitraries.integers().between(0, PARSERS.size() - 1);
    }

    @Provide
    Arbitrary<String> receiptLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Digits in every accepted form, most of them close to a real date-time, some not. */
    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(v -> String.format("%02d", v));
        Arbitrary<String> nearReal = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60)).as((y, mo, d, h, mi, s) -> String.format("%04d%02d%02d%02d%02d%02d",
                y, mo, d, h, mi, s));
        Arbitrary<String> absolute = Combinators.combine(nearReal, Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 50), Arbitraries.of("+", "-", "R"))
                .as((t, tenth, q, sign) -> t.substring(2) + tenth + String.format("%02d", q) + sign);
        return Arbitraries.oneOf(nearReal, nearReal.map(t -> t.substring(2)), nearReal.map(t -> t.substring(2, 12)),
                absolute, two.list().ofMinSize(4).ofMaxSize(8).map(parts -> String.join("", parts)));
    }

    /** Receipt text in the appendix layout with spellings varied, and the receipt it must give. */
    @Provide
    Arbitrary<Tuple.Tuple2<String, DeliveryReceipt>> wellFormed() {
        Arbitrary<String> word = Arbitraries.strings().withChars("0123456789abcdefXYZ-:.").ofMinLength(1)
                .ofMaxLength(24);
        Arbitrary<String> count = Arbitraries.strings().numeric().ofMaxLength(3);
        Arbitrary<LocalDateTime> time = Arbitraries.longs().between(946_684_800L, 4_102_444_799L)
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
        Arbitrary<String> text = Arbitraries.strings().all().excludeChars('\0').ofMaxLength(60).map(String::strip);
        Arbitrary<List<String>> extras = Arbitraries.strings().withChars("abcdefghij0123456789_.-").ofMaxLength(8)
                .map(s -> "x" + s).list().ofMaxSize(4).uniqueElements(s -> s.toLowerCase(Locale.ROOT));
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(word, count, time, time, word, word, text, extras).flatAs(
                (id, sub, submit, done, stat, err, t, x) -> seed.map(sd -> spell(new Random(sd), id, sub, submit,
                        done, stat, err, t, x)));
    }

    private static Tuple.Tuple2<String, DeliveryReceipt> spell(Random random, String id, String count,
            LocalDateTime submit, LocalDateTime done, String stat, String err, String text, List<String> extras) {
        DeliveryReceipt.Builder b = DeliveryReceipt.builder().id(id).sub(count).dlvrd(count).stat(stat).err(err)
                .text(text).state(ReceiptParser.standard().stateOf(stat));
        List<String> fields = new ArrayList<>(List.of(field(random, "id", id), field(random, "sub", count),
                field(random, "dlvrd", count), field(random, "stat", stat), field(random, "err", err)));
        fields.add(field(random, "submit" + separator(random) + "date", date(random, submit, b::submitDate)));
        fields.add(field(random, "done" + separator(random) + "date", date(random, done, b::doneDate)));
        extras.forEach(name -> fields.add(name + ":" + name.length()));
        Collections.shuffle(fields, random);
        // Extra labels count only before text:, so it comes last; extras are kept in the order written.
        fields.add(field(random, "text", text));
        StringBuilder out = new StringBuilder();
        for (String f : fields) {
            if (f.startsWith("x")) {
                b.extraField(f.substring(0, f.indexOf(':')), f.substring(f.indexOf(':') + 1));
            }
            out.append(out.length() == 0 ? "" : BLANKS.get(random.nextInt(BLANKS.size()))).append(f);
        }
        return Tuple.of(out.toString(), b.build());
    }

    /**
     * Writes a field with the label in mixed case, sometimes with a blank after the colon; not when the value has a
     * colon, as its first word would then be a label.
     */
    private static String field(Random random, String label, String value) {
        StringBuilder out = new StringBuilder();
        for (char c : label.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return out.append(':').append(random.nextInt(4) == 0 && !value.contains(":") ? " " : "").append(value)
                .toString();
    }

    private static String separator(Random random) {
        return List.of(" ", "_", "-", "").get(random.nextInt(4));
    }

    /** Writes a date in one of the accepted forms and passes on the instant it must read as. */
    private static String date(Random random, LocalDateTime t, Consumer<Instant> expected) {
        String digits = String.format("%04d%02d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        switch (random.nextInt(4)) {
            case 0 -> {
                expected.accept(t.withSecond(0).toInstant(ZoneOffset.UTC));
                return digits.substring(2, 12);
            }
            case 1 -> {
                expected.accept(t.toInstant(ZoneOffset.UTC));
                return digits.substring(2);
            }
            case 2 -> {
                expected.accept(t.toInstant(ZoneOffset.UTC));
                return digits;
            }
            default -> {
                int quarters = random.nextInt(145) - 72;
                int tenth = random.nextInt(10);
                expected.accept(t.toInstant(ZoneOffset.ofTotalSeconds(quarters * 900)).plusMillis(tenth * 100L));
                return digits.substring(2) + tenth + String.format("%02d", Math.abs(quarters))
                        + (quarters < 0 ? "-" : "+");
            }
        }
    }
}
