package io.github.smppkit.cli;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.providers.Region;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smpp providers [--json]}: the provider profiles and their documented limits. */
@Command(name = "providers", mixinStandardHelpOptions = true,
        description = "Lists the provider profiles with their hosts, ports, TLS, bind, rate and message size limits.")
final class ProvidersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "one JSON object per profile per line")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ProviderProfile profile : Providers.all()) {
            Map<String, Object> fields = fields(profile);
            if (json) {
                out.println(Json.line(fields));
            } else {
                out.println(profile.name() + " (" + profile.displayName() + ")");
                fields.forEach((key, value) -> {
                    if (!key.equals("name") && !key.equals("display_name")) {
                        out.println("  " + key + ": " + value);
                    }
                });
            }
        }
        return 0;
    }

    static Map<String, Object> fields(ProviderProfile profile) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", profile.name());
        fields.put("display_name", profile.displayName());
        Map<String, String> regions = new LinkedHashMap<>();
        for (Region region : profile.endpoint().regions()) {
            regions.put(region.name(), region.host());
        }
        fields.put("regions", regions);
        fields.put("port", value(profile.endpoint().port()));
        fields.put("tls_port", value(profile.endpoint().tlsPort()));
        fields.put("tls_version", profile.endpoint().tlsVersion().orElse(null));
        fields.put("bind_types", names(profile.binding().bindTypes()));
        fields.put("max_binds", value(profile.binding().maxBinds()));
        fields.put("rate_per_second", value(profile.throughput().rate()));
        fields.put("rate_scope", profile.throughput().scope().name().toLowerCase(Locale.ROOT));
        fields.put("max_rate_per_second", value(profile.throughput().maximum()));
        fields.put("accepted_pdus", names(profile.acceptedPdus()));
        fields.put("data_codings", profile.messages().dataCodings().stream().map(DataCoding::value)
                .collect(Collectors.toList()));
        fields.put("max_message_octets", value(profile.messages().maxOctets()));
        fields.put("max_message_chars", value(profile.messages().maxDefaultAlphabetChars()));
        fields.put("receipt_routing", profile.receipts().routing().name().toLowerCase(Locale.ROOT));
        fields.put("error_catalog", profile.errorCatalogName());
        return fields;
    }

    private static Object value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static List<String> names(List<CommandId> commands) {
        return commands.stream().map(CommandId::specName).collect(Collectors.toList());
    }
}
