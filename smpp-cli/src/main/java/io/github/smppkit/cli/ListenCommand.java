package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.text.InboundPart;
import io.github.smppkit.codec.text.IncompleteMessage;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.ReassembledMessage;
import io.github.smppkit.codec.text.Reassembler;
import io.github.smppkit.codec.text.ReassemblyResult;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptParseResult;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.RequestHandler;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smpp listen}: binds as a receiver and prints receipts and (reassembled) messages as they arrive. */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = {"Binds and prints received deliver_sm/data_sm: receipts and complete messages (long ones "
                + "reassembled); a long message given up (parts missing) or a part that cannot be read is reported.",
            "Stops after --count receipts and messages or --timeout seconds, else runs until interrupted; "
                + "exit 1 if --count was not reached or the SMSC ended the session."})
final class ListenCommand implements Callable<Integer> {

    /** How often long messages waiting for parts are checked against --reassembly-timeout. */
    private static final Duration EXPIRE_EVERY = Duration.ofSeconds(1);

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--bind", defaultValue = "rx", description = "rx (default) or trx")
    String bind;

    @Option(names = "--count", paramLabel = "N", description = "stop after N receipts and messages")
    Integer count;

    @Option(names = "--timeout", paramLabel = "S", description = "stop after S seconds (default: no limit)")
    Integer timeoutSeconds;

    @Option(names = "--json", description = "JSON Lines: {\"event\":\"receipt\",...} or {\"event\":\"message\",...};"
            + " {\"event\":\"incomplete\",...} for a long message given up, {\"event\":\"invalid\",...} for an"
            + " unreadable part")
    boolean json;

    @Option(names = "--reassembly-timeout", defaultValue = "600", paramLabel = "S", description = "give up a long "
            + "message whose parts have not all come within S seconds (default 600), reporting it as incomplete")
    int reassemblySeconds;

    @Option(names = "--store", paramLabel = "URI",
            description = "match receipts against the ids a send process recorded in Redis (redis://HOST:PORT)")
    String store;

    private final ReentrantLock printLock = new ReentrantLock();

    @Override
    public Integer call() throws InterruptedException {
        BindType bindType = ConnectionOptions.bindType(bind, "--bind");
        if (bindType == BindType.TRANSMITTER) {
            throw CliFailure.usage("--bind must be rx or trx to receive");
        }
        if (count != null && count < 1 || timeoutSeconds != null && timeoutSeconds < 0 || reassemblySeconds < 1) {
            throw CliFailure.usage("--count and --reassembly-timeout must be at least 1 and --timeout not negative");
        }
        Progress progress = new Progress(count == null ? Integer.MAX_VALUE : count);
        try (SharedStore shared = store == null ? null : SharedStore.open(store)) {
            ReceiptTracker tracker = shared == null ? null : new ReceiptTracker(connection.systemId, shared.store,
                    (part, receipt) -> { });
            return listen(bindType, progress, new Printer(spec.commandLine().getOut(), progress, tracker));
        }
    }

    private int listen(BindType bindType, Progress progress, Printer printer) throws InterruptedException {
        CountDownLatch events = progress.events;
        try (SmppSession session = ConnectionOptions.connect(connection.builder(bindType)
                .requestHandler(printer).sessionObserver(progress).build())) {
            // on SIGINT/SIGTERM (the only end without --count and --timeout) the hook unbinds before the JVM halts
            Thread hook = new Thread(() -> {
                progress.stopping = true;
                session.unbind();
                printer.giveUpPending();
            }, "smpp-listen-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                boolean done = await(progress.done, printer);
                printer.giveUpPending();
                boolean reached = events.getCount() == 0;
                if (done && !reached && !progress.stopping) {
                    // the SMSC unbound or the link dropped: no more events can come on this session
                    throw CliFailure.failed("session ended" + (count == null ? "" : " after "
                            + (count - events.getCount()) + " of " + count + " events") + ": " + progress.reason);
                }
                session.unbind();
                return count == null || reached ? 0 : 1;
            } finally {
                SimulateCommand.removeHook(hook);
            }
        }
    }

