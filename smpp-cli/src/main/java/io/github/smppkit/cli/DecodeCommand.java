package io.github.smppkit.cli;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.PduFields;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.TlvKey;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.SmppTime;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptParseResult;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smpp decode HEX... [--json]}: decodes one or more concatenated PDUs. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decodes one or more concatenated PDUs given as hex (blanks allowed, each group of digits "
                + "with an optional 0x prefix).",
            "Exit 0 when every octet decodes to a PDU, 1 for a malformed or truncated PDU, 2 for bad hex."})
final class DecodeCommand implements Callable<Integer> {

    private static final List<String> TIME_FIELDS = List.of("schedule_delivery_time", "validity_period", "final_date");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "HEX", description = "PDU octets in hex; all arguments form one stream")
    List<String> hex;

    @Option(names = "--json", description = "one JSON object per PDU per line, keys as the spec's field names")
    boolean json;

    @Override
    public Integer call() {
        ByteBuffer stream = ByteBuffer.wrap(parseHex(hex).toByteArray());
        PrintWriter out = spec.commandLine().getOut();
        PduCodec codec = PduCodec.defaults();
        int index = 0;
        while (stream.hasRemaining()) {
            int offset = stream.position();
            DecodeResult result = codec.decode(stream);
            if (result instanceof DecodeResult.Decoded decoded) {
                Map<String, Object> fields = fields(decoded.pdu(), decoded.frameLength());
                // a request's record drops its command_status (reference §2.4), but this shows the wire
                fields.put("command_status", Integer.toUnsignedLong(stream.getInt(offset + 8)));
                out.println(json ? Json.line(fields) : Text.render(fields));
                index++;
            } else if (result instanceof DecodeResult.NeedMore needMore) {
                throw CliFailure.failed("PDU " + (index + 1) + " at octet " + offset + " is truncated: "
                        + needMore.bytesNeeded() + " more octet(s) needed");
            } else {
                DecodeResult.Malformed malformed = (DecodeResult.Malformed) result;
                throw CliFailure.failed("PDU " + (index + 1) + " at octet " + offset + " is malformed: "
                        + malformed.reason() + " (answer: " + malformed.reaction() + " "
                        + malformed.status() + ")");
            }
        }
        return 0;
    }

    /** Joins the arguments into one octet stream; each blank-separated group may carry its own 0x prefix. */
    static Bytes parseHex(List<String> arguments) {
        StringBuilder digits = new StringBuilder();
        for (String argument : arguments) {
            for (String group : argument.strip().split("\\s+")) {
                digits.append(group.startsWith("0x") || group.startsWith("0X") ? group.substring(2) : group);
            }
        }
        if (digits.length() == 0) {
            throw CliFailure.usage("no hex given");
        }
        try {
            return Bytes.fromHex(digits.toString());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("bad " + e.getMessage());
        }
    }

    /**
     * The spec-named fields, TLV names added, what the time fields name ({@code times}: absolute ones as UTC, relative
     * ones as ISO-8601 durations) and the parsed receipt of a deliver_sm or data_sm receipt.
     */
    static Map<String, Object> fields(Pdu pdu, int commandLength) {
        Map<String, Object> fields = new LinkedHashMap<>(PduFields.describe(pdu, commandLength));
        Object tlvs = fields.get("tlvs");
        if (tlvs instanceof List<?> list) {
            List<Object> named = new ArrayList<>();
            for (Object entry : list) {
                named.add(withName((Map<?, ?>) entry));
            }
            fields.put("tlvs", named);
        }
        Map<String, Object> times = times(fields);
        if (!times.isEmpty()) {
            fields.put("times", times);
        }
        receipt(pdu).ifPresent(receipt -> fields.put("receipt", receiptFields(receipt)));
        return fields;
    }

    private static Map<String, Object> times(Map<String, Object> fields) {
        Map<String, Object> times = new LinkedHashMap<>();
        for (String name : TIME_FIELDS) {
            if (fields.get(name) instanceof String text && !text.isEmpty()) {
                times.put(name, meaning(text));
            }
        }
        return times;
    }

    private static String meaning(String text) {
        try {
            SmppTime time = SmppTime.parse(text);
            if (time instanceof SmppTime.Relative r) {
                // ISO-8601: P1Y2M3DT4H5M6S, PT10M, P0D; the date part alone is "P0D" when zero
                String date = Period.of(r.years(), r.months(), r.days()).toString();
                Duration clock = Duration.ofHours(r.hours()).plusMinutes(r.minutes()).plusSeconds(r.seconds());
                return "relative " + (clock.isZero() ? date
                        : (date.equals("P0D") ? "P" : date) + clock.toString().substring(1));
            }
            return time.resolve(Instant.EPOCH).toString();
        } catch (IllegalArgumentException e) {
            return "not a time: " + e.getMessage();
        }
    }

    private static Map<String, Object> withName(Map<?, ?> tlv) {
        Map<String, Object> named = new LinkedHashMap<>();
        Object tag = tlv.get("tag");
        named.put("tag", tag);
        TlvKey<?> key = StandardTlvs.byTag(Integer.parseInt(String.valueOf(tag).substring(2), 16));
        // null for a vendor or unknown tag, so that every TLV object has the same keys
        named.put("name", key == null ? null : key.name());
        named.put("length", tlv.get("length"));
        named.put("value", tlv.get("value"));
        return named;
    }

    private static Optional<DeliveryReceipt> receipt(Pdu pdu) {
        ReceiptParseResult result;
        if (pdu.commandId() == CommandId.DELIVER_SM) {
            result = ReceiptExtractor.standard().extract((DeliverSm) pdu);
        } else if (pdu.commandId() == CommandId.DATA_SM) {
            result = ReceiptExtractor.standard().extract((DataSm) pdu);
        } else {
            return Optional.empty();
        }
        return result.asOptional();
    }

    static Map<String, Object> receiptFields(DeliveryReceipt receipt) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", receipt.messageId());
        fields.put("sub", receipt.sub());
        fields.put("dlvrd", receipt.dlvrd());
        fields.put("submit_date", receipt.submitDate().map(Instant::toString).orElse(null));
        fields.put("done_date", receipt.doneDate().map(Instant::toString).orElse(null));
        fields.put("stat", stat(receipt));
        fields.put("err", receipt.err());
        fields.put("text", receipt.text());
        return fields;
    }

    /**
     * The state to show, merged as {@link DeliveryReceipt#messageId()} is: a {@code message_state} TLV wins over
     * the {@code stat:} word; without one the word as it came (an unknown word is kept), or the state's name when
     * the text had none.
     */
    static String stat(DeliveryReceipt receipt) {
        if (receipt.messageState().isPresent() || receipt.stat().isEmpty()) {
            return receipt.state().name();
        }
        return receipt.stat();
    }
}
