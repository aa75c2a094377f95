package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.errors.ErrorInfo;
import io.github.smppkit.errors.ErrorScope;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Violation;
import io.github.smppkit.simulator.MessageIdStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a provider profile into the statuses and id styles the simulator answers with. A provider's own code is
 * preferred where its catalog describes the situation (found by the entry's description, e.g. selfhost's
 * "Invalid destination address" is 0x0E); otherwise the standard status applies.
 *
 * <p>Thread-safety: stateless.
 */
public final class ProviderRules {

    private static final Set<String> FILLER = Set.of("invalid", "is", "the", "error");

    private ProviderRules() {
    }

    /**
     * Returns the status a bind over the provider's bind limit gets: the provider's documented code for an
     * exceeded connection limit (YCloud's bind status 5), else ESME_RBINDFAIL, or ESME_RALYBND when the provider
     * gives 0x0D another meaning (selfhost). 8x8 documents the limit but no code, so it gets ESME_RBINDFAIL.
     *
     * @param profile the provider
     * @return the status
     */
    public static CommandStatus bindLimitStatus(ProviderProfile profile) {
        ErrorCatalog catalog = profile.errorCatalog();
        for (ErrorInfo info : catalog.entries()) {
            if (own(profile, info) && (info.scope() == ErrorScope.BIND_STATUS
                    || info.scope() == ErrorScope.COMMAND_STATUS)) {
                String d = normalise(info.description());
                if (d.contains("connection limit") || d.contains("bind limit") || d.contains("too many binds")) {
                    return CommandStatus.of(info.code());
                }
            }
        }
        // selfhost gives 0x0D the meaning "Invalid source address"; its 0x05 "Invalid bind status" at least
        // speaks of binding, so a client reading that catalog is sent the right way.
        return contradicted(catalog, CommandStatus.ESME_RBINDFAIL) ? CommandStatus.ESME_RALYBND
                : CommandStatus.ESME_RBINDFAIL;
    }

    /**
     * Returns the status a bind with an unknown system_id or a wrong password gets: the provider's documented bind
     * status naming the system_id (or the password), e.g. YCloud's 3 "Invalid SMPP system ID and password", else
     * the standard one, unless the provider gives that number another meaning: then ESME_RBINDFAIL, or when that is
     * taken too, the other credentials status.
     *
     * @param profile the provider
     * @param standard ESME_RINVSYSID or ESME_RINVPASWD
     * @return the status
     */
    public static CommandStatus credentialsStatus(ProviderProfile profile, CommandStatus standard) {
        boolean systemId = standard.equals(CommandStatus.ESME_RINVSYSID);
        String phrase = systemId ? "system id" : "password";
        ErrorCatalog catalog = profile.errorCatalog();
        for (ErrorInfo info : catalog.entries()) {
            if (own(profile, info) && !info.success() && (info.scope() == ErrorScope.BIND_STATUS
                    || info.scope() == ErrorScope.COMMAND_STATUS) && normalise(info.description()).contains(phrase)) {
                return CommandStatus.of(info.code());
            }
        }
        // selfhost makes 0x0E "Invalid destination address" and 0x0D "Invalid source address", and its 0x05
        // "Invalid bind status" is the standard wording of 0x04 (wrong bind state), not a failed bind. Its 0x0F is
        // still "invalid system_id": a wrong password gets the credentials answer an unknown system_id gets, as
        // YCloud's one status 3 is for both.
        if (!contradicted(catalog, standard)) {
            return standard;
        }
        if (!contradicted(catalog, CommandStatus.ESME_RBINDFAIL)) {
            return CommandStatus.ESME_RBINDFAIL;
        }
        return systemId ? CommandStatus.ESME_RINVPASWD : CommandStatus.ESME_RINVSYSID;
    }

    /**
     * Returns the status a submit breaking a provider rule gets.
     *
     * @param profile the provider
     * @param violation the broken rule
     * @param version the SMPP version the ESME is bound with: SMPP 5.0 statuses go to SMPP 5.0 ESMEs only
     * @return the provider's code for it when its catalog has one, else the standard status
     */
    public static CommandStatus statusFor(ProviderProfile profile, Violation violation, InterfaceVersion version) {
        for (ErrorInfo info : profile.errorCatalog().entries()) {
            if (own(profile, info) && !info.success() && (info.scope() == ErrorScope.SUBMIT_STATUS
                    || info.scope() == ErrorScope.COMMAND_STATUS)
                    && phrases(violation).contains(normalise(info.description()))) {
                return CommandStatus.of(info.code());
            }
        }
        return standardStatus(violation, version);
    }

