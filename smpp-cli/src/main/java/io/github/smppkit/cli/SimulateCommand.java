package io.github.smppkit.cli;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.simulator.SimulatorBuilder;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SmppSimulator;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smpp simulate}: runs the test SMSC until SIGINT/SIGTERM, printing its events as JSON Lines. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs a simulated SMSC until interrupted (or for --duration seconds).",
            "Prints 'listening on H:P' when ready, then one JSON object per event, e.g. "
                    + "{\"event\":\"message\",...,\"text\":...,\"parts\":N} once a message is complete."})
final class SimulateCommand implements Callable<Integer> {

    /** Far longer delays overflow the simulator's scheduling; no test or demo waits a day for a receipt. */
    private static final long MAX_RECEIPT_DELAY_MS = Duration.ofDays(1).toMillis();

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "P", description = "port to listen on (0: any free)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
            description = "address to listen on (default 127.0.0.1)")
    String host;

    @Option(names = "--system-id", paramLabel = "ID", description = "accept only this system_id (with --password)")
    String systemId;

    @Option(names = "--password", paramLabel = "PW", description = "the password for --system-id")
    String password;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "emulate a provider profile: 8x8, sms-smpp-routes, ycloud, selfhost, generic")
    String provider;

    @Option(names = "--receipt-delay-ms", defaultValue = "0", paramLabel = "N", description = "delay of receipts")
    long receiptDelayMs;

    @Option(names = "--mo-every", paramLabel = "N", description = "send an MO message after every N messages")
    Integer moEvery;

    @Option(names = "--rate", paramLabel = "N", description = "limit submits per second (default: the --provider's"
            + " limit, else none), per bind or as the provider counts; a submit over it gets ESME_RTHROTTLED")
    Integer rate;

    @Option(names = "--congestion-state", description = "tell ESMEs bound as SMPP 5.0 how much of the rate limit is in"
            + " use: congestion_state in every OK submit answer, 100 once the next submit would be throttled")
    boolean congestionState;

    @Option(names = "--first-id", paramLabel = "N", description = "number the message ids from N (default 1), so that"
            + " they do not repeat those of an earlier run that a client may still hold receipts for")
    Long firstId;

    @Option(names = "--duration", paramLabel = "S", description = "stop after S seconds (default: until interrupted)")
    Integer durationSeconds;

    @Option(names = "--error-response-body", description = "answer errors with an empty body after the header, for "
            + "ESMEs that cannot read the header-only form the spec asks for (e.g. gosmpp up to 0.2.1)")
    boolean errorResponseBody;

    @Option(names = "--assume-tlvs", description = "take ESMEs that bind with an interface_version below 0x34 (SMPP"
            + " 3.3, or 0 that some libraries leave unset) as SMPP 3.4, so that their receipts carry"
            + " receipted_message_id and message_state; without it they get receipts as text alone")
    boolean assumeTlvs;

    private final ReentrantLock printLock = new ReentrantLock();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        SimulatorBuilder builder = configure(SmppSimulator.builder(), out);
        CountDownLatch stop = new CountDownLatch(1);
        SmppSimulator simulator = start(builder);
        // on SIGINT/SIGTERM the hook unbinds the clients and closes the port before the JVM halts
        Thread hook = new Thread(() -> {
            simulator.close();
            stop.countDown();
        }, "smpp-simulate-shutdown");
        try {
            InetSocketAddress address = simulator.localAddress();
            out.println("listening on " + address.getHostString() + ":" + address.getPort());
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            if (durationSeconds == null) {
                stop.await();
            } else {
                stop.await(Duration.ofSeconds(durationSeconds).toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            removeHook(hook);
            simulator.close();
        }
        return 0;
    }

    private SimulatorBuilder configure(SimulatorBuilder builder, PrintWriter out) {
        if (port < 0 || port > 65535) {
            throw CliFailure.usage("--port " + port + " is not a TCP port (0..65535)");
        }
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            // else the server's bind fails with an UnresolvedAddressException that has no message
            throw CliFailure.usage("--host " + host + " cannot be resolved to an address to listen on");
        }
        if ((systemId == null) != (password == null)) {
            throw CliFailure.usage("give --system-id and --password together");
        }
        if (systemId != null) {
            // a bind carries no more, so no client could ever match longer ones
            ConnectionOptions.checkField("--system-id", systemId, 15);
            ConnectionOptions.checkField("--password", password, 8);
        }
        if (receiptDelayMs > MAX_RECEIPT_DELAY_MS) {
            throw CliFailure.usage("--receipt-delay-ms must be at most " + MAX_RECEIPT_DELAY_MS + " (one day)");
        }
        if (receiptDelayMs < 0 || moEvery != null && moEvery < 1 || durationSeconds != null && durationSeconds < 0
                || rate != null && rate < 1 || firstId != null && firstId < 1) {
            throw CliFailure.usage("--receipt-delay-ms, --mo-every, --rate, --first-id and --duration must be"
                    + " positive");
        }
        builder.host(host).port(port).receiptDelay(Duration.ofMillis(receiptDelayMs))
                .listener(event -> print(out, event));
        if (systemId != null) {
            builder.credential(systemId, password);
        }
        if (provider != null) {
            builder.provider(Providers.byName(provider).orElseThrow(() -> CliFailure.usage("unknown provider '"
                    + provider + "' (known: " + String.join(", ", Providers.names()) + ")")));
        }
        if (moEvery != null) {
            builder.moEvery(moEvery);
        }
        if (rate != null) {
            builder.ratePerSecond(rate);
        }
        builder.congestionState(congestionState);
        if (firstId != null) {
            builder.firstMessageNumber(firstId);
        }
        if (assumeTlvs) {
            builder.lowVersionBindsAs(InterfaceVersion.V34);
        }
        if (errorResponseBody) {
            // reference §2.6: header-only is the spec form; this is its interop switch
            builder.serverSettings(server -> server.codecConfig(CodecConfig.builder().errorResponseBody(true).build()));
        }
        return builder;
    }

    private static SmppSimulator start(SimulatorBuilder builder) {
        try {
            return builder.start();
        } catch (RuntimeException e) {
            throw CliFailure.failed("cannot start the simulator: " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }

    private void print(PrintWriter out, SimulatorEvent event) {
        printLock.lock();
        try {
            out.println(Json.line(Events.toMap(event.event(), (Record) event)));
            out.flush();
        } finally {
            printLock.unlock();
        }
    }

    /** Removes a shutdown hook unless the JVM is already running it. */
    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
            // the JVM is already stopping, or start failed before the hook was added
        }
    }
}
