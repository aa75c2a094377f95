package io.github.smppkit.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the catalogs shipped as resources once, on first use, and hands out the cached instances.
 *
 * <p>Thread-safety: the lazy holder is initialised under the JVM's class-initialisation lock; afterwards
 * everything is immutable.
 */
final class BuiltInCatalogs {
    static final List<String> PROVIDERS = List.of("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic");
    private static final String GENERIC = "generic";

    private BuiltInCatalogs() {
    }

    /** Initialised on first use, so a codec-only user never pays for parsing. */
    private static final class Holder {
        static final CatalogTable STANDARD_TABLE = load(ErrorInfo.STANDARD_SOURCE, null);
        static final LayeredCatalog STANDARD = new LayeredCatalog(List.of(STANDARD_TABLE));
        static final Map<String, ErrorCatalog> BY_NAME = loadProviders();

        private static Map<String, ErrorCatalog> loadProviders() {
            Map<String, ErrorCatalog> byName = new LinkedHashMap<>();
            for (String name : PROVIDERS) {
                byName.put(name, GENERIC.equals(name) ? STANDARD
                        : new LayeredCatalog(List.of(STANDARD_TABLE, load(name, STANDARD_TABLE))));
            }
            return Map.copyOf(byName);
        }
    }

    static ErrorCatalog standard() {
        return Holder.STANDARD;
    }

    static ErrorCatalog forProvider(String name) {
        ErrorCatalog catalog = Holder.BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        if (catalog == null) {
            throw new IllegalArgumentException("provider: '" + name + "' (expected one of " + PROVIDERS + ")");
        }
        return catalog;
    }

    static ErrorCatalog parse(String file, String text) {
        CatalogTable table = CatalogLoader.parse(file, text, Holder.STANDARD_TABLE);
        return new LayeredCatalog(List.of(Holder.STANDARD_TABLE, table));
    }

    private static CatalogTable load(String name, CatalogTable standard) {
        String file = name + ".tsv";
        CatalogTable table = CatalogLoader.parse(file, read(file), standard);
        if (!table.source().equals(name)) {
            throw new CatalogFormatException(file, 0, "@source " + table.source() + " (expected " + name + ")");
        }
        return table;
    }

    private static String read(String file) {
        try (InputStream in = BuiltInCatalogs.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: io/github/smppkit/errors/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("catalog resource unreadable: " + file, e);
        }
    }
}
