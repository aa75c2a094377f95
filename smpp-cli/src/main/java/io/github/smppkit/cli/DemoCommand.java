package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.text.ReferenceAllocator;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.providers.AddressRules;
import io.github.smppkit.providers.ProviderClients;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.providers.Violation;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.simulator.SmppSimulator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smpp demo}: a simulator on a free port, a client bound to it, a mixed batch, every receipt awaited, and a
 * summary. Exit 0 when every message was accepted and receipted.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts a simulated SMSC on a free port, binds a client, sends a mixed batch (short GSM, "
                + "long GSM with extension characters, long UCS-2 with emoji, one message per provider profile),",
            "waits for every receipt and prints a summary: messages, segments, throughput, latency p50/p99, "
                    + "receipts matched."})
final class DemoCommand implements Callable<Integer> {

    private static final String LONG_GSM = "Your order {#4711} ships today: 2 x [USB-C cable] at 9.90 € each, "
            + "total 19.80 €. Track it at https://example.com/t?id=4711~abc | questions? reply ^HELP^ "
            + "or call us \\ we answer 24/7.";
    private static final String LONG_UCS2 = "Привет! Ваш заказ №4711 отправлен 🚚📦. Оплата прошла успешно ✅. "
            + "Спасибо, что выбрали нас 🙏 — до встречи! 😀";

    private static final String SYSTEM_ID = "demo";
    private static final String PASSWORD = "demo-pw";
    private static final Duration RECEIPT_WAIT = Duration.ofSeconds(60);
    /** The whole batch (three kinds, long ones in several parts) is planned in memory before it is sent. */
    private static final int MAX_PER_KIND = 100_000;
    private static final SubmitSm TEMPLATE = SubmitSm.builder()
            .source(Address.of(5, 0, "smppkit"))
            .destination(Address.of(1, 1, "447700900123"))
            .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
            .build();

    @Spec
    CommandSpec spec;

    private final ReferenceAllocator references = ReferenceAllocator.create();

    @Option(names = "--messages", defaultValue = "100", paramLabel = "N",
            description = "how many of each kind of message (default 100, at most 100000)")
    int perKind;

    @Option(names = "--window", defaultValue = "50", paramLabel = "N", description = "client window (default 50)")
    int window;

