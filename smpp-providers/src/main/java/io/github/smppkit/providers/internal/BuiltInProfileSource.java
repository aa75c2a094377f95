package io.github.smppkit.providers.internal;

import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.ProviderProfileSource;
import java.util.List;

/**
 * The built-in profiles as a {@link ProviderProfileSource} service, so that they are discoverable through
 * {@link java.util.ServiceLoader} (JPMS {@code provides}, {@code META-INF/services}, OSGi Service Loader
 * Mediator) like any other source.
 *
 * <p>Thread-safety: immutable.
 */
public final class BuiltInProfileSource implements ProviderProfileSource {

    /** Creates the source; {@link java.util.ServiceLoader} calls this. */
    public BuiltInProfileSource() {
        // nothing to set up: the profiles are loaded once, by BuiltInProfiles
    }

    @Override
    public List<ProviderProfile> profiles() {
        return BuiltInProfiles.all();
    }
}
