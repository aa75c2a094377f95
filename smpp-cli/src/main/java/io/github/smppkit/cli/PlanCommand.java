package io.github.smppkit.cli;

import io.github.smppkit.codec.text.LongMessageCarrier;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.text.TextEncoding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smpp plan TEXT...}: shows the encoding, data_coding, segment count and parts a text would be sent as.
 * Beside DESIGN's keys the JSON has {@code "sms"}, the short messages on the air: the segment count, except with
 * {@code --long payload}, where the one segment is split by the MC and {@code units_left} counts in its last SMS.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows how a text would be sent: encoding, data_coding, segments and each part's octets.",
            "\"segments\" counts the PDUs and \"sms\" the short messages on the air: more than the segments only"
                + " with --long payload, where the MC splits the one segment; \"units_left\" is the room left in"
                + " the last SMS."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the text; several arguments are joined by spaces")
    List<String> words;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "auto (default: fewest segments), gsm7, ucs2 or latin1")
    String encoding;

    @Option(names = "--national", description = "allow the national language shift tables (UDH IE 0x24/0x25)")
    boolean national;

    @Option(names = "--long", paramLabel = "CARRIER", defaultValue = "udh",
            description = "how long texts are carried: udh (default), sar or payload (one segment the MC splits)")
    String carrier;

    @Option(names = "--ref16", description = "16-bit concatenation reference (UDH IE 0x08) instead of 8-bit")
    boolean ref16;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        MessagePlan plan;
        try {
            plan = MessagePlanner.plan(text, options(encoding, national, carrier, ref16));
        } catch (IllegalArgumentException e) {
            // an unencodable character, or more segments or payload octets than SMPP carries
            throw CliFailure.failed(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> fields = toFields(plan);
        if (json) {
            out.println(Json.line(fields));
        } else {
            out.println(plan.encoding().label() + ", data_coding " + plan.dataCoding() + ", "
                    + plan.segmentCount() + " segment(s), " + plan.smsCount() + " SMS, " + plan.unitsLeft()
                    + " unit(s) left in the last SMS");
            int n = 1;
            for (MessagePlan.Segment segment : plan.segments()) {
                out.println("  part " + n++ + ": \"" + segment.text() + "\" udh=" + segment.udh().toHex()
                        + " short_message=" + segment.userData().toHex());
            }
        }
        return 0;
    }

    static PlanOptions options(String encoding, boolean national, String carrier, boolean ref16) {
        PlanOptions.Builder builder = PlanOptions.builder();
        switch (encoding) {
            case "auto" -> builder.autoEncoding();
            case "gsm7" -> builder.encoding(TextEncoding.GSM7);
            case "ucs2" -> builder.encoding(TextEncoding.UCS2);
            case "latin1" -> builder.encoding(TextEncoding.LATIN1);
            default -> throw CliFailure.usage("unknown encoding '" + encoding
                    + "' (expected auto, gsm7, ucs2 or latin1)");
        }
        if (national) {
            builder.allNationalLanguages();
        }
        builder.carrier(carrier(carrier, ref16));
        return builder.build();
    }

    static LongMessageCarrier carrier(String carrier, boolean ref16) {
        return switch (carrier) {
            case "udh" -> ref16 ? LongMessageCarrier.UDH_16BIT_REFERENCE : LongMessageCarrier.UDH_8BIT_REFERENCE;
            case "sar" -> LongMessageCarrier.SAR;
            case "payload" -> LongMessageCarrier.MESSAGE_PAYLOAD;
            default -> throw CliFailure.usage("unknown carrier '" + carrier + "' (expected udh, sar or payload)");
        };
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> toFields(MessagePlan plan) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("encoding", plan.encoding().label());
        fields.put("data_coding", plan.dataCoding());
        fields.put("segments", plan.segmentCount());
        fields.put("sms", plan.smsCount());
        fields.put("units_left", plan.unitsLeft());
        fields.put("carrier", name(plan.carrier()));
        plan.lockingShift().ifPresent(language -> fields.put("locking_shift", name(language)));
        plan.singleShift().ifPresent(language -> fields.put("single_shift", name(language)));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (MessagePlan.Segment segment : plan.segments()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("text", segment.text());
            part.put("udh", segment.udh().toHex());
            part.put(plan.usesMessagePayload() ? "message_payload" : "short_message", segment.userData().toHex());
            segment.concatenation().ifPresent(c -> {
                part.put("reference", c.reference());
                part.put("total", c.total());
                part.put("sequence", c.sequence());
            });
            parts.add(part);
        }
        fields.put("parts", parts);
        return fields;
    }
}
