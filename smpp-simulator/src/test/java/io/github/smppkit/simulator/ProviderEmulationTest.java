package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.errors.ErrorScope;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppBindException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed providers' documented behaviour, emulated. A fixed clock makes the token buckets count exactly. */
class ProviderEmulationTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Address SELFHOST_TO = Address.of(0, 1, "09171234567");

    /** provider, binds allowed (profile or override), expected status of the bind after them. */
    @ParameterizedTest
    @CsvSource({
        "8x8, 0, 0x0D",              // documented 4 binds, no documented code: ESME_RBINDFAIL
        "sms-smpp-routes, 0, 0x0D",  // documented 2 binds; the catalog agrees with the standard 0x0D
        "ycloud, 1, 0x05",           // unpublished limit; bind status 5 = "Exceeds connection limit"
        "selfhost, 1, 0x05",         // no limit published; 0x0D means "Invalid source address" there
    })
    void bindBeyondTheLimitIsRefusedWithTheProvidersStatus(String provider, int override, int status)
            throws InterruptedException {
        CountDownLatch unbound = new CountDownLatch(2);
        SimulatorBuilder b = SmppSimulator.builder().provider(provider).listener(e -> {
            if (e instanceof SimulatorEvent.Unbound) {
                unbound.countDown();
            }
        });
        if (override > 0) {
            b.maxBinds(override);
        }
        int limit = override > 0 ? override : Providers.byName(provider).orElseThrow().binding().maxBinds().getAsInt();
        List<Esme> open = new ArrayList<>();
        try (SmppSimulator smsc = b.start()) {
            for (int i = 0; i < limit; i++) {
                open.add(Esme.bind(smsc, BindType.TRANSCEIVER));
            }
            assertThatThrownBy(() -> Esme.bind(smsc, BindType.TRANSCEIVER))
                    .isInstanceOfSatisfying(SmppBindException.class,
                            e -> assertThat(e.status()).isEqualTo(CommandStatus.of(status)));
            // Another system_id has its own limit.
            Esme.bind(smsc, "other", "pw", BindType.TRANSMITTER).close();
            // A closed bind frees its slot.
            open.remove(0).session.unbind();
            assertThat(unbound.await(10, TimeUnit.SECONDS)).isTrue();
            open.add(Esme.bind(smsc, BindType.TRANSCEIVER));
            assertThat(smsc.stats().bindsRejected()).isEqualTo(1);
            assertThat(smsc.stats().binds()).isEqualTo(limit + 2L);
        } finally {
            open.forEach(Esme::close);
        }
    }

    /** provider, status for an unknown system_id, status for a wrong password. */
    @ParameterizedTest
    @CsvSource({
        "ycloud, 0x03, 0x03",            // bind status 3: "Invalid SMPP system ID and password"
        "sms-smpp-routes, 0x0F, 0x0E",   // "Invalid System ID", "Invalid Password", as the standard
        "selfhost, 0x0F, 0x0F",          // 0x0E and 0x0D mean destination and source address there
    })
    void wrongCredentialsGetTheProvidersStatus(String provider, String unknownSystemId, String wrongPassword) {
        try (SmppSimulator smsc = SmppSimulator.builder().provider(provider).credential("esme", "secret").start()) {
            assertThatThrownBy(() -> Esme.bind(smsc, "other", "secret", BindType.TRANSCEIVER))
                    .isInstanceOfSatisfying(SmppBindException.class, e -> assertThat(e.status())
                            .isEqualTo(CommandStatus.of(Integer.decode(unknownSystemId))));
            assertThatThrownBy(() -> Esme.bind(smsc, "esme", "wrong", BindType.TRANSCEIVER))
                    .isInstanceOfSatisfying(SmppBindException.class, e -> assertThat(e.status())
                            .isEqualTo(CommandStatus.of(Integer.decode(wrongPassword))));
            assertThat(smsc.stats().bindsRejected()).isEqualTo(2);
        }
        // The meaning that applies in the provider's catalog (its own where it redefines the number) is a refused
        // credential, not something the provider contradicts.
        ErrorCatalog catalog = Providers.byName(provider).orElseThrow().errorCatalog();
        for (String status : List.of(unknownSystemId, wrongPassword)) {
            assertThat(catalog.resolve(ErrorScope.BIND_STATUS, Integer.decode(status)).orElseThrow().description()
                    .toLowerCase(Locale.ROOT)).as(status).containsAnyOf("system id", "system_id", "password");
        }
    }

    /** provider, rate per second (profile or override), destination. */
    @ParameterizedTest
    @CsvSource({
        "8x8, 0",
        "sms-smpp-routes, 0",
        "ycloud, 7",
        "selfhost, 0",
    })
    void submitsBeyondTheRateAreThrottled(String provider, int override) {
        SimulatorBuilder b = SmppSimulator.builder().provider(provider).clock(FIXED);
        if (override > 0) {
            b.ratePerSecond(override);
        }
        int rate = override > 0 ? override
                : Providers.byName(provider).orElseThrow().throughput().rate().getAsInt();
        UnaryOperator<SubmitSm> fix = provider.equals("selfhost")
                ? s -> s.toBuilder().destination(SELFHOST_TO).build() : s -> s;
        try (SmppSimulator smsc = b.start(); Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            int ok = 0;
            int throttled = 0;
            for (int i = 0; i < rate + 5; i++) {
                CommandStatus s = esme.send(fix.apply(Esme.submit("m" + i, false))).status();
                ok += s.isOk() ? 1 : 0;
                throttled += s.equals(CommandStatus.ESME_RTHROTTLED) ? 1 : 0;
            }
            assertThat(ok).isEqualTo(rate);
            assertThat(throttled).isEqualTo(5);
            assertThat(smsc.stats().throttled()).isEqualTo(5);
        }
    }

    @Test
    void eightByEightRateCountsPerBindAndSelfhostRateCountsPerAccount() {
        try (SmppSimulator smsc = SmppSimulator.builder().provider("8x8").clock(FIXED).start();
                Esme a = Esme.bind(smsc, BindType.TRANSMITTER);
                Esme b = Esme.bind(smsc, BindType.TRANSMITTER)) {
            assertThat(okCount(a, 50, s -> s) + okCount(b, 50, s -> s)).isEqualTo(100);
            assertThat(a.send(Esme.submit("over", false)).status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
        }
        try (SmppSimulator smsc = SmppSimulator.builder().provider("selfhost").clock(FIXED).start();
                Esme a = Esme.bind(smsc, BindType.TRANSMITTER);
                Esme b = Esme.bind(smsc, BindType.TRANSMITTER)) {
            UnaryOperator<SubmitSm> fix = s -> s.toBuilder().destination(SELFHOST_TO).build();
            assertThat(okCount(a, 6, fix) + okCount(b, 6, fix)).isEqualTo(10);
        }
    }

    private static int okCount(Esme esme, int n, UnaryOperator<SubmitSm> fix) {
        int ok = 0;
        for (int i = 0; i < n; i++) {
            ok += esme.send(fix.apply(Esme.submit("m" + i, false))).status().isOk() ? 1 : 0;
        }
        return ok;
    }

    @Test
    void eightByEightRefusesDataSmAndQuerySm() {
        try (SmppSimulator smsc = SmppSimulator.builder().provider("8x8").start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            DataSm dataSm = DataSm.builder().source(Esme.FROM).destination(Esme.TO).build();
            assertThat(esme.session.send(dataSm).status()).isEqualTo(CommandStatus.ESME_RINVCMDID);
            String id = esme.send(Esme.submit("accepted", false)).messageId();
            assertThat(esme.session.send(new QuerySm(0, id, Esme.FROM, Tlvs.empty())).status())
                    .isEqualTo(CommandStatus.ESME_RINVCMDID);
            assertThat(smsc.received().submits()).hasSize(1);
            assertThat(smsc.stats().rejected()).isEqualTo(2);
        }
        try (SmppSimulator smsc = SmppSimulator.builder().provider("sms-smpp-routes").start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            DataSm dataSm = DataSm.builder().source(Esme.FROM).destination(Esme.TO).build();
            assertThat(esme.session.send(dataSm).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void eightByEightRoutesReceiptsToAnyBindOfTheSystemId() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().provider("8x8").start();
                Esme trx = Esme.bind(smsc, BindType.TRANSCEIVER);
                Esme rx = Esme.bind(smsc, BindType.RECEIVER);
                Esme stranger = Esme.bind(smsc, "someone-else", "pw", BindType.RECEIVER)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(trx.send(Esme.submit("m" + i, true)).messageId());
            }
            List<String> got = new ArrayList<>();
            got.add(trx.nextReceipt().messageId());
            got.add(trx.nextReceipt().messageId());
            got.add(rx.nextReceipt().messageId());
            got.add(rx.nextReceipt().messageId());
            assertThat(got).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(smsc.stats().receiptsSent()).isEqualTo(4);
            assertThat(stranger.delivered).isEmpty();
        }
    }

    /** provider, PDU, what to break, expected status. */
    @ParameterizedTest
    @CsvSource({
        "sms-smpp-routes, submit_sm, source-ton, 0x48",     // ESME_RINVSRCTON, listed by the provider
        "sms-smpp-routes, submit_sm, service-type, 0x15",   // service_type must be NULL: ESME_RINVSERTYP
        "sms-smpp-routes, submit_sm, destination, 0x0B",    // "Invalid Dest Addr"
        "selfhost, submit_sm, destination, 0x0E",           // selfhost's "Invalid destination address"
        "selfhost, submit_sm, data-coding, 0x45",           // data_coding 0 and 8 only; SMPP 3.4: ESME_RSUBMITFAIL
        "sms-smpp-routes, data_sm, source-ton, 0x48",       // data_sm gets the same rules as submit_sm
        "sms-smpp-routes, data_sm, service-type, 0x15",
        "selfhost, data_sm, destination, 0x0E",
        "selfhost, data_sm, data-coding, 0x45",
    })
    void validatorRejectsWithTheProvidersCode(String provider, String pdu, String broken, String status) {
        try (SmppSimulator smsc = SmppSimulator.builder().provider(provider).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            SubmitSm good = Esme.submit("hello", false);
            if (provider.equals("selfhost")) {
                good = good.toBuilder().destination(SELFHOST_TO).build();
            }
            assertThat(esme.send(good).status()).isEqualTo(CommandStatus.ESME_ROK);
            SubmitSm bad;
            switch (broken) {
                case "source-ton":
                    bad = good.toBuilder().source(Address.of(2, 1, "4917000000001")).build();
                    break;
                case "service-type":
                    bad = good.toBuilder().serviceType("CMT").build();
                    break;
                case "destination":
                    bad = good.toBuilder().destination(Address.of(1, 1, "12")).build();
                    break;
                default:
                    bad = good.toBuilder().dataCoding(DataCoding.LATIN1).build();
                    break;
            }
            CommandStatus answer = pdu.equals("data_sm")
                    ? esme.session.send(DataSm.builder().serviceType(bad.serviceType()).source(bad.source())
                            .destination(bad.destination()).dataCoding(bad.dataCoding()).build()).status()
                    : esme.send(bad).status();
            assertThat(answer).isEqualTo(CommandStatus.of(Integer.decode(status)));
            assertThat(smsc.received().submits()).hasSize(1);
        }
    }

    @Test
    void anSmpp50EsmeIsToldOfAnUnsupportedDataCodingWithEsmeRinvdcs() {
        try (SmppSimulator smsc = SmppSimulator.builder().provider("selfhost").start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER, InterfaceVersion.V50)) {
            SubmitSm latin1 = Esme.submit("hello", false).toBuilder().destination(SELFHOST_TO)
                    .dataCoding(DataCoding.LATIN1).build();
            assertThat(esme.send(latin1).status()).isEqualTo(CommandStatus.ESME_RINVDCS);
        }
    }

    @Test
    void validationCanBeTurnedOff() {
        try (SmppSimulator smsc = SmppSimulator.builder().provider("selfhost").validate(false).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            assertThat(esme.send(Esme.submit("any destination", false)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void unknownProviderNameIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> SmppSimulator.builder().provider("acme"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8x8");
    }
}
