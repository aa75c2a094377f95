package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptParserTest {

    private static final ReceiptParser PARSER = ReceiptParser.standard();

    static Instant utc(int y, int mo, int d, int h, int mi) {
        return utc(y, mo, d, h, mi, 0);
    }

    static Instant utc(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toInstant(ZoneOffset.UTC);
    }

    static DeliveryReceipt.Builder r() {
        return DeliveryReceipt.builder();
    }

    /** Standard fields shared by many variants. */
    static DeliveryReceipt.Builder std(String id) {
        return r().id(id).sub("001").dlvrd("001").submitDate(utc(2024, 1, 1, 12, 0))
                .doneDate(utc(2024, 1, 1, 12, 1)).stat("DELIVRD").err("000");
    }

    static Stream<Arguments> receipts() {
        return Stream.of(
                // --- seeds ---
                Arguments.of("YCloud example (seed 003)",
                        "id:11041301030001006668 sub:001 dlvrd:001 submit date:2111040501 done date:2111040501"
                                + " stat:DELIVRD err:0 text:none",
                        r().id("11041301030001006668").sub("001").dlvrd("001").submitDate(utc(2021, 11, 4, 5, 1))
                                .doneDate(utc(2021, 11, 4, 5, 1)).stat("DELIVRD").err("0").text("none").build()),
                Arguments.of("YCloud err 65 (seed 003 err table)",
                        "id:11041301030001006669 sub:001 dlvrd:000 submit date:2111040501 done date:2111040502"
                                + " stat:REJECTD err:65 text:none",
                        r().id("11041301030001006669").sub("001").dlvrd("000").submitDate(utc(2021, 11, 4, 5, 1))
                                .doneDate(utc(2021, 11, 4, 5, 2)).stat("REJECTD").err("65").text("none").build()),
                Arguments.of("selfhost UNDELIV (seed 004)",
                        "id:7781 sub:001 dlvrd:000 submit date:2401011200 done date:2401011201 stat:UNDELIV err:000 text:Hi",
                        std("7781").dlvrd("000").stat("UNDELIV").text("Hi").build()),
                Arguments.of("selfhost EXPIRED (seed 004)",
                        "id:7782 sub:001 dlvrd:000 submit date:2401011200 done date:2401011201 stat:EXPIRED err:000 text:Hi",
                        std("7782").dlvrd("000").stat("EXPIRED").text("Hi").build()),
                Arguments.of("selfhost UNKNOWN (seed 004)",
                        "id:7783 sub:001 dlvrd:000 submit date:2401011200 done date:2401011201 stat:UNKNOWN err:000 text:Hi",
                        std("7783").dlvrd("000").stat("UNKNOWN").text("Hi").build()),
                Arguments.of("sms-smpp-routes numeric status kept verbatim (seed 002)",
                        "id:5501 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:2 err:000 text:",
                        std("5501").stat("2").build()),
                // --- reference §10 ---
                Arguments.of("reference §10 template (placeholders kept, dates unreadable)",
                        "id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD"
                                + " err:E text:...",
                        r().id("IIIIIIIIII").sub("SSS").dlvrd("DDD").stat("DDDDDDD").err("E").text("...").build()),
                Arguments.of("reference §10 appendix capitalised Text:",
                        "id:0123456789 sub:001 dlvrd:001 submit date:0610101010 done date:0610101011 stat:DELIVRD"
                                + " err:000 Text:Hello World",
                        r().id("0123456789").sub("001").dlvrd("001").submitDate(utc(2006, 10, 10, 10, 10))
                                .doneDate(utc(2006, 10, 10, 10, 11)).stat("DELIVRD").err("000").text("Hello World")
                                .build()),
                // --- corpus (real PDUs from other stacks) ---
                Arguments.of("corpus node-smpp hex id",
                        "id:38e6dff7 sub:001 dlvrd:001 submit date:2611232024 done date:2611232024 stat:DELIVRD"
                                + " err:000 text:Hello from node-clie",
                        r().id("38e6dff7").sub("001").dlvrd("001").submitDate(utc(2026, 11, 23, 20, 24))
                                .doneDate(utc(2026, 11, 23, 20, 24)).stat("DELIVRD").err("000")
                                .text("Hello from node-clie").build()),
                Arguments.of("corpus ENROUTE intermediate, empty text",
                        "id:nd0002 sub:001 dlvrd:000 submit date:2611231200 done date:2611231200 stat:ENROUTE err:000 text:",
                        r().id("nd0002").sub("001").dlvrd("000").submitDate(utc(2026, 11, 23, 12, 0))
                                .doneDate(utc(2026, 11, 23, 12, 0)).stat("ENROUTE").err("000").build()),
                // --- real-world variants ---
                Arguments.of("all lower case, stat too",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:delivrd err:000 text:hello",
                        std("123").stat("delivrd").state(ReceiptState.DELIVRD).text("hello").build()),
                Arguments.of("upper-case labels",
                        "ID:123 SUB:001 DLVRD:001 SUBMIT DATE:2401011200 DONE DATE:2401011201 STAT:DELIVRD ERR:000 TEXT:HELLO",
                        std("123").text("HELLO").build()),
                Arguments.of("missing sub: and dlvrd:",
                        "id:123 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:x",
                        std("123").sub("").dlvrd("").text("x").build()),
                Arguments.of("12-digit dates",
                        "id:123 sub:001 dlvrd:001 submit date:240101120005 done date:240101120159 stat:DELIVRD err:000 text:",
                        std("123").submitDate(utc(2024, 1, 1, 12, 0, 5)).doneDate(utc(2024, 1, 1, 12, 1, 59)).build()),
                Arguments.of("14-digit dates",
                        "id:123 sub:001 dlvrd:001 submit date:20240101120005 done date:20240101120159 stat:DELIVRD err:000 text:",
                        std("123").submitDate(utc(2024, 1, 1, 12, 0, 5)).doneDate(utc(2024, 1, 1, 12, 1, 59)).build()),
                Arguments.of("16-character SMPP absolute dates (UTC+1)",
                        "id:123 stat:DELIVRD submit date:240315143000004+ done date:240315143100004+",
                        r().id("123").stat("DELIVRD").submitDate(utc(2024, 3, 15, 13, 30))
                                .doneDate(utc(2024, 3, 15, 13, 31)).build()),
                Arguments.of("16-character dates east of UTC+12, as jSMPP writes them (UTC+14: 56 quarter hours)",
                        "id:123 stat:DELIVRD submit date:240316033000056+ done date:240316033100052+",
                        r().id("123").stat("DELIVRD").submitDate(utc(2024, 3, 15, 13, 30))
                                .doneDate(utc(2024, 3, 15, 14, 31)).build()),
                Arguments.of("text: with colons and spaces",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000"
                                + " text:Meeting at 10:30: room B",
                        std("123").text("Meeting at 10:30: room B").build()),
                Arguments.of("text: containing standard labels already seen",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000"
                                + " text:your id: 42 stat: ok",
                        std("123").text("your id: 42 stat: ok").build()),
                Arguments.of("text: containing a word that looks like a label",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000"
                                + " text:Note: code 7",
                        std("123").text("Note: code 7").build()),
                Arguments.of("upper-case hex id",
                        "id:0A1B2C3D sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:",
                        std("0A1B2C3D").build()),
                Arguments.of("UUID id",
                        "id:9f1c2e4a-7b3d-4c5e-9a8b-1d2e3f4a5b6c sub:001 dlvrd:001 submit date:2401011200"
                                + " done date:2401011201 stat:DELIVRD err:000 text:",
                        std("9f1c2e4a-7b3d-4c5e-9a8b-1d2e3f4a5b6c").build()),
                Arguments.of("24-digit id beyond 64 bits",
                        "id:123456789012345678901234 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201"
                                + " stat:DELIVRD err:000 text:",
                        std("123456789012345678901234").build()),
                Arguments.of("err as hex",
                        "id:123 sub:001 dlvrd:000 submit date:2401011200 done date:2401011201 stat:UNDELIV err:0x1F text:",
                        std("123").dlvrd("000").stat("UNDELIV").err("0x1F").build()),
                Arguments.of("err with vendor text (spaces)",
                        "id:123 sub:001 dlvrd:000 submit date:2401011200 done date:2401011201 stat:UNDELIV"
                                + " err:Absent subscriber text:",
                        std("123").dlvrd("000").stat("UNDELIV").err("Absent subscriber").build()),
                Arguments.of("unknown stat word kept verbatim",
                        "id:123 sub:001 dlvrd:000 submit date:2401011200 done date:2401011201 stat:FAILED err:000 text:",
                        std("123").dlvrd("000").stat("FAILED").build()),
                Arguments.of("long stat spelling DELIVERED",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVERED err:000 text:",
                        std("123").stat("DELIVERED").state(ReceiptState.DELIVRD).build()),
                Arguments.of("extra vendor fields, in order",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000"
                                + " mccmnc:310260 price:0.0045 Network-Name:T Mobile text:Hi",
                        std("123").extraField("mccmnc", "310260").extraField("price", "0.0045")
                                .extraField("Network-Name", "T Mobile").text("Hi").build()),
                Arguments.of("fields in another order",
                        "stat:DELIVRD err:000 text:Hi done date:2401011201 id:123 submit date:2401011200 dlvrd:001 sub:001",
                        std("123").text("Hi").build()),
                Arguments.of("no text: field",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000",
                        std("123").build()),
                Arguments.of("trailing NULs of a C string",
                        "id:123 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:ok\0\0",
                        std("123").text("ok").build()),
                Arguments.of("blanks after colons and between fields",
                        "id: 123   sub: 001 dlvrd: 001 submit date: 2401011200 done date: 2401011201 stat: DELIVRD"
                                + "  err: 000 text: ok ",
                        std("123").text("ok").build()),
                Arguments.of("underscored date labels",
                        "id:123 sub:001 dlvrd:001 submit_date:2401011200 done_date:2401011201 stat:DELIVRD err:000 text:",
                        std("123").build()),
                Arguments.of("newline separated (message_payload style)",
                        "id:123\nsub:001\ndlvrd:001\nsubmit date:2401011200\ndone date:2401011201\nstat:DELIVRD\nerr:000",
                        std("123").build()),
                Arguments.of("only id and stat",
                        "id:42 stat:ACCEPTD",
                        r().id("42").stat("ACCEPTD").build()),
                Arguments.of("v5.0 word SKIPPED",
                        "id:42 stat:SKIPPED err:0",
                        r().id("42").stat("SKIPPED").err("0").build()),
                Arguments.of("empty date values",
                        "id:42 sub:001 dlvrd:001 submit date: done date: stat:DELIVRD err:000 text:",
                        r().id("42").sub("001").dlvrd("001").stat("DELIVRD").err("000").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void parsesEveryExample(String name, String text, DeliveryReceipt expected) {
        ReceiptParseResult result = PARSER.parse(text);

        assertThat(result).isInstanceOf(ReceiptParseResult.Parsed.class);
        assertThat(result.asOptional()).contains(expected);
    }

    @Test
    void knownStatesAreInterpreted() {
        assertThat(state("stat:DELIVRD")).isEqualTo(ReceiptState.DELIVRD);
        assertThat(state("stat:undeliv")).isEqualTo(ReceiptState.UNDELIV);
        assertThat(state("stat:ENROUTE")).isEqualTo(ReceiptState.ENROUTE);
        assertThat(state("stat:REJECTED")).isEqualTo(ReceiptState.REJECTD);
        assertThat(state("stat:FAILED")).isEqualTo(ReceiptState.OTHER);
        assertThat(state("id:1")).isEqualTo(ReceiptState.OTHER);
    }

    private static ReceiptState state(String text) {
        return PARSER.parse(text).asOptional().orElseThrow().state();
    }

    @Test
    void datesAreReadInTheConfiguredZone() {
        ReceiptParser singapore = ReceiptParser.builder().zone(ZoneId.of("Asia/Singapore")).build();

        DeliveryReceipt receipt = singapore.parse("id:1 submit date:2111040501 stat:DELIVRD").asOptional().orElseThrow();

        assertThat(receipt.submitDate()).contains(utc(2021, 11, 3, 21, 1));
    }

    @Test
    void providerStatAliasesOverrideTheBuiltInWords() {
        // sms-smpp-routes (seed 002) documents receipt status codes 0 sent, 1 failed, 2 delivered, 5 failed.
        ReceiptParser routes = ReceiptParser.builder().statAlias("0", ReceiptState.ENROUTE)
                .statAlias("1", ReceiptState.UNDELIV).statAlias("2", ReceiptState.DELIVRD)
                .statAlias("5", ReceiptState.UNDELIV).build();

        assertThat(routes.parse("id:9 stat:2").asOptional().orElseThrow().state()).isEqualTo(ReceiptState.DELIVRD);
        assertThat(routes.parse("id:9 stat:0").asOptional().orElseThrow().isFinal()).isFalse();
        assertThat(routes.parse("id:9 stat:5").asOptional().orElseThrow().stat()).isEqualTo("5");
        assertThat(PARSER.parse("id:9 stat:2").asOptional().orElseThrow().state()).isEqualTo(ReceiptState.OTHER);
    }

    @Test
    void unreadableDatesAreEmptyWithAWarning() {
        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) PARSER.parse(
                "id:1 submit date:2113350000 done date:2401011200 stat:DELIVRD");

        assertThat(parsed.receipt().submitDate()).isEmpty();
        assertThat(parsed.receipt().doneDate()).contains(utc(2024, 1, 1, 12, 0));
        assertThat(parsed.warnings()).singleElement().asString().contains("submit date").contains("2113350000");
    }

    @Test
    void repeatedExtraFieldKeepsTheFirstAndWarns() {
        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) PARSER.parse("id:1 op:A OP:B stat:DELIVRD");

        assertThat(parsed.receipt().extraFields()).containsExactly(java.util.Map.entry("op", "A"));
        assertThat(parsed.receipt().extraField("OP")).contains("A");
        assertThat(parsed.warnings()).singleElement().asString().contains("repeated field OP");
    }

    @Test
    void leadingTextIsIgnoredWithAWarning() {
        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) PARSER.parse("receipt 7 id:1 stat:DELIVRD");

        assertThat(parsed.receipt().id()).isEqualTo("1");
        assertThat(parsed.warnings()).singleElement().asString().contains("receipt 7");
    }

    @Test
    void extraFieldsAreCapped() {
        ReceiptParser parser = ReceiptParser.builder().maxExtraFields(2).build();

        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) parser.parse("id:1 a:1 b:2 c:3 stat:X");

        assertThat(parsed.receipt().extraFields()).containsExactly(java.util.Map.entry("a", "1"),
                java.util.Map.entry("b", "2 c:3"));
        assertThat(parsed.receipt().stat()).isEqualTo("X");
        assertThat(parsed.warnings()).singleElement().asString().contains("more than 2 extra fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\0\0", "Hello world", "MO test #1 from node-server", "Note: call me",
        "idea:1 status:DELIVRD", "id stat", "1:2 3:4", "id:", "stat:", "id: stat:",
        "id: sub: dlvrd: submit date: done date: stat: err: text:", "Your order id: 5533 has shipped"})
    void textWithoutAStatOrAOneWordIdIsNotAReceipt(String text) {
        ReceiptParseResult result = PARSER.parse(text);

        assertThat(result).isInstanceOf(ReceiptParseResult.NotAReceipt.class);
        assertThat(result.isReceipt()).isFalse();
        assertThat(((ReceiptParseResult.NotAReceipt) result).reason()).isNotBlank();
    }

    @Test
    void nullIsNotAReceipt() {
        assertThat(PARSER.parse(null)).isEqualTo(new ReceiptParseResult.NotAReceipt("no text"));
    }

    @Test
    void overLongInputIsRefusedWithoutScanning() {
        String huge = "id:1 stat:DELIVRD text:" + "x".repeat(ReceiptParser.DEFAULT_MAX_LENGTH);

        ReceiptParseResult result = PARSER.parse(huge);

        assertThat(result).isInstanceOf(ReceiptParseResult.NotAReceipt.class);
        assertThat(((ReceiptParseResult.NotAReceipt) result).reason()).contains("exceeds the limit of 65535");
    }

    @Test
    void largeInputWithinTheLimitParses() {
        String words = "w: ".repeat(20_000);

        DeliveryReceipt receipt = PARSER.parse("id:1 stat:DELIVRD text:" + words).asOptional().orElseThrow();

        assertThat(receipt.text()).isEqualTo(words.strip());
    }

    @Test
    void reasonsQuoteOnlyAShortExcerpt() {
        String reason = ((ReceiptParseResult.NotAReceipt) PARSER.parse("z".repeat(5000))).reason();

        assertThat(reason.length()).isLessThan(100);
    }

    @Test
    void warningsListIsEmptyForACleanReceipt() {
        ReceiptParseResult.Parsed parsed = (ReceiptParseResult.Parsed) PARSER.parse(
                "id:1 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:x");

        assertThat(parsed.warnings()).isEqualTo(List.of());
    }
}