    @Override
    public Integer call() throws InterruptedException {
        if (perKind < 1 || window < 1) {
            throw CliFailure.usage("--messages and --window must be at least 1");
        }
        if (perKind > MAX_PER_KIND) {
            throw CliFailure.usage("--messages must be at most " + MAX_PER_KIND);
        }
        if (window > 65535) {
            throw CliFailure.usage("--window must be at most 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Batch> batches = batches();
        List<ProviderMessage> providerMessages = providerMessages(out);
        int kindMessages = batches.stream().mapToInt(b -> b.messages().size()).sum();
        int messages = kindMessages + providerMessages.size();
        ReceiptProgress progress = ReceiptProgress.on(err, messages);
        try {
            BatchSender.Report report;
            int receipted;
            try (SmppSimulator simulator = SmppSimulator.builder().port(0).credential(SYSTEM_ID, PASSWORD).start()) {
                out.println("simulator listening on 127.0.0.1:" + simulator.port());
                ReceiptTracker tracker = new ReceiptTracker("demo", (part, receipt) -> { });
                try (SmppSession session = ConnectionOptions.connect(SmppClient.builder()
                        .host("127.0.0.1").port(simulator.port()).systemId(SYSTEM_ID).password(PASSWORD)
                        .bindType(BindType.TRANSCEIVER).windowSize(window).requestHandler(tracker)
                        .sessionObserver(tracker).build())) {
                    List<List<SubmitSm>> all = new ArrayList<>();
                    batches.forEach(b -> all.addAll(b.messages()));
                    report = new BatchSender(session, tracker, part -> { }).send(all);
                    receipted = awaitReceipts(tracker, report.accepted(), progress);
                    session.unbind();
                }
            }
            List<ProviderRun> providerRuns = new ArrayList<>();
            for (ProviderMessage message : providerMessages) {
                ProviderRun run = throughEmulation(message);
                providerRuns.add(run);
                receipted += run.receipted();
                progress.stepTo(receipted);
            }
            progress.close();
            printSummary(out, batches, report, receipted, providerRuns, messages);
            int accepted = report.accepted() + providerRuns.stream().mapToInt(r -> r.report().accepted()).sum();
            return accepted == messages && receipted == messages ? 0 : 1;
        } finally {
            progress.close(); // idempotent; ends the progress line even when the run fails
        }
    }

    /**
     * Sends a provider's message through a simulator that emulates that provider (its limits, statuses and receipt
     * format), bound with the provider's client presets, and reads the receipt by the provider's conventions.
     */
    private static ProviderRun throughEmulation(ProviderMessage message) throws InterruptedException {
        ProviderProfile profile = message.profile();
        try (SmppSimulator simulator = SmppSimulator.builder().port(0).provider(profile)
                .credential(SYSTEM_ID, PASSWORD).start()) {
            ReceiptTracker tracker = new ReceiptTracker("demo " + profile.name(), profile, (part, receipt) -> { });
            try (SmppSession session = ConnectionOptions.connect(ProviderClients.of(profile).builder()
                    .host("127.0.0.1").port(simulator.port()).systemId(SYSTEM_ID).password(PASSWORD)
                    .requestHandler(tracker).sessionObserver(tracker).build())) {
                BatchSender.Report report = new BatchSender(session, tracker, part -> { })
                        .send(List.of(List.of(message.submit())));
                int receipted = report.accepted() == 1 ? tracker.await(1, RECEIPT_WAIT) : 0;
                session.unbind();
                return new ProviderRun(profile.name(), report, receipted);
            }
        }
    }

    private static int awaitReceipts(ReceiptTracker tracker, int expected, ReceiptProgress progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + RECEIPT_WAIT.toNanos();
        int receipted = 0;
        while (receipted < expected && System.nanoTime() < deadline) {
            receipted = tracker.await(Math.min(expected, receipted + 1), Duration.ofMillis(200));
            progress.stepTo(receipted);
        }
        return receipted;
    }

    /** A message checked against a provider's rules, to send through that provider's emulated SMSC. */
    record ProviderMessage(ProviderProfile profile, SubmitSm submit) {
    }

    /** What sending a provider's message gave. */
    record ProviderRun(String provider, BatchSender.Report report, int receipted) {
    }

    /** One kind of message in the batch. */
    record Batch(String name, List<List<SubmitSm>> messages) {
    }

    private List<Batch> batches() {
        List<Batch> batches = new ArrayList<>();
        batches.add(batch("short GSM", i -> "Hello from smppkit, message " + i, TEMPLATE));
        batches.add(batch("long GSM + extension", i -> LONG_GSM + " #" + i, TEMPLATE));
        batches.add(batch("long UCS-2 + emoji", i -> LONG_UCS2 + " #" + i, TEMPLATE));
        return batches;
    }

    private static List<ProviderMessage> providerMessages(PrintWriter out) {
        List<ProviderMessage> messages = new ArrayList<>();
        for (ProviderProfile profile : Providers.all()) {
            SubmitSm submit = forProfile(profile, TEMPLATE);
            List<Violation> violations = profile.validate(submit);
            if (!violations.isEmpty()) {
                throw CliFailure.failed("demo message for " + profile.name() + " breaks " + violations);
            }
            out.println("checked against " + profile.name() + ": " + submit.destination().value() + " is valid");
            messages.add(new ProviderMessage(profile, submit));
        }
        return messages;
    }

    private Batch batch(String name, java.util.function.IntFunction<String> text, SubmitSm template) {
        List<List<SubmitSm>> messages = new ArrayList<>(perKind);
        for (int i = 1; i <= perKind; i++) {
            messages.add(MessageParts.submitSms(MessagePlanner.plan(text.apply(i), options(template)), template));
        }
        return new Batch(name, messages);
    }

    /** The defaults with the next reference: long messages in flight together must not share one. */
    private PlanOptions options(SubmitSm template) {
        PlanOptions defaults = PlanOptions.defaults();
        return defaults.toBuilder()
                .reference(references.next(template.destination().value(), defaults.carrier())).build();
    }

    /** A short GSM message whose destination fits the profile's documented format, if it has one. */
    private static SubmitSm forProfile(ProviderProfile profile, SubmitSm template) {
        AddressRules rules = profile.addresses();
        Address destination = rules.destinationFormat()
                .map(format -> Address.of(0, 1, format.replace('x', '5')))
                .orElse(template.destination());
        return MessageParts.submitSms(MessagePlanner.plan("Hello " + profile.displayName() + " from smppkit",
                PlanOptions.defaults()), template.toBuilder().destination(destination).build()).get(0);
    }

    private static void printSummary(PrintWriter out, List<Batch> batches, BatchSender.Report report,
            int receipted, List<ProviderRun> providerRuns, int messages) {
        out.println();
        out.println("batch");
        for (Batch batch : batches) {
            int segments = batch.messages().stream().mapToInt(List::size).sum();
            out.printf(Locale.ROOT, "  %-24s %5d message(s) %6d segment(s)%n", batch.name(),
                    batch.messages().size(), segments);
        }
        for (ProviderRun run : providerRuns) {
            out.printf(Locale.ROOT, "  %-24s %5d message(s) %6d segment(s), through its emulated SMSC: %s%n",
                    "profile " + run.provider(), 1, run.report().segments(), run.receipted() == 1 ? "receipted"
                            : run.report().accepted() == 1 ? "no receipt" : "not accepted");
        }
        int accepted = report.accepted() + providerRuns.stream().mapToInt(r -> r.report().accepted()).sum();
        int segments = report.segments() + providerRuns.stream().mapToInt(r -> r.report().segments()).sum();
        out.println();
        out.println("summary");
        out.printf(Locale.ROOT, "  %-18s %d/%d accepted%n", "messages", accepted, messages);
        out.printf(Locale.ROOT, "  %-18s %d%n", "segments", segments);
        // the mixed batch's figures: each provider's single message has a simulator and a bind of its own
        out.printf(Locale.ROOT, "  %-18s %.0f segments/s%n", "throughput", report.throughput());
        out.printf(Locale.ROOT, "  %-18s p50 %.2f ms, p99 %.2f ms%n", "latency", report.percentileMillis(50),
                report.percentileMillis(99));
        out.printf(Locale.ROOT, "  %-18s %d/%d matched%n", "receipts", receipted, messages);
        report.failures().forEach((reason, n) -> out.printf(Locale.ROOT, "  %-18s %d x %s%n", "failed", n, reason));
        providerRuns.forEach(run -> run.report().failures().forEach((reason, n) -> out.printf(Locale.ROOT,
                "  %-18s %d x %s: %s%n", "failed", n, run.provider(), reason)));
    }
}
