package io.github.smppkit.providers;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.providers.internal.BindLimit;
import io.github.smppkit.session.BindAdmission;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.RateLimiter;
import io.github.smppkit.session.TlsConfig;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Session client presets for one provider: {@link ClientConfig.Builder}s with host and port of the selected
 * region, TLS port and version, SMPP version, bind type, a rate limiter per bind from the documented throughput,
 * the throttling statuses of the provider's catalog, and a bind limit per {@code system_id}. The caller adds
 * {@code systemId} and {@code password} (and a host for {@code generic}).
 *
 * <pre>{@code
 * ProviderClients clients = ProviderClients.of(Providers.byName("8x8").orElseThrow().region("eu"), 2);
 * ClientConfig config = clients.tlsBuilder().systemId("acct").password("secret").build();
 * }</pre>
 *
 * <p>What is preset, and from where:
 * <ul>
 *   <li>host and port: the selected region's host; the plain or TLS port. With TLS the enabled protocols are
 *       restricted to the documented TLS version when there is one;</li>
 *   <li>{@code interfaceVersion}: the documented SMPP version, else the {@code generic} profile's (3.4);</li>
 *   <li>{@code bindType}: the recommended bind type, else transceiver when allowed, else the first allowed;</li>
 *   <li>{@code rateLimiter}: {@link Throughput#perBind(int)} for the planned number of binds (per-bind rates as
 *       documented, account-wide or unscoped rates shared equally); unlimited when no rate is documented;</li>
 *   <li>{@code throttlingStatuses}: the statuses for which the catalog's {@code isThrottling(SUBMIT_STATUS, code)}
 *       holds, e.g. YCloud's submit status 6;</li>
 *   <li>{@code bindAdmission}: refuses a bind beyond the documented maximum per {@code system_id}, counted over
 *       every config built by this instance (share the instance to share the count);</li>
 *   <li>{@code windowSize}: the session default, as no provider documents a window.</li>
 * </ul>
 *
 * <p>Thread-safety: thread-safe; each call returns a new builder (builders themselves are not thread-safe).
 *
 * @since 0.1.0
 */
public final class ProviderClients {
    private final ProviderProfile profile;
    private final int binds;
    private final BindAdmission admission;
    private final int[] throttling;

    private ProviderClients(ProviderProfile profile, int binds) {
        this.profile = profile;
        this.binds = binds;
        OptionalInt max = profile.binding().maxBinds();
        this.admission = max.isPresent() ? new BindLimit(profile.name(), max.getAsInt(),
                profile.binding().maxBindsScope().map(s -> " per " + s).orElse("")) : BindAdmission.UNLIMITED;
        List<CommandStatus> statuses = profile.throttlingStatuses();
        this.throttling = new int[statuses.size()];
        for (int i = 0; i < throttling.length; i++) {
            throttling[i] = statuses.get(i).code();
        }
    }

    /**
     * Returns presets for a profile, planning a single bind.
     *
     * @param profile the provider's profile, in the region to connect to
     * @return the presets
     */
    public static ProviderClients of(ProviderProfile profile) {
        return of(profile, 1);
    }

    /**
     * Returns presets for a profile, planning {@code binds} simultaneous binds that share the account's rate.
     *
     * @param profile the provider's profile, in the region to connect to
     * @param binds   binds the application will open at once, 1 to the documented maximum
     * @return the presets
     * @throws IllegalArgumentException if {@code binds} is below 1 or above the provider's maximum
     */
    public static ProviderClients of(ProviderProfile profile, int binds) {
        Objects.requireNonNull(profile, "profile");
        OptionalInt max = profile.binding().maxBinds();
        if (binds < 1 || max.isPresent() && binds > max.getAsInt()) {
            throw new IllegalArgumentException("binds: " + binds + " (expected 1.." + (max.isPresent()
                    ? max.getAsInt() + ": " + profile.name() + " allows at most " + max.getAsInt() + " binds"
                    : "n") + ")");
        }
        return new ProviderClients(profile, binds);
    }

