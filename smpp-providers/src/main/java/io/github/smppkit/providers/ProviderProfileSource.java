package io.github.smppkit.providers;

import java.util.List;

/**
 * A service that contributes provider profiles, found by {@link java.util.ServiceLoader}: declare it in
 * {@code module-info.java} ({@code provides io.github.smppkit.providers.ProviderProfileSource with ...}) or in
 * {@code META-INF/services}; in OSGi the Service Loader Mediator registers it. smppkit's own profiles come from
 * a built-in source that {@link Providers} also reads directly, so they need no discovery.
 *
 * <p>Implementations build profiles with {@link Providers#parse(String, String)} or the record constructors.
 *
 * <p>Thread-safety: implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface ProviderProfileSource {

    /**
     * Returns the profiles of this source.
     *
     * @return the profiles, each with a distinct name
     */
    List<ProviderProfile> profiles();
}