    /** Waits for the end (true) or --timeout (false), giving up long messages past --reassembly-timeout meanwhile. */
    private boolean await(CountDownLatch done, Printer printer) throws InterruptedException {
        long deadline = timeoutSeconds == null ? 0 : System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long wait = EXPIRE_EVERY.toNanos();
        while (true) {
            if (timeoutSeconds != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return done.getCount() == 0;
                }
                wait = Math.min(wait, left);
            }
            if (done.await(wait, TimeUnit.NANOSECONDS)) {
                return true;
            }
            printer.giveUpExpired();
        }
    }

    /** Ends the wait when --count is reached or when the session closes, remembering why it closed. */
    private static final class Progress implements SessionObserver {

        final CountDownLatch events;
        final CountDownLatch done = new CountDownLatch(1);
        volatile String reason = "";
        /** Set by the shutdown hook, whose unbind is no reason to report a failure. */
        volatile boolean stopping;

        Progress(int count) {
            this.events = new CountDownLatch(count);
        }

        /** Whether --count events have been printed: the handler accepts no more. */
        boolean reached() {
            return events.getCount() == 0;
        }

        void event() {
            events.countDown();
            if (events.getCount() == 0) {
                done.countDown();
            }
        }

        @Override
        public void closed(SmppSession session, String why) {
            reason = why;
            done.countDown();
        }
    }

    /** Turns inbound PDUs into printed events. */
    private final class Printer implements RequestHandler {

        private final PrintWriter out;
        private final Progress progress;
        private final ReceiptTracker tracker;
        private final Reassembler reassembler = Reassembler.builder()
                .maxAge(Duration.ofSeconds(reassemblySeconds))
                .onIncomplete(this::incomplete)
                .build();

        /** {@code tracker} is null without {@code --store}. */
        Printer(PrintWriter out, Progress progress, ReceiptTracker tracker) {
            this.out = out;
            this.progress = progress;
            this.tracker = tracker;
        }

        /** Reports the long messages that have waited longer than --reassembly-timeout for their parts. */
        void giveUpExpired() {
            reassembler.expire();
        }

        /** Reports every long message still waiting for parts: none can come once listening ends. */
        void giveUpPending() {
            reassembler.drain();
        }

        private void incomplete(IncompleteMessage message) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", "incomplete");
            event.put("source_addr", message.source());
            event.put("destination_addr", message.destination());
            event.put("reference", message.reference());
            event.put("received", message.parts().size());
            event.put("parts", message.total());
            event.put("reason", message.reason().name());
            write(event);
        }

        private Map<String, Object> matched(Map<String, Object> event, DeliveryReceipt receipt) {
            if (tracker != null) {
                Optional<ReceiptTracker.PartRef> part = tracker.match(receipt);
                event.put("matched", part.isPresent());
                part.ifPresent(p -> event.put("submitted_to", p.destination()));
            }
            return event;
        }

        @Override
        public HandlerResult handle(SmppSession session, Request<?> request) {
            if (request.commandId() != CommandId.DELIVER_SM && request.commandId() != CommandId.DATA_SM) {
                return HandlerResult.defaultAnswer();
            }
            if (progress.reached()) {
                // the SMSC keeps what arrives while we unbind, for the next listener, instead of it being lost
                return HandlerResult.answer(request.response(CommandStatus.ESME_RX_T_APPN));
            }
            // answered before the event is counted, so that reaching --count cannot unbind ahead of the answer
            session.respond(request.response(CommandStatus.ESME_ROK));
            if (request instanceof DeliverSm deliver) {
                show(ReceiptExtractor.standard().extract(deliver), deliver.source(), deliver.destination(),
                        () -> MessageParts.inboundPart(deliver));
            } else if (request instanceof DataSm data) {
                show(ReceiptExtractor.standard().extract(data), data.source(), data.destination(),
                        () -> MessageParts.inboundPart(data));
            }
            return HandlerResult.deferred();
        }

        private void show(ReceiptParseResult receipt, Address source, Address destination,
                Supplier<InboundPart> part) {
            if (receipt instanceof ReceiptParseResult.Parsed parsed) {
                print(matched(receiptEvent(parsed.receipt(), source.value(), destination.value()), parsed.receipt()));
            } else {
                reassemble(part.get());
            }
        }

        private void reassemble(InboundPart part) {
            ReassemblyResult result = reassembler.accept(part);
            if (result instanceof ReassemblyResult.Complete complete) {
                print(messageEvent(complete.message()));
            } else if (result instanceof ReassemblyResult.Invalid invalid) {
                // answered OK already, so the report is all that is left of it
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("event", "invalid");
                event.put("source_addr", part.source());
                event.put("destination_addr", part.destination());
                event.put("reason", invalid.reason());
                write(event);
            }
        }

        /** Writes a receipt or message event, which counts towards --count. */
        private void print(Map<String, Object> event) {
            write(event);
            progress.event();
        }

        private void write(Map<String, Object> event) {
            printLock.lock();
            try {
                out.println(json ? Json.line(event) : Text.event(event));
                out.flush();
            } finally {
                printLock.unlock();
            }
        }
    }

    private static Map<String, Object> receiptEvent(DeliveryReceipt receipt, String source, String destination) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "receipt");
        event.put("message_id", receipt.messageId());
        event.put("stat", DecodeCommand.stat(receipt));
        event.put("err", receipt.err());
        event.put("source_addr", source);
        event.put("destination_addr", destination);
        event.put("receipt", DecodeCommand.receiptFields(receipt));
        return event;
    }

    private static Map<String, Object> messageEvent(ReassembledMessage message) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "message");
        event.put("source_addr", message.source());
        event.put("destination_addr", message.destination());
        event.put("parts", message.parts());
        event.put("data_coding", message.dataCoding().value());
        message.text().ifPresentOrElse(text -> event.put("text", text),
                () -> event.put("payload", message.payload().toHex()));
        return event;
    }
}
