package io.github.smppkit.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindAdmission;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.RateLimiter;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.TlsConfig;
import java.util.List;
import java.util.OptionalInt;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Session client presets derived from the profiles. */
class ProviderClientsTest {
    private static final ProviderProfile X8 = Providers.byName("8x8").orElseThrow();
    private static final ProviderProfile ROUTES = Providers.byName("sms-smpp-routes").orElseThrow();
    private static final ProviderProfile YCLOUD = Providers.byName("ycloud").orElseThrow();
    private static final ProviderProfile SELFHOST = Providers.byName("selfhost").orElseThrow();

    private static ClientConfig build(ClientConfig.Builder b) {
        return b.systemId("acct").password("secret").build();
    }

    /** A token bucket never holds more than one second's worth, whatever the time: this reads the rate. */
    private static void assertRate(RateLimiter limiter, int perSecond) {
        assertThat(limiter.tryAcquire(perSecond + 1)).isFalse();
        assertThat(limiter.tryAcquire(perSecond)).isTrue();
    }

    @Test
    void x8PlainInTheDefaultRegion() {
        ClientConfig c = build(X8.clientBuilder());
        assertThat(c.host()).isEqualTo("smpp.8x8.com");
        assertThat(c.port()).isEqualTo(2775);
        assertThat(c.tls()).isEmpty();
        assertThat(c.interfaceVersion()).isEqualTo(InterfaceVersion.V34);
        assertThat(c.bindType()).isEqualTo(BindType.TRANSCEIVER);
        assertRate(c.rateLimiter(), 50);
    }

    @Test
    void x8TlsInEuropeUsesTls12Only() throws Exception {
        TlsConfig trust = TlsConfig.of(SSLContext.getDefault());
        ClientConfig c = build(ProviderClients.of(X8.region("eu")).tlsBuilder(trust));
        assertThat(c.host()).isEqualTo("smpp.8x8.uk");
        assertThat(c.port()).isEqualTo(2776);
        assertThat(c.tls()).get().extracting(TlsConfig::protocols).isEqualTo(List.of("TLSv1.2"));
    }

    @Test
    void x8RateIsPerBindWhateverTheNumberOfBinds() {
        assertThat(ProviderClients.of(X8, 4).ratePerBind()).isEqualTo(OptionalInt.of(50));
        assertRate(build(ProviderClients.of(X8, 4).builder()).rateLimiter(), 50);
    }

    @Test
    void accountRatesAreSharedAmongBinds() {
        assertThat(ProviderClients.of(SELFHOST).ratePerBind()).isEqualTo(OptionalInt.of(10));
        assertThat(ProviderClients.of(SELFHOST, 2).ratePerBind()).isEqualTo(OptionalInt.of(5));
        assertThat(ProviderClients.of(ROUTES, 2).ratePerBind()).isEqualTo(OptionalInt.of(15));
        assertRate(build(ProviderClients.of(ROUTES, 2).builder()).rateLimiter(), 15);
    }

    @Test
    void noDocumentedRateMeansNoLimiter() {
        ClientConfig c = build(YCLOUD.clientBuilder());
        assertThat(c.rateLimiter()).isSameAs(RateLimiter.unlimited());
        assertThat(c.host()).isEqualTo("smpp.ycloud.com");
        assertThat(c.port()).isEqualTo(30002);
    }

    @Test
    void ycloudTlsPortWithItsCertificate() throws Exception {
        ClientConfig c = build(ProviderClients.of(YCLOUD).tlsBuilder(TlsConfig.of(SSLContext.getDefault())));
        assertThat(c.port()).isEqualTo(30012);
        assertThat(c.tls()).get().extracting(TlsConfig::protocols).isEqualTo(TlsConfig.DEFAULT_PROTOCOLS);
    }

    @Test
    void selfhostHasNoTlsAndRecommendsTransceiver() {
        assertThatThrownBy(() -> ProviderClients.of(SELFHOST).tlsBuilder())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("selfhost documents no TLS port (TLS: Not required)");
        ClientConfig c = build(SELFHOST.clientBuilder());
        assertThat(c.bindType()).isEqualTo(BindType.TRANSCEIVER);
        assertThat(c.port()).isEqualTo(2558);
    }

    @Test
    void bindTypeFallsBackToTheFirstAllowed() {
        ProviderProfile rxOnly = Providers.parse("rx.profile", ProfileLoaderTest.generic()
                .replace("bind-types = bind_transmitter, bind_receiver, bind_transceiver", "bind-types = bind_receiver"));
        assertThat(ProviderClients.of(rxOnly).bindType()).isEqualTo(BindType.RECEIVER);
    }

    @Test
    void throttlingStatusesComeFromTheCatalog() {
        assertThat(build(YCLOUD.clientBuilder()).throttlingStatuses().test(6)).isTrue();
        assertThat(build(X8.clientBuilder()).throttlingStatuses().test(6)).isFalse();
        for (ProviderProfile p : Providers.builtIn()) {
            ClientConfig c = build(ProviderClients.of(p).builder().host("localhost"));
            assertThat(c.throttlingStatuses().test(0x58)).as(p.name()).isTrue();
            assertThat(c.throttlingStatuses().test(0x14)).as(p.name()).isTrue();
            assertThat(c.throttlingStatuses().test(0)).as(p.name()).isFalse();
        }
    }

    @Test
    void bindAdmissionRefusesTheFifthBindOnOneSubAccount() {
        ProviderClients clients = ProviderClients.of(X8);
        BindAdmission admission = build(clients.builder()).bindAdmission();
        assertThat(admission).isSameAs(build(clients.tlsBuilder()).bindAdmission());
        for (int i = 0; i < 4; i++) {
            admission.acquire("acct");
        }
        admission.acquire("other");
        assertThatThrownBy(() -> admission.acquire("acct")).isInstanceOfSatisfying(SmppException.class,
                e -> assertThat(e.category()).isEqualTo(SmppException.Category.BIND))
                .hasMessage("8x8 allows at most 4 binds per sub-account; system_id 'acct' already has 4 open");
        admission.release("acct");
        admission.acquire("acct");
    }

    @Test
    void unlimitedWhereNoMaximumIsDocumented() {
        assertThat(ProviderClients.of(YCLOUD).bindAdmission()).isSameAs(BindAdmission.UNLIMITED);
    }

    @Test
    void plannedBindsMustFitTheLimit() {
        assertThatThrownBy(() -> ProviderClients.of(ROUTES, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("binds: 3 (expected 1..2: sms-smpp-routes allows at most 2 binds)");
        assertThatThrownBy(() -> ProviderClients.of(YCLOUD, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void genericNeedsAHost() {
        ClientConfig.Builder b = Providers.generic().clientBuilder();
        assertThatThrownBy(() -> build(b)).isInstanceOf(RuntimeException.class).hasMessageContaining("host");
        ClientConfig c = build(b.host("smsc.example.com"));
        assertThat(c.port()).isEqualTo(2775);
        assertThat(c.interfaceVersion()).isEqualTo(InterfaceVersion.V34);
        assertThat(c.rateLimiter()).isSameAs(RateLimiter.unlimited());
    }
}
