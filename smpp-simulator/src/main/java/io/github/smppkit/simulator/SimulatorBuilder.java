package io.github.smppkit.simulator;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.providers.RateScope;
import io.github.smppkit.providers.ReceiptRouting;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.simulator.internal.DaemonThreads;
import io.github.smppkit.simulator.internal.ProviderRules;
import io.github.smppkit.simulator.internal.Settings;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Settings of an {@link SmppSimulator}; {@link #start()} starts one. With {@link #provider(ProviderProfile)} the
 * profile supplies the bind limit, throughput, accepted PDUs, validation, receipt routing, receipt date zone and
 * message-id base; every explicit setting wins over the profile.
 *
 * <p>Thread-safety: not thread-safe.
 *
 * @since 0.1.0
 */
public final class SimulatorBuilder {

    private String host = "127.0.0.1";
    private int port;
    private String systemId = "smppkit-sim";
    private Map<String, String> credentials;
    private MessageIdStyle idStyle;
    private Duration receiptDelay = Duration.ZERO;
    private Function<String, ReceiptState> receiptState = destination -> ReceiptState.DELIVRD;
    private ReceiptRoute receiptRoute;
    private int moEvery;
    private String moText = "Thanks, got it";
    private ProviderProfile profile;
    private Integer maxBinds;
    private CommandStatus bindLimitStatus;
    private Integer rate;
    private CommandStatus throttleStatus = CommandStatus.ESME_RTHROTTLED;
    private int rejectEvery;
    private CommandStatus rejectEveryStatus = CommandStatus.ESME_RSUBMITFAIL;
    private Predicate<SubmitSm> rejectIf = submit -> false;
    private CommandStatus rejectIfStatus = CommandStatus.ESME_RSUBMITFAIL;
    private boolean validate = true;
    private InstantSource clock = InstantSource.system();
    private final List<SimulatorListener> listeners = new ArrayList<>();
    private ThreadFactory threadFactory = DaemonThreads.INSTANCE;
    private Consumer<ServerConfig.Builder> serverSettings = b -> { };
    private int maxRecorded = 100_000;
    private InterfaceVersion lowVersionBindsAs;
    private boolean congestionState;
    private long firstMessageNumber = 1;

    SimulatorBuilder() {
    }

    /** Sets the address to listen on (default 127.0.0.1). @param v host @return this builder */
    public SimulatorBuilder host(String v) {
        host = Objects.requireNonNull(v, "host");
        return this;
    }

    /** Sets the port, 0 for an ephemeral one (default 0). @param v port @return this builder */
    public SimulatorBuilder port(int v) {
        if (v < 0 || v > 65535) {
            throw new IllegalArgumentException("port: " + v + " (expected 0..65535)");
        }
        port = v;
        return this;
    }

    /** Sets the SMSC system_id sent in bind responses (default "smppkit-sim"). @param v id @return this builder */
    public SimulatorBuilder systemId(String v) {
        systemId = Objects.requireNonNull(v, "systemId");
        return this;
    }

    /**
     * Accepts only these credentials: an unknown system_id gets ESME_RINVSYSID, a wrong password ESME_RINVPASWD,
     * or the provider's documented bind status for them (YCloud's 3).
     *
     * @param systemIdToPassword system_id to password
     * @return this builder
     */
    public SimulatorBuilder credentials(Map<String, String> systemIdToPassword) {
        credentials = new LinkedHashMap<>(Objects.requireNonNull(systemIdToPassword, "credentials"));
        return this;
    }

    /**
     * Adds one accepted system_id and password; from the first call on, only added credentials bind.
     *
     * @param systemId the system_id
     * @param password the password
     * @return this builder
     */
    public SimulatorBuilder credential(String systemId, String password) {
        if (credentials == null) {
            credentials = new LinkedHashMap<>();
        }
        credentials.put(Objects.requireNonNull(systemId, "systemId"), Objects.requireNonNull(password, "password"));
        return this;
    }

    /** Accepts any system_id and password (the default). @return this builder */
    public SimulatorBuilder acceptAnyCredentials() {
        credentials = null;
        return this;
    }

    /** Sets the id style of answers and receipts (default: the profile's, else decimal). @param v style @return this */
    public SimulatorBuilder messageIdStyle(MessageIdStyle v) {
        idStyle = Objects.requireNonNull(v, "messageIdStyle");
        return this;
    }

    /**
     * Sets the number of the first message id, written in the id style (default 1, so that a test can expect the
     * ids 1, 2, 3...). Starting elsewhere keeps the ids of one run from repeating those of an earlier one, which a
     * client's receipt store may still hold.
     *
     * @param v the number, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code v} is below 1
     */
    public SimulatorBuilder firstMessageNumber(long v) {
        if (v < 1) {
            throw new IllegalArgumentException("firstMessageNumber: " + v + " (expected >= 1)");
        }
        firstMessageNumber = v;
        return this;
    }

    /** Sets the delay before a receipt is sent (default zero). @param v delay @return this builder */
    public SimulatorBuilder receiptDelay(Duration v) {
        if (Objects.requireNonNull(v, "receiptDelay").isNegative()) {
            throw new IllegalArgumentException("receiptDelay: " + v + " (expected >= 0)");
        }
        receiptDelay = v;
        return this;
    }

    /** Sets the final state of every receipt (default DELIVRD). @param v state @return this builder */
    public SimulatorBuilder receiptState(ReceiptState v) {
        Objects.requireNonNull(v, "receiptState");
        receiptState = destination -> v;
        return this;
    }

    /**
     * Sets the final state of receipts as a function of the message's destination_addr.
     *
     * @param v destination to state; must be thread-safe and never return null
     * @return this builder
     */
    public SimulatorBuilder receiptStates(Function<String, ReceiptState> v) {
        receiptState = Objects.requireNonNull(v, "receiptStates");
        return this;
    }

    /** Sets which bind gets receipts (default: the profile's, else SAME_SESSION). @param v route @return this */
    public SimulatorBuilder receiptRoute(ReceiptRoute v) {
        receiptRoute = Objects.requireNonNull(v, "receiptRoute");
        return this;
    }

    /**
     * Sends an MO message back (from the message's destination to its source) after every {@code n}-th complete
     * message; 0 (the default) never.
     *
     * @param n the interval
     * @return this builder
     */
    public SimulatorBuilder moEvery(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("moEvery: " + n + " (expected >= 0)");
        }
        moEvery = n;
        return this;
    }

    /** Sets the text of the messages {@link #moEvery(int)} sends. @param v text @return this builder */
    public SimulatorBuilder moText(String v) {
        moText = Objects.requireNonNull(v, "moText");
        return this;
    }

    /** Emulates a provider profile. @param v the profile @return this builder */
    public SimulatorBuilder provider(ProviderProfile v) {
        profile = Objects.requireNonNull(v, "provider");
        return this;
    }

    /**
     * Emulates a provider profile by name, e.g. {@code "8x8"}.
     *
     * @param name a name from {@code Providers.names()}
     * @return this builder
     * @throws IllegalArgumentException for an unknown name
     */
    public SimulatorBuilder provider(String name) {
        return provider(Providers.byName(name).orElseThrow(() -> new IllegalArgumentException("provider: '" + name
                + "' is unknown (expected one of " + Providers.names() + ")")));
    }

    /** Limits binds per system_id (default: the profile's limit, else none). @param v limit @return this builder */
    public SimulatorBuilder maxBinds(int v) {
        if (v < 1) {
            throw new IllegalArgumentException("maxBinds: " + v + " (expected >= 1)");
        }
        maxBinds = v;
        return this;
    }

    /**
     * Sets the answer to a bind over the limit (default: the provider's code for it, else ESME_RBINDFAIL).
     *
     * @param v a non-OK status
     * @return this builder
     */
    public SimulatorBuilder bindLimitStatus(CommandStatus v) {
        bindLimitStatus = errorStatus(v, "bindLimitStatus");
        return this;
    }

    /**
     * Limits submits per second (default: the profile's throughput, per bind or per system_id as the profile
     * says; else none). Without a profile the limit counts per bind.
     *
     * @param v submits per second, at least 1
     * @return this builder
     */
    public SimulatorBuilder ratePerSecond(int v) {
        if (v < 1) {
            throw new IllegalArgumentException("ratePerSecond: " + v + " (expected >= 1)");
        }
        rate = v;
        return this;
    }

    /** Sets the answer to a submit over the rate (default ESME_RTHROTTLED). @param v status @return this builder */
    public SimulatorBuilder throttleStatus(CommandStatus v) {
        throttleStatus = errorStatus(v, "throttleStatus");
        return this;
    }

    /**
     * Rejects every {@code n}-th submit (counted from start or {@link SmppSimulator#reset()}) with a status.
     *
     * @param n the interval, at least 1
     * @param status the answer
     * @return this builder
     */
    public SimulatorBuilder rejectEvery(int n, CommandStatus status) {
        if (n < 1) {
            throw new IllegalArgumentException("rejectEvery: " + n + " (expected >= 1)");
        }
        rejectEvery = n;
        rejectEveryStatus = errorStatus(status, "status");
        return this;
    }

    /**
     * Rejects each {@code submit_sm} a predicate matches with a status.
     *
     * @param condition the predicate; must be thread-safe
     * @param status the answer
     * @return this builder
     */
    public SimulatorBuilder rejectIf(Predicate<SubmitSm> condition, CommandStatus status) {
        rejectIf = Objects.requireNonNull(condition, "condition");
        rejectIfStatus = errorStatus(status, "status");
        return this;
    }

    /**
     * Turns the profile's message validator on or off (default on): a {@code submit_sm} or {@code data_sm}
     * breaking a rule gets the provider's code for it, or the standard one ({@code submit_multi} is not checked).
     *
     * @param v whether to validate
     * @return this builder
     */
    public SimulatorBuilder validate(boolean v) {
        validate = v;
        return this;
    }

    /**
     * Takes ESMEs that bind with an {@code interface_version} below 0x34 as speaking {@code v} (default: as the
     * SMPP 3.3 they announce, whose receipts go as text alone). Some libraries leave the field 0 yet need the
     * receipt TLVs ({@code receipted_message_id}, {@code message_state}): larvitsmpp refuses every receipt
     * without them.
     *
     * @param v the version to take them as, e.g. {@code InterfaceVersion.V34}
     * @return this builder
     */
    public SimulatorBuilder lowVersionBindsAs(InterfaceVersion v) {
        lowVersionBindsAs = Objects.requireNonNull(v, "lowVersionBindsAs");
        return this;
    }

    /**
     * Reports SMPP 5.0 {@code congestion_state} in the OK answers to submits from ESMEs bound as 5.0 (default off,
     * as the TLV is optional): the share of the bind's rate limit in use, 0 to 99, and 100 (congested) when the
     * next submit would be throttled; 0 without a rate limit. It lets a test watch a client ease off before the
     * throttling answers start.
     *
     * @param v whether to report it
     * @return this builder
     */
    public SimulatorBuilder congestionState(boolean v) {
        congestionState = v;
        return this;
    }

    /**
     * Sets the clock of rate limits and receipt dates (default: system clock); a fixed clock makes the rate
     * limit count exactly.
     *
     * @param v the clock
     * @return this builder
     */
    public SimulatorBuilder clock(InstantSource v) {
        clock = Objects.requireNonNull(v, "clock");
        return this;
    }

    /** Adds a listener. @param v the listener @return this builder */
    public SimulatorBuilder listener(SimulatorListener v) {
        listeners.add(Objects.requireNonNull(v, "listener"));
        return this;
    }

    /** Sets where the scheduler and session threads come from. @param v the factory @return this builder */
    public SimulatorBuilder threadFactory(ThreadFactory v) {
        threadFactory = Objects.requireNonNull(v, "threadFactory");
        return this;
    }

    /**
     * Adjusts the session server settings (window, timeouts, TLS ...); host, port, system_id and thread factory
     * are set before, authenticator, request handler and observer after this.
     *
     * @param v changes to apply
     * @return this builder
     */
    public SimulatorBuilder serverSettings(Consumer<ServerConfig.Builder> v) {
        serverSettings = Objects.requireNonNull(v, "serverSettings");
        return this;
    }

    /** Sets how many submits and messages {@code received()} keeps (default 100,000). @param v most @return this */
    public SimulatorBuilder maxRecorded(int v) {
        if (v < 1) {
            throw new IllegalArgumentException("maxRecorded: " + v + " (expected >= 1)");
        }
        maxRecorded = v;
        return this;
    }

    /**
     * Starts a simulator with these settings.
     *
     * @return the running simulator
     * @throws io.github.smppkit.session.SmppConnectionException if the address cannot be listened on
     */
    public SmppSimulator start() {
        return SmppSimulator.start(settings());
    }

    private Settings settings() {
        Optional<ProviderProfile> p = Optional.ofNullable(profile);
        List<MessageIdStyle> styles = idStyle != null ? List.of(idStyle, idStyle)
                : p.map(ProviderRules::idStyles).orElse(List.of(MessageIdStyle.DECIMAL, MessageIdStyle.DECIMAL));
        int binds = maxBinds != null ? maxBinds : p.map(x -> x.binding().maxBinds().orElse(0)).orElse(0);
        CommandStatus bindStatus = bindLimitStatus != null ? bindLimitStatus
                : p.map(ProviderRules::bindLimitStatus).orElse(CommandStatus.ESME_RBINDFAIL);
        int r = rate != null ? rate : p.map(x -> x.throughput().rate().orElse(0)).orElse(0);
        boolean perBind = p.map(x -> x.throughput().scope() == RateScope.BIND).orElse(true);
        ReceiptRoute route = receiptRoute != null ? receiptRoute
                : p.filter(x -> x.receipts().routing() == ReceiptRouting.ANY_BIND_OF_SYSTEM_ID)
                        .map(x -> ReceiptRoute.ANY_BIND_OF_SYSTEM_ID).orElse(ReceiptRoute.SAME_SESSION);
        // the appendix's yyMMddHHmm (reference §10), which receipt parsers such as python-smpplib's expect
        ReceiptFormatter formatter = ReceiptFormatter.of(p.flatMap(x -> x.receipts().dateZone()).orElse(ZoneOffset.UTC),
                ReceiptFormatter.DateStyle.APPENDIX);
        ServerConfig.Builder server = ServerConfig.builder().host(host).port(port).systemId(systemId)
                .threadFactory(threadFactory).maxBindsPerSystemId(Integer.MAX_VALUE);
        serverSettings.accept(server);
        return new Settings(server.build(), Optional.ofNullable(credentials), styles.get(0), styles.get(1),
                receiptDelay, receiptState, route, formatter, moEvery, moText, p, binds, bindStatus, r, perBind,
                throttleStatus, rejectEvery, rejectEveryStatus, rejectIf, rejectIfStatus, validate, clock,
                listeners, threadFactory, maxRecorded, Optional.ofNullable(lowVersionBindsAs), congestionState,
                firstMessageNumber);
    }

    private static CommandStatus errorStatus(CommandStatus v, String name) {
        if (Objects.requireNonNull(v, name).isOk()) {
            throw new IllegalArgumentException(name + ": ESME_ROK (expected an error status)");
        }
        return v;
    }
}