    /**
     * Returns the profile.
     *
     * @return the profile these presets come from
     */
    public ProviderProfile profile() {
        return profile;
    }

    /**
     * Returns a builder for a plain TCP connection.
     *
     * @return a new builder with the presets
     */
    public ClientConfig.Builder builder() {
        ClientConfig.Builder b = ClientConfig.builder();
        profile.endpoint().host().ifPresent(b::host);
        profile.endpoint().port().ifPresent(b::port);
        return preset(b);
    }

    /**
     * Returns a builder for a TLS connection that trusts the JDK's default trust store. For a provider whose
     * certificate is not publicly trusted (see {@link Endpoint#tlsCertificate()}, e.g. YCloud) use
     * {@link #tlsBuilder(TlsConfig)} with {@link TlsConfig#trustingPem(String)}.
     *
     * @return a new builder with the presets
     * @throws IllegalStateException if the provider documents no TLS port
     */
    public ClientConfig.Builder tlsBuilder() {
        return tlsBuilder(TlsConfig.systemDefault());
    }

    /**
     * Returns a builder for a TLS connection with the given trust settings; the enabled protocols are
     * restricted to the documented TLS version, when there is one.
     *
     * @param tls trust settings, e.g. {@code TlsConfig.trustingPem(providerCertificate)}
     * @return a new builder with the presets
     * @throws IllegalStateException if the provider documents no TLS port
     */
    public ClientConfig.Builder tlsBuilder(TlsConfig tls) {
        Objects.requireNonNull(tls, "tls");
        Endpoint e = profile.endpoint();
        int port = e.tlsPort().orElseThrow(() -> new IllegalStateException(profile.name()
                + " documents no TLS port" + e.tlsNote().map(n -> " (TLS: " + n + ")").orElse("")));
        ClientConfig.Builder b = ClientConfig.builder().port(port)
                .tls(e.tlsVersion().map(v -> tls.withProtocols(List.of(v))).orElse(tls));
        e.host().ifPresent(b::host);
        return preset(b);
    }

    /**
     * Returns the bind admission shared by every builder of this instance.
     *
     * @return a per-system_id limit, or {@link BindAdmission#UNLIMITED} when no maximum is documented
     */
    public BindAdmission bindAdmission() {
        return admission;
    }

    /**
     * Returns the throttling predicate the builders use.
     *
     * @return true for the statuses of {@link ProviderProfile#throttlingStatuses()}
     */
    public IntPredicate throttlingStatuses() {
        int[] codes = throttling;
        return code -> {
            for (int c : codes) {
                if (c == code) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Returns the rate each bind is limited to.
     *
     * @return messages per second per bind, empty when no rate is documented
     */
    public OptionalInt ratePerBind() {
        return profile.ratePerBind(binds);
    }

    /**
     * Returns the bind type the builders use.
     *
     * @return the recommended type, else transceiver when allowed, else the first allowed type
     */
    public BindType bindType() {
        BindRules rules = profile.binding();
        CommandId type = rules.recommendedBindType().orElse(rules.bindTypes().isEmpty()
                || rules.bindTypes().contains(CommandId.BIND_TRANSCEIVER) ? CommandId.BIND_TRANSCEIVER
                : rules.bindTypes().get(0));
        return BindType.of(type);
    }

    private ClientConfig.Builder preset(ClientConfig.Builder b) {
        InterfaceVersion version = profile.binding().smppVersion()
                .or(() -> Providers.generic().binding().smppVersion()).orElse(InterfaceVersion.V34);
        OptionalInt rate = ratePerBind();
        return b.interfaceVersion(version)
                .bindType(bindType())
                .rateLimiter(rate.isPresent() ? RateLimiter.perSecond(rate.getAsInt()) : RateLimiter.unlimited())
                .throttlingStatuses(throttlingStatuses())
                .bindAdmission(admission);
    }

    @Override
    public String toString() {
        return "ProviderClients[" + profile + ", binds=" + binds + "]";
    }
}
