package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.text.ReferenceAllocator;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.codec.type.SmppTime;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.RateLimiter;
import io.github.smppkit.session.SmppSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smpp send}: binds, sends a text (count times), optionally waits for the receipts, and reports. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Binds to an SMSC and sends a text; exit 0 only when every submit_sm_resp is OK and, with "
                + "--receipts, every receipt arrived.", "The last line reads like: sent 10/10, receipts 10/10"})
final class SendCommand implements Callable<Integer> {

    /** Every message is planned and tracked in memory until its answer; far more would exhaust a default heap. */
    private static final int MAX_COUNT = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--bind", defaultValue = "trx", description = "tx or trx (default; receipts need trx)")
    String bind;

    @Option(names = "--from", defaultValue = "smppkit", paramLabel = "A", description = "source address")
    String from;

    @Option(names = "--to", required = true, paramLabel = "A", description = "destination address")
    String to;

    @Option(names = "--text", required = true, paramLabel = "T", description = "the text")
    String text;

    @Option(names = "--count", defaultValue = "1", paramLabel = "N",
            description = "how many times to send it (at most 1000000)")
    int count;

    @Option(names = "--window", defaultValue = "10", paramLabel = "N", description = "outstanding requests")
    int window;

    @Option(names = "--rate", paramLabel = "N", description = "segments per second (default: unlimited)")
    Double rate;

    @Option(names = "--long", defaultValue = "udh", paramLabel = "CARRIER", description = "udh, sar or payload")
    String carrier;

    @Option(names = "--assume-tlvs", description = "send the TLVs of --long sar or payload even if the SMSC's bind"
            + " response states no SMPP version; without it such an SMSC counts as SMPP 3.3 and gets none")
    boolean assumeTlvs;

    @Option(names = "--encoding", defaultValue = "auto", paramLabel = "ENC",
            description = "auto, gsm7, ucs2 or latin1")
    String encoding;

    @Option(names = "--validity", paramLabel = "TIME", description = "validity_period: how long the SMSC may try,"
            + " e.g. 90s, 10m, 2h, 1d or PT1H30M; sent as a relative time (default: the SMSC's own)")
    String validity;

    @Option(names = "--receipts", description = "request receipts and wait for them")
    boolean receipts;

    @Option(names = "--wait", defaultValue = "30", paramLabel = "S", description = "seconds to wait for receipts")
    int waitSeconds;

    @Option(names = "--json", description = "JSON Lines: one event per part and receipt, then a summary")
    boolean json;

