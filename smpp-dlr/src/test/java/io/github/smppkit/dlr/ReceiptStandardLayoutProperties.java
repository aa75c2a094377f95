package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The straight reading of the appendix layout ({@link ReceiptTextReader#readStandardLayout(ReceiptParser, String)})
 * against the general reading ({@link ReceiptTextReader#read()}): when it accepts a text it gives exactly what the
 * general one gives, and it accepts the standard layout.
 */
class ReceiptStandardLayoutProperties {

    private static final String SAMPLE = "id:11041301030001006668 sub:001 dlvrd:001 submit date:2111040501"
            + " done date:2111040502 stat:DELIVRD err:000 text:Your verification co";

    private static final List<ReceiptParser> PARSERS = List.of(ReceiptParser.standard(),
            ReceiptParser.builder().maxExtraFields(0).statAlias("DELIVRD", ReceiptState.ENROUTE).build(),
            ReceiptParser.builder().zone(ZoneId.of("America/New_York")).statAlias("sent", ReceiptState.ENROUTE)
                    .build());

    /** Ways to break the layout, each of which the straight reading must notice or read as the general one does. */
    private static final List<String> LABEL_VARIANTS = List.of("ID:", "Sub:", "DLVRD:", "submit_date:",
            "submitdate:", "Done Date:", "done  date:", "STAT:", "Err:", "TEXT:", "op:", "\u0130d:", "\u017Fub:");

    private static final List<String> ODD_VALUES = List.of("", " ", "a\tb", "a\tstat:SENT", "\u00e9", "x:y", "sub:1",
            "\u3000", "0x1F", "id:", "2402300000", "9999999999", "240315143000004+", "20240101120000");

    private static final List<String> SEPARATORS = List.of("  ", "\t", "\n", "\u00a0", " \t");

    @Example
    void theStandardSampleIsReadStraight() {
        ReceiptParseResult straight = ReceiptTextReader.readStandardLayout(ReceiptParser.standard(), SAMPLE);

        assertThat(straight).isNotNull().isEqualTo(new ReceiptTextReader(ReceiptParser.standard(), SAMPLE).read());
        DeliveryReceipt receipt = straight.asOptional().orElseThrow();
        assertThat(receipt.id()).isEqualTo("11041301030001006668");
        assertThat(receipt.state()).isEqualTo(ReceiptState.DELIVRD);
        assertThat(receipt.text()).isEqualTo("Your verification co");
        assertThat(receipt.doneDate()).hasValueSatisfying(t -> assertThat(t).hasToString("2021-11-04T05:02:00Z"));
    }

    @Example
    void aDeviationIsLeftToTheGeneralReading() {
        String text = SAMPLE.replace("sub:", "Sub:");

        assertThat(ReceiptTextReader.readStandardLayout(ReceiptParser.standard(), text)).isNull();
        assertThat(ReceiptParser.standard().parse(text))
                .isEqualTo(new ReceiptTextReader(ReceiptParser.standard(), text).read());
    }

    @Property(tries = 1500)
    void whenTheStraightReadingAcceptsItAgreesWithTheGeneralOne(@ForAll("standardOrNear") String text,
            @ForAll("parserIndex") int parserIndex) {
        ReceiptParser parser = PARSERS.get(parserIndex);
        ReceiptParseResult general = new ReceiptTextReader(parser, text).read();

        ReceiptParseResult straight = ReceiptTextReader.readStandardLayout(parser, text);

        Statistics.label("reading").collect(straight != null ? "straight" : "general");
        Statistics.label("reading").coverage(c -> {
            c.check("straight").percentage(p -> p > 15);
            c.check("general").percentage(p -> p > 15);
        });
        if (straight != null) {
            assertThat(straight).isEqualTo(general);
            assertThat(general.asOptional().orElseThrow().extraFields()).isEmpty();
        }
        if (!text.isBlank() && !text.endsWith("\0")) {
            assertThat(parser.parse(text)).isEqualTo(general);
        }
    }

    @Provide
    Arbitrary<Integer> parserIndex() {
        return Arbitraries.integers().between(0, PARSERS.size() - 1);
    }

    /** Texts in the appendix layout, about half of them then broken in one or two places. */
    @Provide
    Arbitrary<String> standardOrNear() {
        Arbitrary<String> word = Arbitraries.strings().withChars("0123456789abcdefXYZ-:._/!~").ofMinLength(1)
                .ofMaxLength(24);
        Arbitrary<String> stat = Arbitraries.of("DELIVRD", "UNDELIV", "ENROUTE", "delivered", "SENT", "sent", "x:y");
        Arbitrary<String> text = Arbitraries.strings().all().excludeChars('\0').ofMaxLength(40);
        return Combinators.combine(word, stat, word, text, Arbitraries.longs())
                .as((id, st, err, t, seed) -> layout(new Random(seed), id, st, err, t));
    }

    private static String layout(Random random, String id, String stat, String err, String text) {
        List<String> fields = new ArrayList<>(List.of("id:" + id, "sub:" + count(random), "dlvrd:" + count(random),
                "submit date:" + date(random), "done date:" + date(random), "stat:" + stat, "err:" + err,
                "text:" + text));
        List<String> separators = new ArrayList<>(List.of(" ", " ", " ", " ", " ", " ", " "));
        if (random.nextBoolean()) {
            for (int i = random.nextInt(2); i >= 0; i--) {
                breakLayout(random, fields, separators);
            }
        }
        StringBuilder out = new StringBuilder(fields.get(0));
        for (int i = 1; i < fields.size(); i++) {
            out.append(separators.get(Math.min(i - 1, separators.size() - 1))).append(fields.get(i));
        }
        return out.toString();
    }

    private static void breakLayout(Random random, List<String> fields, List<String> separators) {
        int i = random.nextInt(fields.size());
        String field = fields.get(i);
        int colon = field.indexOf(':');
        switch (random.nextInt(6)) {
            case 0 -> fields.set(i, pick(random, LABEL_VARIANTS) + field.substring(colon + 1));
            case 1 -> fields.set(i, field.substring(0, colon + 1) + pick(random, ODD_VALUES));
            case 2 -> separators.set(random.nextInt(separators.size()), pick(random, SEPARATORS));
            case 3 -> fields.remove(i);
            case 4 -> fields.add(i, random.nextBoolean() ? field : "op:" + count(random));
            default -> fields.set(i, (random.nextBoolean() ? " " : "") + field + (random.nextBoolean() ? " " : ""));
        }
    }

    /** Digits as counts are written, now and then in other forms. */
    private static String count(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Integer.toString(random.nextInt(1000));
            case 1 -> "0x" + Integer.toHexString(random.nextInt(256));
            default -> String.format("%03d", random.nextInt(1000));
        };
    }

    /** A date in one of the read forms, now and then one that names no real time. */
    private static String date(Random random) {
        String local = String.format("%02d%02d%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(13),
                1 + random.nextInt(31), random.nextInt(24), random.nextInt(60));
        String seconds = String.format("%02d", random.nextInt(60));
        return switch (random.nextInt(5)) {
            case 0 -> local + seconds;
            case 1 -> "20" + local + seconds;
            case 2 -> local + seconds + random.nextInt(10) + String.format("%02d", random.nextInt(49))
                    + (random.nextBoolean() ? "+" : "-");
            default -> local;
        };
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
