package io.github.smppkit.cli;

import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.errors.ErrorInfo;
import io.github.smppkit.errors.ErrorScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smpp errors CODE [--provider NAME] [--json]}: explains a command_status or receipt error code. */
@Command(name = "errors", mixinStandardHelpOptions = true,
        description = {"Explains a status code: the standard name, the provider's meaning where it differs, and "
                + "whether to retry.", "CODE is decimal or 0x hex."})
final class ErrorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "the code, decimal (88) or hex (0x58)")
    String code;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "a provider profile: 8x8, sms-smpp-routes, ycloud, selfhost, generic")
    String provider;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "status",
            description = "where the code came from: status (default), bind, submit, receipt-err, receipt-status,"
                    + " receipt-stat")
    String scope;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        int value = parseCode(code);
        ErrorScope errorScope = parseScope(scope);
        ErrorCatalog catalog = catalog(provider);
        List<ErrorInfo> entries = catalog.lookup(errorScope, value);
        if (json) {
            spec.commandLine().getOut().println(Json.line(toJson(value, errorScope, catalog, entries)));
        } else {
            spec.commandLine().getOut().println(catalog.explain(errorScope, value).stripTrailing());
        }
        return 0;
    }

    static int parseCode(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
                return Integer.parseUnsignedInt(trimmed.substring(2), 16);
            }
            return Integer.parseUnsignedInt(trimmed);
        } catch (NumberFormatException e) {
            throw CliFailure.usage("bad code '" + text + "' (expected decimal like 88 or hex like 0x58)");
        }
    }

    private static ErrorScope parseScope(String text) {
        for (ErrorScope candidate : ErrorScope.values()) {
            if (candidate.token().equals(text.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw CliFailure.usage("unknown scope '" + text + "' (expected status, bind, submit, receipt-err, "
                + "receipt-status or receipt-stat)");
    }

    static ErrorCatalog catalog(String provider) {
        if (provider == null) {
            return ErrorCatalog.standard();
        }
        try {
            return ErrorCatalog.forProvider(provider);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("unknown provider '" + provider + "' (known: "
                    + String.join(", ", ErrorCatalog.providerNames()) + ")");
        }
    }

    private Map<String, Object> toJson(int value, ErrorScope errorScope, ErrorCatalog catalog,
            List<ErrorInfo> entries) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", Integer.toUnsignedLong(value));
        out.put("hex", ErrorInfo.hex(value));
        out.put("scope", errorScope.token());
        out.put("provider", provider == null ? "standard" : provider.toLowerCase(Locale.ROOT));
        out.put("retry", catalog.retryClass(errorScope, value).name());
        // success is retry class PERMANENT too (nothing to retry); this flag tells the two apart
        out.put("success", catalog.resolve(errorScope, value).map(ErrorInfo::success).orElse(false));
        List<Map<String, Object>> list = new ArrayList<>();
        for (ErrorInfo info : entries) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("source", info.source());
            entry.put("name", info.name());
            entry.put("description", info.description());
            entry.put("retry", info.retry().name());
            entry.put("success", info.success());
            entry.put("relation", info.relation().name().toLowerCase(Locale.ROOT));
            if (!info.remedy().isEmpty()) {
                entry.put("remedy", info.remedy());
            }
            list.add(entry);
        }
        out.put("meanings", list);
        return out;
    }
}
