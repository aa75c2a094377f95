package io.github.smppkit.providers;

import io.github.smppkit.providers.internal.BuiltInProfiles;
import io.github.smppkit.providers.internal.ProfileReader;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds provider profiles by name: {@code 8x8} (regions {@code sg}, the default, and {@code eu}),
 * {@code sms-smpp-routes}, {@code ycloud}, {@code selfhost} and {@code generic}, plus any profile contributed
 * through {@link ProviderProfileSource}.
 *
 * <pre>{@code
 * ProviderProfile eu = Providers.byName("8x8").orElseThrow().region("eu");
 * List<Violation> problems = eu.validate(submitSm);
 * }</pre>
 *
 * <p>The built-in profiles are resource files ({@code io/github/smppkit/providers/<name>.profile}, format at the
 * top of {@code generic.profile}) loaded once, on first use, by one loader that names file, line and key of any
 * problem. They are read directly, so they work the same on the class path, in JPMS and in OSGi; additional
 * sources are found with {@link ServiceLoader} through this class's loader (in OSGi, through the Service Loader
 * Mediator when present). A discovered profile whose name is already taken is ignored with a warning.
 *
 * <p>Thread-safety: all methods are safe to call from any thread; results are immutable.
 *
 * @since 0.1.0
 */
public final class Providers {
    private static final System.Logger LOG = System.getLogger(Providers.class.getName());

    private Providers() {
    }

    /** Discovery runs once, on first use of {@link #all()} or {@link #byName(String)}. */
    private static final class Discovered {
        static final Map<String, ProviderProfile> BY_NAME = discover();
    }

    /**
     * Returns the built-in profiles, read directly without {@link ServiceLoader}.
     *
     * @return {@code 8x8, sms-smpp-routes, ycloud, selfhost, generic}, each in its default region
     */
    public static List<ProviderProfile> builtIn() {
        return BuiltInProfiles.all();
    }

    /**
     * Returns every known profile: the built-in ones, then those of discovered {@link ProviderProfileSource}s.
     *
     * @return the profiles, names unique
     */
    public static List<ProviderProfile> all() {
        return List.copyOf(Discovered.BY_NAME.values());
    }

    /**
     * Returns the names of {@link #all()}.
     *
     * @return e.g. {@code [8x8, sms-smpp-routes, ycloud, selfhost, generic]}
     */
    public static List<String> names() {
        return List.copyOf(Discovered.BY_NAME.keySet());
    }

    /**
     * Finds a profile by name, ignoring case and surrounding blanks. Select a region afterwards with
     * {@link ProviderProfile#region(String)}.
     *
     * @param name e.g. {@code "8x8"} or {@code "YCloud"}
     * @return the profile in its default region, or empty when unknown
     */
    public static Optional<ProviderProfile> byName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(Discovered.BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the {@code generic} profile, whose values apply where a provider's documentation is silent.
     *
     * @return the generic profile
     */
    public static ProviderProfile generic() {
        return BuiltInProfiles.generic();
    }

    /**
     * Parses a profile in the data-file format, e.g. for a provider smppkit does not ship.
     *
     * @param file label used in error messages, e.g. {@code "acme.profile"}
     * @param text the data
     * @return the profile
     * @throws ProfileFormatException naming the line and key of the first problem
     */
    public static ProviderProfile parse(String file, String text) {
        return ProfileReader.read(Objects.requireNonNull(file, "file"), Objects.requireNonNull(text, "text"));
    }

    private static Map<String, ProviderProfile> discover() {
        Map<String, ProviderProfile> byName = new LinkedHashMap<>();
        for (ProviderProfile p : builtIn()) {
            byName.put(p.name(), p);
        }
        for (ProviderProfile p : loadSources()) {
            ProviderProfile known = byName.putIfAbsent(p.name(), p);
            if (known != null && !known.equals(p)) {
                LOG.log(Level.WARNING, () -> "provider profile '" + p.name() + "' is already known; the discovered"
                        + " profile of that name is ignored");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static List<ProviderProfile> loadSources() {
        List<ProviderProfile> found = new ArrayList<>();
        Iterator<ProviderProfileSource> it =
                ServiceLoader.load(ProviderProfileSource.class, Providers.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                found.addAll(it.next().profiles());
            } catch (ServiceConfigurationError e) {
                // A broken third-party source must not hide the built-in profiles; say so and go on.
                LOG.log(Level.WARNING, "provider profile source skipped: " + e.getMessage());
            }
        }
    }
}
