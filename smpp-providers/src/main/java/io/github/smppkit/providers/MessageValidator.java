package io.github.smppkit.providers;

import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.Npi;
import io.github.smppkit.codec.type.Ton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * Checks PDUs and binds against one provider's rules before sending, and names each rule broken, e.g.
 * {@code "selfhost supports data_coding 0 and 8, not 3"}. Rules the provider does not document are not
 * checked, except the password length, where the {@code generic} profile's SMPP 3.4 limit applies.
 *
 * <p>{@code submit_sm}, {@code data_sm} and {@code submit_multi} get the same message rules; a {@code data_sm}
 * carries its text in {@code message_payload} only, and of a {@code submit_multi} each SME address is checked as
 * a destination, while a distribution list is not: it names a list the SMSC holds, not an address.
 *
 * <p>Each {@link Violation#rule()} is the profile data key of the rule. Source and destination TON/NPI rules
 * are skipped for an empty address (NULL: the provider's default applies). A source address is alphanumeric
 * when it contains anything but the ASCII digits {@code 0-9}, apart from one leading {@code '+'}: that is an
 * international number, e.g. {@code "+639171234567"}.
 *
 * <p>Thread-safety: immutable, safe to share.
 *
 * @since 0.1.0
 */
public final class MessageValidator {
    private final ProviderProfile profile;
    private final String name;

    private MessageValidator(ProviderProfile profile) {
        this.profile = profile;
        this.name = profile.name();
    }

    /**
     * Returns a validator for a profile.
     *
     * @param profile the provider's profile
     * @return the validator
     */
    public static MessageValidator of(ProviderProfile profile) {
        return new MessageValidator(Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Checks any PDU the client is about to send; see {@link ProviderProfile#validate(Pdu)}.
     *
     * @param pdu the PDU
     * @return every rule broken; empty when the PDU passes
     */
    public List<Violation> validate(Pdu pdu) {
        Objects.requireNonNull(pdu, "pdu");
        if (pdu instanceof SubmitSm) {
            return validate((SubmitSm) pdu);
        }
        List<Violation> out = new ArrayList<>();
        checkAccepted(pdu.commandId(), out);
        if (pdu instanceof DataSm) {
            DataSm data = (DataSm) pdu;
            // data_sm has neither short_message nor sm_default_msg_id
            checkMessage(data.serviceType(), 0, data.dataCoding(), Bytes.EMPTY, data.tlvs(), out);
            checkSource(data.source(), out);
            checkDestination(data.destination(), out);
        } else if (pdu instanceof SubmitMulti) {
            SubmitMulti multi = (SubmitMulti) pdu;
            checkMessage(multi.serviceType(), multi.smDefaultMsgId(), multi.dataCoding(), multi.shortMessage(),
                    multi.tlvs(), out);
            checkSource(multi.source(), out);
            for (DestAddress destination : multi.destAddresses()) {
                if (destination instanceof SmeAddress) {
                    checkDestination(((SmeAddress) destination).address(), out);
                }
            }
        } else if (pdu instanceof Bind) {
            Bind<?> bind = (Bind<?>) pdu;
            checkBindType(bind.commandId(), out);
            checkVersion(bind.interfaceVersion(), out);
        }
        return List.copyOf(out);
    }

    /**
     * Checks a {@code submit_sm}; see {@link ProviderProfile#validate(SubmitSm)}.
     *
     * @param submit the message
     * @return every rule broken; empty when the message passes
     */
    public List<Violation> validate(SubmitSm submit) {
        Objects.requireNonNull(submit, "submit");
        List<Violation> out = new ArrayList<>();
        checkAccepted(CommandId.SUBMIT_SM, out);
        checkMessage(submit.serviceType(), submit.smDefaultMsgId(), submit.dataCoding(), submit.shortMessage(),
                submit.tlvs(), out);
        checkSource(submit.source(), out);
        checkDestination(submit.destination(), out);
        return List.copyOf(out);
    }

    /**
     * Checks a bind about to be opened; see {@link ProviderProfile#validateBind(CommandId, int, String)}.
     *
     * @param bindType     a bind command
     * @param currentBinds binds already open for the same account
     * @param password     the password (only its length is looked at)
     * @return every rule broken; empty when the bind passes
     * @throws IllegalArgumentException if {@code bindType} is not a bind command or {@code currentBinds} is
     *                                  negative
     */
    public List<Violation> validateBind(CommandId bindType, int currentBinds, String password) {
        Objects.requireNonNull(bindType, "bindType");
        Objects.requireNonNull(password, "password");
        if (!BindRules.isBind(bindType)) {
            throw new IllegalArgumentException("bindType: " + bindType.specName() + " is not a bind command");
        }
        if (currentBinds < 0) {
            throw new IllegalArgumentException("currentBinds: " + currentBinds + " (expected >= 0)");
        }
        List<Violation> out = new ArrayList<>();
        checkAccepted(bindType, out);
        checkBindType(bindType, out);
        checkBindCount(currentBinds, out);
        checkPassword(password, out);
        return List.copyOf(out);
    }

    /**
     * Checks a bind PDU; see {@link ProviderProfile#validateBind(Bind, int)}.
     *
     * @param bind         the bind request
     * @param currentBinds binds already open for the same account
     * @return every rule broken; empty when the bind passes
     * @throws IllegalArgumentException if {@code currentBinds} is negative
     */
    public List<Violation> validateBind(Bind<?> bind, int currentBinds) {
        Objects.requireNonNull(bind, "bind");
        List<Violation> out = new ArrayList<>(validateBind(bind.commandId(), currentBinds, bind.password()));
        checkVersion(bind.interfaceVersion(), out);
        return List.copyOf(out);
    }

    private void checkAccepted(CommandId id, List<Violation> out) {
        if (!profile.accepts(id)) {
            List<String> names = new ArrayList<>();
            profile.acceptedPdus().forEach(c -> names.add(c.specName()));
            out.add(violation("accepted-pdus", name + " does not accept " + id.specName() + " (accepted: "
                    + String.join(", ", names) + ")"));
        }
    }

    private void checkBindType(CommandId type, List<Violation> out) {
        List<CommandId> types = profile.binding().bindTypes();
        if (!types.isEmpty() && !types.contains(type)) {
            out.add(violation("bind-types", name + " does not allow " + type.specName() + " (allowed: "
                    + join(types.size(), i -> types.get(i).specName()) + ")"));
        }
    }

    private void checkVersion(InterfaceVersion version, List<Violation> out) {
        profile.binding().smppVersion().ifPresent(expected -> {
            if (!expected.equals(version)) {
                out.add(violation("smpp-version", name + " requires SMPP " + versionText(expected)
                        + " (interface_version " + hex(expected.value()) + "), not " + hex(version.value())));
            }
        });
    }

    private void checkBindCount(int currentBinds, List<Violation> out) {
        OptionalInt max = profile.binding().maxBinds();
        if (max.isPresent() && currentBinds >= max.getAsInt()) {
            String scope = profile.binding().maxBindsScope().map(s -> " per " + s).orElse("");
            out.add(violation("max-binds", name + " allows at most " + max.getAsInt() + " binds" + scope + " ("
                    + currentBinds + " already open)"));
        }
    }

    private void checkPassword(String password, List<Violation> out) {
        BindRules own = profile.binding();
        OptionalInt max = own.passwordMaxLength().isPresent() ? own.passwordMaxLength()
                : Providers.generic().binding().passwordMaxLength();
        if (max.isPresent() && password.length() > max.getAsInt()) {
            String note = own.passwordNote().map(n -> " (" + n + ")").orElse("");
            out.add(violation("password.max-length", name + ": the password has " + password.length()
                    + " characters, at most " + max.getAsInt() + " fit SMPP 3.4" + note));
        }
    }

    /** The rules on a message's content and fields, whichever PDU carries it; 0 is a NULL sm_default_msg_id. */
    private void checkMessage(String serviceType, int smDefaultMsgId, DataCoding dataCoding, Bytes shortMessage,
            Tlvs tlvs, List<Violation> out) {
        checkDataCoding(dataCoding.value(), out);
        checkLength(dataCoding.value(), shortMessage, tlvs, out);
        checkNullFields(serviceType, smDefaultMsgId, out);
    }

    private void checkDataCoding(int dataCoding, List<Violation> out) {
        var codings = profile.messages().dataCodings();
        if (!codings.isEmpty() && codings.stream().noneMatch(dc -> dc.value() == dataCoding)) {
            out.add(violation("data-codings", name + " supports data_coding "
                    + join(codings.size(), i -> Integer.toString(codings.get(i).value())) + ", not " + dataCoding));
        }
    }

    /** Checks the message content: short_message, or message_payload when short_message is empty. */
    private void checkLength(int dataCoding, Bytes shortMessage, Tlvs tlvs, List<Violation> out) {
        MessageRules rules = profile.messages();
        boolean defaultAlphabet = dataCoding == 0;
        OptionalInt limit = defaultAlphabet && rules.maxDefaultAlphabetChars().isPresent()
                ? rules.maxDefaultAlphabetChars() : rules.maxOctets();
        if (limit.isEmpty()) {
            return;
        }
        String field = "short_message";
        Bytes content = shortMessage;
        if (content.isEmpty() && tlvs.contains(StandardTlvs.MESSAGE_PAYLOAD.tag())) {
            field = "message_payload";
            content = tlvs.get(StandardTlvs.MESSAGE_PAYLOAD).orElse(Bytes.EMPTY);
        }
        if (content.size() > limit.getAsInt()) {
            String rule = defaultAlphabet && rules.maxDefaultAlphabetChars().isPresent()
                    ? "message.max-default-chars" : "message.max-octets";
            String detail = rules.maxDefaultAlphabetChars().isPresent() && rules.maxOctets().isPresent()
                    ? " (" + rules.maxOctets().getAsInt() + " octets, or " + rules.maxDefaultAlphabetChars().getAsInt()
                            + " characters with data_coding 0)"
                    : "";
            out.add(violation(rule, name + ": " + field + " of " + content.size() + " octets with data_coding "
                    + dataCoding + " exceeds " + limit.getAsInt() + detail));
        }
    }

    private void checkNullFields(String serviceType, int smDefaultMsgId, List<Violation> out) {
        for (String field : profile.messages().nullFields()) {
            String value = "service_type".equals(field) ? serviceType
                    : smDefaultMsgId == 0 ? "" : Integer.toString(smDefaultMsgId);
            if (!value.isEmpty()) {
                out.add(violation("submit.null-fields", name + " requires " + field + " to be NULL, not '" + value
                        + "'"));
            }
        }
    }

    private void checkSource(Address source, List<Violation> out) {
        if (source.value().isEmpty()) {
            return;
        }
        AddressRules rules = profile.addresses();
        rules.alphanumericSource().ifPresent(required -> {
            boolean alphanumeric = !isNumber(source.value());
            if (alphanumeric && (!required.ton().equals(source.ton()) || !required.npi().equals(source.npi()))) {
                out.add(violation("source.alphanumeric", name + ": source_addr '" + source.value()
                        + "' is alphanumeric: TON must be " + required.ton().value() + " and NPI "
                        + required.npi().value() + " (got " + source.ton().value() + "/" + source.npi().value()
                        + ")"));
            }
        });
        checkTon("source.ton", "source_addr_ton", rules.sourceTons(), source.ton(), out);
        checkNpi("source.npi", "source_addr_npi", rules.sourceNpis(), source.npi(), out);
    }

    /** Digits, after at most one leading '+': a number written in international form is still a number. */
    private static boolean isNumber(String value) {
        int digitsFrom = value.startsWith("+") ? 1 : 0;
        return value.length() > digitsFrom && value.chars().skip(digitsFrom).allMatch(c -> c >= '0' && c <= '9');
    }

    private void checkDestination(Address destination, List<Violation> out) {
        AddressRules rules = profile.addresses();
        if (!destination.value().isEmpty()) {
            checkTon("destination.ton", "dest_addr_ton", rules.destinationTons(), destination.ton(), out);
            checkNpi("destination.npi", "dest_addr_npi", rules.destinationNpis(), destination.npi(), out);
        }
        int length = destination.value().length();
        int min = rules.destinationMinLength().orElse(0);
        int max = rules.destinationMaxLength().orElse(Integer.MAX_VALUE);
        if (length < min || length > max) {
            out.add(violation("destination.length", name + ": destination_addr '" + destination.value() + "' has "
                    + length + " characters (expected " + rules.destinationMinLength().orElse(1) + " to "
                    + (max == Integer.MAX_VALUE ? "any" : Integer.toString(max)) + ")"));
        }
        rules.destinationFormat().ifPresent(format -> {
            if (!AddressRules.matchesFormat(format, destination.value())) {
                out.add(violation("destination.format", name + " expects destination_addr like " + format
                        + " (x = any digit), not '" + destination.value() + "'"));
            }
        });
    }

    private void checkTon(String rule, String field, List<Ton> allowed, Ton actual, List<Violation> out) {
        if (!allowed.isEmpty() && !allowed.contains(actual)) {
            out.add(violation(rule, name + " accepts " + field + " "
                    + join(allowed.size(), i -> Integer.toString(allowed.get(i).value())) + ", not " + actual.value()));
        }
    }

    private void checkNpi(String rule, String field, List<Npi> allowed, Npi actual, List<Violation> out) {
        if (!allowed.isEmpty() && !allowed.contains(actual)) {
            out.add(violation(rule, name + " accepts " + field + " "
                    + join(allowed.size(), i -> Integer.toString(allowed.get(i).value())) + ", not " + actual.value()));
        }
    }

    private Violation violation(String rule, String message) {
        return new Violation(name, rule, message);
    }

    /** Joins as {@code "a"}, {@code "a and b"}, {@code "a, b and c"}. */
    private static String join(int count, IntFunction<String> item) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(i == count - 1 ? " and " : ", ");
            }
            sb.append(item.apply(i));
        }
        return sb.toString();
    }

    private static String versionText(InterfaceVersion version) {
        return (version.value() >> 4) + "." + (version.value() & 0x0F);
    }

    private static String hex(int value) {
        return String.format("0x%02X", value);
    }
}
