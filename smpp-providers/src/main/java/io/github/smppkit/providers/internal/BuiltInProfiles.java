package io.github.smppkit.providers.internal;

import io.github.smppkit.providers.ProfileFormatException;
import io.github.smppkit.providers.ProviderProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the profiles shipped as resources ({@code io/github/smppkit/providers/<name>.profile}) once, on first
 * use, and hands out the cached instances.
 *
 * <p>Thread-safety: the lazy holder is initialised under the JVM's class-initialisation lock; afterwards
 * everything is immutable.
 */
public final class BuiltInProfiles {
    /** The built-in profile names, in listing order. */
    public static final List<String> NAMES = List.of("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic");

    private BuiltInProfiles() {
    }

    /** Initialised on first use. */
    private static final class Holder {
        static final List<ProviderProfile> ALL = load();
    }

    /**
     * Returns the built-in profiles.
     *
     * @return the profiles in {@link #NAMES} order
     */
    public static List<ProviderProfile> all() {
        return Holder.ALL;
    }

    /**
     * Returns the generic profile.
     *
     * @return the profile named {@code generic}
     */
    public static ProviderProfile generic() {
        return Holder.ALL.get(NAMES.indexOf("generic"));
    }

    private static List<ProviderProfile> load() {
        List<ProviderProfile> out = new ArrayList<>();
        for (String name : NAMES) {
            String file = name + ".profile";
            ProviderProfile profile = ProfileReader.read(file, read(file));
            if (!profile.name().equals(name)) {
                throw new ProfileFormatException(file, 0, "name " + profile.name() + " (expected " + name + ")");
            }
            out.add(profile);
        }
        return List.copyOf(out);
    }

    private static String read(String file) {
        try (InputStream in = ProviderProfile.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("profile resource missing: io/github/smppkit/providers/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("profile resource unreadable: " + file, e);
        }
    }
}