    @Option(names = "--store", paramLabel = "URI",
            description = "share the submitted ids through Redis (redis://HOST:PORT) so that a listen process "
                    + "bound to the same account can match the receipts")
    String store;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        BindType bindType = ConnectionOptions.bindType(bind, "--bind");
        if (bindType == BindType.RECEIVER) {
            throw CliFailure.usage("--bind must be tx or trx to send: a receiver bind cannot submit");
        }
        if (receipts && bindType == BindType.TRANSMITTER) {
            throw CliFailure.usage("--receipts needs --bind trx: a transmitter bind receives no deliver_sm");
        }
        List<List<SubmitSm>> messages = messages();
        try (SharedStore shared = store == null ? null : SharedStore.open(store)) {
            ReceiptTracker tracker = shared == null
                    ? new ReceiptTracker(connection.systemId, (part, receipt) -> printReceipt(out, part, receipt))
                    : new ReceiptTracker(connection.systemId, shared.store,
                            (part, receipt) -> printReceipt(out, part, receipt));
            return send(out, bindType, messages, tracker);
        }
    }

    private int send(PrintWriter out, BindType bindType, List<List<SubmitSm>> messages, ReceiptTracker tracker)
            throws InterruptedException {
        ClientConfig config = connection.builder(bindType)
                .windowSize(window)
                .rateLimiter(rate == null ? RateLimiter.unlimited() : RateLimiter.perSecond(rate))
                .requestHandler(tracker)
                .sessionObserver(tracker)
                .unannouncedPeerVersion(assumeTlvs ? InterfaceVersion.V34 : InterfaceVersion.V33)
                .build();
        try (SmppSession session = ConnectionOptions.connect(config)) {
            refuseTlvsTheSmscWillNotGet(session, messages);
            BatchSender.Report report = new BatchSender(session, tracker, part -> printPart(out, part))
                    .send(messages);
            int receipted = receipts ? tracker.await(report.accepted(), Duration.ofSeconds(waitSeconds)) : 0;
            String closed = tracker.closedReason(); // read before our own unbind closes the session
            session.unbind();
            printSummary(out, report, receipted, receipts ? tracker.unmatched() : List.of());
            if (receipts && receipted < count && closed != null) {
                throw CliFailure.failed("session ended before every receipt arrived: " + closed);
            }
            boolean ok = report.accepted() == count && (!receipts || receipted == count);
            return ok ? 0 : 1;
        }
    }

    /** Fails once, with the way out, rather than on every part that carries SAR or message_payload. */
    private void refuseTlvsTheSmscWillNotGet(SmppSession session, List<List<SubmitSm>> messages) {
        boolean needsTlvs = messages.stream().flatMap(List::stream).anyMatch(part -> !part.tlvs().isEmpty());
        if (needsTlvs && !session.peerInterfaceVersion().supportsTlvs()) {
            session.unbind();
            throw CliFailure.failed("--long " + carrier + " needs TLVs, but the SMSC's bind response states no SMPP"
                    + " 3.4 support (no sc_interface_version), so none are sent; use --long udh, or --assume-tlvs if"
                    + " this SMSC takes them");
        }
    }

    private void validate() {
        if (count < 1) {
            throw CliFailure.usage("--count must be at least 1");
        }
        if (count > MAX_COUNT) {
            throw CliFailure.usage("--count must be at most " + MAX_COUNT + " (run several sends for more)");
        }
        if (window < 1) {
            throw CliFailure.usage("--window must be at least 1");
        }
        if (window > 65535) {
            throw CliFailure.usage("--window must be at most 65535");
        }
        if (rate != null && !(rate > 0 && Double.isFinite(rate))) {
            throw CliFailure.usage("--rate must be a positive number");
        }
        if (waitSeconds < 0) {
            throw CliFailure.usage("--wait must not be negative");
        }
        validityPeriod();
    }

    /** The --validity option as the 16 characters of a relative time, or "" when not given. */
    private String validityPeriod() {
        if (validity == null) {
            return "";
        }
        try {
            return SmppTime.relative(Durations.parse(validity)).format();
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--validity " + validity + ": " + e.getMessage());
        }
    }

    private List<List<SubmitSm>> messages() {
        PlanOptions options = PlanCommand.options(encoding, false, carrier, false);
        ReferenceAllocator references = ReferenceAllocator.create();
        MessagePlan plan;
        try {
            plan = MessagePlanner.plan(text, withReference(options, references));
        } catch (IllegalArgumentException e) {
            // an unencodable character, or more segments or payload octets than SMPP carries
            throw CliFailure.failed(e.getMessage());
        }
        SubmitSm template = SubmitSm.builder()
                .source(Addresses.source(from))
                .destination(Addresses.destination(to))
                .registeredDelivery(receipts || store != null // with a shared store another process awaits them
                        ? RegisteredDelivery.ON_SUCCESS_OR_FAILURE : RegisteredDelivery.NONE)
                .validityPeriod(validityPeriod())
                .build();
        List<List<SubmitSm>> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // a fresh plan per message so that each long message gets its own concatenation reference
            MessagePlan each = i == 0 ? plan : MessagePlanner.plan(text, withReference(options, references));
            messages.add(MessageParts.submitSms(each, template));
        }
        return messages;
    }

    /** The options with the next reference for --to: with reference 0 for all, handsets would mix the parts. */
    private PlanOptions withReference(PlanOptions options, ReferenceAllocator references) {
        return options.toBuilder().reference(references.next(to, options.carrier())).build();
    }

    private void printPart(PrintWriter out, BatchSender.PartResult part) {
        if (!json) {
            if (!part.accepted()) {
                out.println("message " + (part.message() + 1) + " part " + (part.part() + 1) + " failed: "
                        + (part.failure().isEmpty() ? part.status() : part.failure()));
            }
            return;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "submit_sm_resp");
        event.put("message", part.message() + 1);
        event.put("part", part.part() + 1);
        event.put("message_id", part.messageId());
        event.put("command_status", part.status().code());
        event.put("status", part.status().name());
        if (!part.failure().isEmpty()) {
            event.put("error", part.failure());
            event.put("not_sent", part.notSent());
        }
        out.println(Json.line(event));
    }

    private void printReceipt(PrintWriter out, ReceiptTracker.PartRef part, DeliveryReceipt receipt) {
        if (json) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", "receipt");
            event.put("message", part.message() + 1);
            event.put("message_id", receipt.messageId());
            event.put("stat", DecodeCommand.stat(receipt));
            event.put("err", receipt.err());
            event.put("matched", true);
            out.println(Json.line(event));
        }
    }

    private void printSummary(PrintWriter out, BatchSender.Report report, int receipted, List<String> unmatched) {
        String line = "sent " + report.accepted() + "/" + count
                + (receipts ? ", receipts " + receipted + "/" + count : "");
        if (json) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", "summary");
            event.put("sent", report.accepted());
            event.put("messages", count);
            event.put("segments", report.segments());
            if (receipts) {
                event.put("receipts", receipted);
                event.put("unmatched_receipts", unmatched);
            }
            event.put("failures", report.failures());
            out.println(Json.line(event));
        } else {
            report.failures().forEach((reason, n) -> out.println("failed " + n + "x: " + reason));
            if (!unmatched.isEmpty()) {
                out.println((unmatched.size() == 1 ? "1 receipt quoted an id" : unmatched.size()
                        + " receipts quoted ids") + " not sent here: "
                        + String.join(", ", unmatched.subList(0, Math.min(5, unmatched.size())))
                        + (unmatched.size() > 5 ? ", ..." : ""));
            }
        }
        out.println(line);
    }
}
