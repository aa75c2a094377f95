package io.github.smppkit.providers.internal;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.Npi;
import io.github.smppkit.codec.type.Ton;
import io.github.smppkit.dlr.StandardIdPolicy;
import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.providers.AddressRules;
import io.github.smppkit.providers.BindRules;
import io.github.smppkit.providers.Endpoint;
import io.github.smppkit.providers.MessageRules;
import io.github.smppkit.providers.ProfileFormatException;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.RateScope;
import io.github.smppkit.providers.ReceiptRouting;
import io.github.smppkit.providers.ReceiptRules;
import io.github.smppkit.providers.Region;
import io.github.smppkit.providers.Throughput;
import io.github.smppkit.providers.TonNpi;
import io.github.smppkit.providers.internal.ProfileLines.Line;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one loader of provider profile data files (format at the top of {@code generic.profile}): reads every key,
 * converts each value, and reports the first problem with file, line and key. Turning a line into a typed value
 * is {@link ProfileValues}' job.
 *
 * <p>Thread-safety: stateless; every call works on its own data.
 */
public final class ProfileReader {
    private ProfileReader() {
    }

    /**
     * Reads one profile.
     *
     * @param file file name used in messages, e.g. {@code "8x8.profile"}
     * @param text the file content
     * @return the profile
     * @throws ProfileFormatException naming file, line and key of the first problem
     */
    public static ProviderProfile read(String file, String text) {
        ProfileLines lines = ProfileLines.parse(file, text);
        ProfileValues v = new ProfileValues(lines);
        Line nameLine = lines.take("name");
        String name = v.name(nameLine);
        String displayName = lines.take("display-name").value();
        List<String> seeds = v.words(lines.take("seeds"), "none");
        Endpoint endpoint = endpoint(lines, v);
        BindRules binding = binding(lines, v);
        Throughput throughput = throughput(lines, v);
        List<CommandId> accepted = v.list(lines.take("accepted-pdus"), "command names such as submit_sm",
                ProfileValues::commandId);
        AddressRules addresses = addresses(lines, v);
        MessageRules messages = messages(lines, v);
        ReceiptRules receipts = receipts(lines, v);
        Line catalogLine = lines.take("error-catalog");
        if (!ErrorCatalog.providerNames().contains(catalogLine.value())) {
            throw lines.error(catalogLine, "one of " + ErrorCatalog.providerNames());
        }
        List<String> notes = new ArrayList<>();
        lines.notes().forEach(n -> notes.add(n.value()));
        lines.checkAllRead();
        try {
            return new ProviderProfile(name, displayName, seeds, endpoint, binding, throughput, accepted, addresses,
                    messages, receipts, catalogLine.value(), notes);
        } catch (IllegalArgumentException e) {
            throw new ProfileFormatException(file, 0, e.getMessage());
        }
    }

    private static Endpoint endpoint(ProfileLines lines, ProfileValues v) {
        Line regionsLine = lines.take("regions");
        List<String> names = v.words(regionsLine, "none");
        List<Region> regions = new ArrayList<>();
        for (String region : names) {
            if (regions.stream().anyMatch(r -> r.name().equals(region))) {
                throw lines.error(regionsLine, "distinct region names");
            }
            Line label = lines.take("region." + region + ".label");
            Line host = lines.take("region." + region + ".host");
            regions.add(new Region(region, v.isUnspecified(label) ? region : label.value(), v.host(host)));
        }
        Line defaultLine = lines.take("default-region");
        String selected = "none".equals(defaultLine.value()) ? "" : defaultLine.value();
        int index = names.indexOf(selected);
        if (names.isEmpty() ? !selected.isEmpty() : index < 0) {
            throw lines.error(defaultLine, names.isEmpty() ? "none, as no regions are listed" : "one of " + names);
        }
        if (index > 0) {
            // The default region goes first, so that listings show it first.
            regions.add(0, regions.remove(index));
        }
        return new Endpoint(regions, selected, v.port(lines.take("port")), v.port(lines.take("tls.port")),
                v.tlsVersion(lines.take("tls.version")), v.text(lines.take("tls.certificate")),
                v.text(lines.take("tls.note")));
    }