    /**
     * Returns the id styles for {@code submit_sm_resp} and receipts from the profile's message-id policy: hex
     * where the policy reads hex, decimal otherwise.
     *
     * @param profile the provider
     * @return the response style and the receipt style
     */
    public static List<MessageIdStyle> idStyles(ProviderProfile profile) {
        Optional<StandardIdPolicy> policy = profile.receipts().messageIdPolicy();
        if (policy.isEmpty()) {
            return List.of(MessageIdStyle.DECIMAL, MessageIdStyle.DECIMAL);
        }
        switch (policy.get()) {
            case HEX:
            case CASE_INSENSITIVE:
                return List.of(MessageIdStyle.HEX, MessageIdStyle.HEX);
            case HEX_TO_DECIMAL:
                return List.of(MessageIdStyle.HEX, MessageIdStyle.DECIMAL);
            case DECIMAL_TO_HEX:
                return List.of(MessageIdStyle.DECIMAL, MessageIdStyle.HEX);
            default:
                return List.of(MessageIdStyle.DECIMAL, MessageIdStyle.DECIMAL);
        }
    }

    static CommandStatus standardStatus(Violation violation, InterfaceVersion version) {
        switch (violation.rule()) {
            case "accepted-pdus":
                return CommandStatus.ESME_RINVCMDID;
            case "data-codings":
                // ESME_RINVDCS is new in SMPP 5.0 (0x100-0x3FF are reserved in 3.4); 3.4 has only the generic failure
                return version.value() >= InterfaceVersion.V50.value() ? CommandStatus.ESME_RINVDCS
                        : CommandStatus.ESME_RSUBMITFAIL;
            case "message.max-octets":
            case "message.max-default-chars":
                return CommandStatus.ESME_RINVMSGLEN;
            case "submit.null-fields":
                return violation.message().contains("sm_default_msg_id") ? CommandStatus.ESME_RINVDFTMSGID
                        : CommandStatus.ESME_RINVSERTYP;
            case "source.alphanumeric":
                return CommandStatus.ESME_RINVSRCADR;
            case "source.ton":
                return CommandStatus.ESME_RINVSRCTON;
            case "source.npi":
                return CommandStatus.ESME_RINVSRCNPI;
            case "destination.ton":
                return CommandStatus.ESME_RINVDSTTON;
            case "destination.npi":
                return CommandStatus.ESME_RINVDSTNPI;
            case "destination.length":
            case "destination.format":
                return CommandStatus.ESME_RINVDSTADR;
            default:
                return CommandStatus.ESME_RSUBMITFAIL;
        }
    }

    /** The normalised catalog descriptions that name the situation of a rule. */
    private static Set<String> phrases(Violation violation) {
        switch (violation.rule()) {
            case "data-codings":
                return Set.of("data coding", "data coding scheme");
            case "message.max-octets":
            case "message.max-default-chars":
                return Set.of("message length");
            case "source.alphanumeric":
                return Set.of("source address", "source addr");
            case "source.ton":
                return Set.of("source address ton");
            case "source.npi":
                return Set.of("source address npi");
            case "destination.ton":
                return Set.of("destination address ton");
            case "destination.npi":
                return Set.of("destination address npi");
            case "destination.length":
            case "destination.format":
                return Set.of("destination address", "dest addr", "phone number");
            default:
                return Set.of();
        }
    }

    private static boolean own(ProviderProfile profile, ErrorInfo info) {
        return !info.isStandard() && info.source().equals(profile.errorCatalogName());
    }

    private static boolean contradicted(ErrorCatalog catalog, CommandStatus status) {
        for (ErrorInfo info : catalog.lookup(ErrorScope.BIND_STATUS, status.code())) {
            if (info.contradictsStandard()) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters only, without filler words: "Message length is invalid" becomes "message length". */
    static String normalise(String description) {
        StringBuilder out = new StringBuilder();
        for (String word : description.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }
}
