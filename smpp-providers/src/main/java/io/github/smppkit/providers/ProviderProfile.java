package io.github.smppkit.providers;

import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.MessageIdPolicy;
import io.github.smppkit.dlr.ReceiptParser;
import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.errors.ErrorInfo;
import io.github.smppkit.errors.ErrorScope;
import io.github.smppkit.session.ClientConfig;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything smppkit knows about one SMPP provider, as data: loaded from a resource file per provider (see
 * {@link Providers}), each value traceable to the provider's documentation. Where that documentation is silent
 * the component is empty ("unspecified") and, for validation, the {@code generic} profile's value applies.
 *
 * <p>Besides the data, a profile answers the questions a client has before sending: {@link #validate(SubmitSm)},
 * {@link #validate(Pdu)} and {@link #validateBind(CommandId, int, String)} name each provider rule broken;
 * {@link #errorCatalog()}, {@link #throttlingStatuses()}, {@link #messageIdPolicy()} and {@link #receiptParser()}
 * give the provider's error meanings and receipt conventions.
 *
 * <p>Thread-safety: immutable.
 *
 * @param name             profile name, lower case, e.g. {@code "8x8"}
 * @param displayName      human name, e.g. {@code "Enhanced SMPP (sms-smpp-routes)"}
 * @param seeds            the documents the values come from (files in {@code shared/seeds}); empty for
 *                         {@code generic}
 * @param endpoint         regions, hosts, ports and TLS
 * @param binding          SMPP version, bind types and limits, password rule
 * @param throughput       documented sending rate
 * @param acceptedPdus     the commands the provider accepts, in its order; empty when not restricted
 * @param addresses        source and destination address rules
 * @param messages         message content rules
 * @param receipts         receipt format, date zone, routing and message-id policy
 * @param errorCatalogName the name for {@link ErrorCatalog#forProvider(String)}
 * @param notes            other documented facts worth knowing, in plain words
 * @since 0.1.0
 */
public record ProviderProfile(String name, String displayName, List<String> seeds, Endpoint endpoint,
        BindRules binding, Throughput throughput, List<CommandId> acceptedPdus, AddressRules addresses,
        MessageRules messages, ReceiptRules receipts, String errorCatalogName, List<String> notes) {

    /**
     * Copies the lists and checks that no component is null or blank.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a name is blank
     */
    public ProviderProfile {
        Checks.notBlank(name, "name");
        Checks.notBlank(displayName, "displayName");
        seeds = Checks.list(seeds, "seeds");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(throughput, "throughput");
        acceptedPdus = Checks.list(acceptedPdus, "acceptedPdus");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(receipts, "receipts");
        Checks.notBlank(errorCatalogName, "errorCatalogName");
        notes = Checks.list(notes, "notes");
    }

    /**
     * Returns this profile with another region selected, e.g. {@code Providers.byName("8x8").get().region("eu")}.
     *
     * @param regionName a region name, case-insensitive, e.g. {@code "eu"}
     * @return the profile for that region
     * @throws IllegalArgumentException if the provider has no such region; the message lists the regions
     */
    public ProviderProfile region(String regionName) {
        return new ProviderProfile(name, displayName, seeds, endpoint.withRegion(regionName), binding, throughput,
                acceptedPdus, addresses, messages, receipts, errorCatalogName, notes);
    }

    /**
     * Tells whether the provider accepts a command from the client. A response is accepted when listed, or
     * when its request is listed (the provider may send that request, and SMPP requires an answer);
     * {@code generic_nack} is always accepted, since SMPP requires it for an undecodable PDU.
     *
     * @param id a command id
     * @return {@code true} when accepted, always when {@link #acceptedPdus()} is empty
     */
    public boolean accepts(CommandId id) {
        Objects.requireNonNull(id, "id");
        if (acceptedPdus.isEmpty() || acceptedPdus.contains(id) || id == CommandId.GENERIC_NACK) {
            return true;
        }
        if (id.isResponse()) {
            for (CommandId request : acceptedPdus) {
                if (request.response() == id) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Checks a {@code submit_sm} against the provider's rules: accepted PDUs, data_coding, message length, NULL
     * fields, source and destination TON/NPI, destination length and format.
     *
     * @param submit the message about to be sent
     * @return every rule broken, in that order; empty when the message passes
     */
    public List<Violation> validate(SubmitSm submit) {
        return MessageValidator.of(this).validate(submit);
    }

    /**
     * Checks any PDU the client is about to send: the command must be accepted, a {@code submit_sm} must pass
     * {@link #validate(SubmitSm)}, a {@code data_sm} and a {@code submit_multi} the same message rules (each SME
     * address of a {@code submit_multi} as a destination; a distribution list has no address to check), and a
     * bind must pass the bind-type and SMPP-version rules.
     *
     * @param pdu the PDU about to be sent
     * @return every rule broken; empty when the PDU passes
     */
    public List<Violation> validate(Pdu pdu) {
        return MessageValidator.of(this).validate(pdu);
    }

    /**
     * Checks a bind about to be opened: bind type, number of binds and password length.
     *
     * @param bindType     {@code BIND_RECEIVER}, {@code BIND_TRANSMITTER} or {@code BIND_TRANSCEIVER}
     * @param currentBinds binds already open for the same account, at least 0
     * @param password     the password (only its length is looked at; it never appears in a violation)
     * @return every rule broken; empty when the bind passes
     * @throws IllegalArgumentException if {@code bindType} is not a bind command or {@code currentBinds} is
     *                                  negative
     */
    public List<Violation> validateBind(CommandId bindType, int currentBinds, String password) {
        return MessageValidator.of(this).validateBind(bindType, currentBinds, password);
    }

    /**
     * Checks a bind PDU about to be sent: as {@link #validateBind(CommandId, int, String)}, plus its
     * {@code interface_version} against the provider's SMPP version.
     *
     * @param bind         the bind request
     * @param currentBinds binds already open for the same account, at least 0
     * @return every rule broken; empty when the bind passes
     * @throws IllegalArgumentException if {@code currentBinds} is negative
     */
    public List<Violation> validateBind(Bind<?> bind, int currentBinds) {
        return MessageValidator.of(this).validateBind(bind, currentBinds);
    }

    /**
     * Returns the provider's error catalog: the standard meanings with the provider's on top.
     *
     * @return {@code ErrorCatalog.forProvider(errorCatalogName())}
     */
    public ErrorCatalog errorCatalog() {
        return ErrorCatalog.forProvider(errorCatalogName);
    }

    /**
     * Returns the command_status values that mean "slow down" in a {@code submit_sm_resp} from this provider,
     * per its catalog ({@code isThrottling(SUBMIT_STATUS, code)}), e.g. YCloud's submit status 6.
     *
     * @return the statuses in ascending unsigned order, never empty for the built-in catalogs
     */
    public List<CommandStatus> throttlingStatuses() {
        ErrorCatalog catalog = errorCatalog();
        Set<Integer> codes = new LinkedHashSet<>();
        for (ErrorInfo info : catalog.entries()) {
            if (info.scope().isCommandStatus() && catalog.isThrottling(ErrorScope.SUBMIT_STATUS, info.code())) {
                codes.add(info.code());
            }
        }
        List<Integer> sorted = new ArrayList<>(codes);
        sorted.sort(Integer::compareUnsigned);
        List<CommandStatus> statuses = new ArrayList<>();
        sorted.forEach(code -> statuses.add(CommandStatus.of(code)));
        return List.copyOf(statuses);
    }

    /**
     * Returns how message ids from {@code submit_sm_resp} and receipts are compared for this provider: its
     * documented policy, else the {@code generic} profile's.
     *
     * @return the policy
     */
    public MessageIdPolicy messageIdPolicy() {
        return receipts.messageIdPolicy().or(() -> Providers.generic().receipts().messageIdPolicy())
                .orElseThrow();
    }

    /**
     * Returns a receipt parser reading dates in the provider's zone (UTC when not documented).
     *
     * @return the parser
     */
    public ReceiptParser receiptParser() {
        return ReceiptParser.builder().zone(receipts.dateZone().orElse(ZoneOffset.UTC)).build();
    }

    /**
     * Returns the rate one bind may use when {@code binds} binds are open: see {@link Throughput#perBind(int)}.
     *
     * @param binds binds sharing the account, at least 1
     * @return messages per second, empty when no rate is documented
     */
    public OptionalInt ratePerBind(int binds) {
        return throughput.perBind(binds);
    }

    /**
     * Returns a session client builder preset for this profile and a single bind: see {@link ProviderClients},
     * which also presets TLS and shares a bind limit across builders.
     *
     * @return a new builder on the plain port; the caller adds {@code systemId} and {@code password}
     */
    public ClientConfig.Builder clientBuilder() {
        return ProviderClients.of(this).builder();
    }

    /**
     * Returns the name and selected region.
     *
     * @return e.g. {@code "8x8 (region eu: smpp.8x8.uk)"}
     */
    @Override
    public String toString() {
        return endpoint.selectedRegion().map(r -> name + " (region " + r.name() + ": " + r.host() + ")").orElse(name);
    }
}