    private static BindRules binding(ProfileLines lines, ProfileValues v) {
        Optional<InterfaceVersion> version = v.version(lines.take("smpp-version"));
        List<CommandId> bindTypes = v.list(lines.take("bind-types"), "bind_receiver, bind_transmitter or"
                + " bind_transceiver", ProfileValues::bindType);
        return new BindRules(version, bindTypes, v.optional(lines.take("bind-type.recommended"),
                "bind_receiver, bind_transmitter or bind_transceiver", ProfileValues::bindType),
                v.count(lines.take("max-binds")), v.text(lines.take("max-binds.scope")),
                v.count(lines.take("password.max-length")), v.text(lines.take("password.note")));
    }

    private static Throughput throughput(ProfileLines lines, ProfileValues v) {
        Line rate = lines.take("throughput");
        Line scope = lines.take("throughput.scope");
        Line maximum = lines.take("throughput.maximum");
        RateScope parsedScope = v.isUnspecified(scope) ? RateScope.UNSPECIFIED
                : v.one(scope, "bind, account or unspecified", ProfileValues::rateScope);
        try {
            return new Throughput(v.count(rate), parsedScope, v.count(maximum));
        } catch (IllegalArgumentException e) {
            throw lines.error(maximum, "at least the throughput");
        }
    }

    private static AddressRules addresses(ProfileLines lines, ProfileValues v) {
        List<Ton> sourceTons = v.list(lines.take("source.ton"), "TON values 0..255", s -> Ton.of(v.octet(s)));
        List<Npi> sourceNpis = v.list(lines.take("source.npi"), "NPI values 0..255", s -> Npi.of(v.octet(s)));
        Line alpha = lines.take("source.alphanumeric");
        Optional<TonNpi> alphanumeric = v.optional(alpha, "TON/NPI such as 5/0", s -> tonNpi(v, s));
        List<Ton> destTons = v.list(lines.take("destination.ton"), "TON values 0..255", s -> Ton.of(v.octet(s)));
        List<Npi> destNpis = v.list(lines.take("destination.npi"), "NPI values 0..255", s -> Npi.of(v.octet(s)));
        Line lengthLine = lines.take("destination.length");
        int[] range = v.range(lengthLine);
        Line formatLine = lines.take("destination.format");
        return new AddressRules(sourceTons, sourceNpis, alphanumeric, destTons, destNpis,
                range.length == 0 ? OptionalInt.empty() : OptionalInt.of(range[0]),
                range.length == 0 ? OptionalInt.empty() : OptionalInt.of(range[1]),
                v.text(formatLine));
    }

    private static TonNpi tonNpi(ProfileValues v, String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(s);
        }
        return new TonNpi(Ton.of(v.octet(s.substring(0, slash))), Npi.of(v.octet(s.substring(slash + 1))));
    }

    private static MessageRules messages(ProfileLines lines, ProfileValues v) {
        List<DataCoding> codings = v.list(lines.take("data-codings"), "data_coding values 0..255",
                s -> DataCoding.of(v.octet(s)));
        Line nullLine = lines.take("submit.null-fields");
        List<String> nullFields = v.words(nullLine, "unspecified");
        for (String field : nullFields) {
            if (!MessageRules.NULLABLE_FIELDS.contains(field)) {
                throw lines.error(nullLine, "fields among " + MessageRules.NULLABLE_FIELDS);
            }
        }
        return new MessageRules(codings, v.count(lines.take("message.max-octets")),
                v.count(lines.take("message.max-default-chars")), nullFields);
    }

    private static ReceiptRules receipts(ProfileLines lines, ProfileValues v) {
        Line format = lines.take("receipt.format");
        if (!v.isUnspecified(format) && !"standard".equals(format.value())) {
            throw lines.error(format, "standard or unspecified");
        }
        Optional<ZoneId> zone = v.optional(lines.take("receipt.date-zone"), "a zone id such as UTC",
                s -> ZoneId.of(s).normalized());
        List<String> stats = v.words(lines.take("receipt.stats"), "unspecified");
        Line routingLine = lines.take("receipt.routing");
        ReceiptRouting routing = v.isUnspecified(routingLine) ? ReceiptRouting.UNSPECIFIED
                : v.one(routingLine, "any-bind-of-system-id or unspecified", ProfileValues::routing);
        Optional<StandardIdPolicy> policy = v.optional(lines.take("message-id.policy"), "a StandardIdPolicy name such as NUMERIC",
                StandardIdPolicy::valueOf);
        return new ReceiptRules(v.text(format), zone, stats, routing, policy);
    }
}
