package io.github.smppkit.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each provider rule accepted and rejected, with the reason the violation gives. */
class MessageValidatorTest {
    private static final ProviderProfile X8 = Providers.byName("8x8").orElseThrow();
    private static final ProviderProfile ROUTES = Providers.byName("sms-smpp-routes").orElseThrow();
    private static final ProviderProfile YCLOUD = Providers.byName("ycloud").orElseThrow();
    private static final ProviderProfile SELFHOST = Providers.byName("selfhost").orElseThrow();
    private static final ProviderProfile GENERIC = Providers.generic();

    /** A message every built-in profile accepts. */
    private static SubmitSm.Builder valid() {
        return SubmitSm.builder()
                .source(Address.of(1, 1, "639171234567"))
                .destination(Address.of(1, 1, "09171234567"))
                .dataCoding(DataCoding.DEFAULT)
                .shortMessage(Bytes.of("Hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void aValidMessagePassesEveryProfile() {
        for (ProviderProfile p : Providers.builtIn()) {
            assertThat(p.validate(valid().build())).as(p.name()).isEmpty();
        }
    }

    @Nested
    class AcceptedPdus {
        @Test
        void x8RejectsDataSmNamingTheAcceptedList() {
            DataSm dataSm = DataSm.builder().source(Address.of(1, 1, "1")).destination(Address.of(1, 1, "2")).build();
            assertThat(X8.validate(dataSm)).containsExactly(new Violation("8x8", "accepted-pdus",
                    "8x8 does not accept data_sm (accepted: bind_receiver, bind_transmitter, bind_transceiver,"
                            + " submit_sm, enquire_link, deliver_sm_resp, unbind)"));
        }

        @Test
        void x8RejectsQueryAndDeliverSm() {
            assertThat(rules(X8.validate(new QuerySm(1, "1", Address.EMPTY, Tlvs.empty())))).containsExactly("accepted-pdus");
            assertThat(rules(X8.validate(DeliverSm.builder().build()))).containsExactly("accepted-pdus");
        }

        @Test
        void x8AcceptsListedRequestsAndAnswersToThem() {
            assertThat(X8.validate(new EnquireLink(1))).isEmpty();
            assertThat(X8.validate(EnquireLinkResp.of(1, CommandStatus.ESME_ROK))).isEmpty();
            assertThat(X8.validate(UnbindResp.of(1, CommandStatus.ESME_ROK))).isEmpty();
            assertThat(X8.validate(GenericNack.of(1, CommandStatus.ESME_RINVCMDID))).isEmpty();
            assertThat(X8.accepts(CommandId.DELIVER_SM_RESP)).isTrue();
            assertThat(X8.accepts(CommandId.QUERY_SM_RESP)).isFalse();
        }

        @Test
        void unrestrictedProfilesAcceptEverything() {
            DataSm dataSm = DataSm.builder().source(Address.of(1, 1, "1")).destination(Address.of(1, 1, "2")).build();
            assertThat(YCLOUD.validate(dataSm)).isEmpty();
            assertThat(Arrays.stream(CommandId.values()).allMatch(GENERIC::accepts)).isTrue();
        }
    }

    @Nested
    class DataCodings {
        @Test
        void selfhostAcceptsGsmAndUcs2() {
            assertThat(SELFHOST.validate(valid().dataCoding(DataCoding.DEFAULT).build())).isEmpty();
            assertThat(SELFHOST.validate(valid().dataCoding(DataCoding.UCS2).build())).isEmpty();
        }

        @Test
        void selfhostRejectsLatin1() {
            assertThat(SELFHOST.validate(valid().dataCoding(DataCoding.LATIN1).build())).containsExactly(
                    new Violation("selfhost", "data-codings", "selfhost supports data_coding 0 and 8, not 3"));
        }

        @Test
        void profilesWithoutARuleAcceptAnyCoding() {
            assertThat(X8.validate(valid().dataCoding(DataCoding.of(0xF5)).build())).isEmpty();
        }
    }

    @Nested
    class SourceAddress {
        @Test
        void alphanumericSenderNeedsTon5Npi0() {
            SubmitSm wrong = valid().source(Address.of(1, 1, "MyBrand")).build();
            assertThat(ROUTES.validate(wrong)).containsExactly(new Violation("sms-smpp-routes",
                    "source.alphanumeric", "sms-smpp-routes: source_addr 'MyBrand' is alphanumeric: TON must be 5"
                            + " and NPI 0 (got 1/1)"));
            assertThat(ROUTES.validate(valid().source(Address.of(5, 0, "MyBrand")).build())).isEmpty();
        }

        @Test
        void aPlusBeforeDigitsIsAnInternationalNumberNotAnAlphanumericSender() {
            assertThat(ROUTES.validate(valid().source(Address.of(1, 1, "+639171234567")).build())).isEmpty();
            assertThat(ROUTES.validate(valid().source(Address.of(1, 1, "+MyBrand")).build())).containsExactly(
                    new Violation("sms-smpp-routes", "source.alphanumeric", "sms-smpp-routes: source_addr '+MyBrand'"
                            + " is alphanumeric: TON must be 5 and NPI 0 (got 1/1)"));
            assertThat(rules(ROUTES.validate(valid().source(Address.of(1, 1, "6391+71234567")).build())))
                    .containsExactly("source.alphanumeric");
            assertThat(rules(ROUTES.validate(valid().source(Address.of(1, 1, "++639171234567")).build())))
                    .containsExactly("source.alphanumeric");
            assertThat(rules(ROUTES.validate(valid().source(Address.of(1, 1, "+")).build())))
                    .containsExactly("source.alphanumeric");
        }

        @Test
        void numericSenderMayUseAnAllowedTon() {
            assertThat(ROUTES.validate(valid().source(Address.of(3, 1, "12345")).build())).isEmpty();
        }

        @Test
        void sourceTonOutsideTheListIsRejected() {
            assertThat(ROUTES.validate(valid().source(Address.of(2, 1, "12345")).build())).containsExactly(
                    new Violation("sms-smpp-routes", "source.ton",
                            "sms-smpp-routes accepts source_addr_ton 1, 3 and 5, not 2"));
        }

        @Test
        void sourceNpiOutsideTheListIsRejected() {
            assertThat(ROUTES.validate(valid().source(Address.of(1, 9, "12345")).build())).containsExactly(
                    new Violation("sms-smpp-routes", "source.npi",
                            "sms-smpp-routes accepts source_addr_npi 0 and 1, not 9"));
        }

        @Test
        void anEmptySourceIsLeftToTheProvider() {
            assertThat(ROUTES.validate(valid().source(Address.EMPTY).build())).isEmpty();
        }

        @Test
        void otherProvidersDoNotRestrictTheSender() {
            assertThat(SELFHOST.validate(valid().source(Address.of(1, 1, "MSG95")).build())).isEmpty();
        }
    }

    @Nested
    class Destination {
        @Test
        void routesDestinationTonAndNpi() {
            assertThat(ROUTES.validate(valid().destination(Address.of(0, 0, "639171234567")).build())).isEmpty();
            assertThat(ROUTES.validate(valid().destination(Address.of(2, 1, "639171234567")).build()))
                    .containsExactly(new Violation("sms-smpp-routes", "destination.ton",
                            "sms-smpp-routes accepts dest_addr_ton 0 and 1, not 2"));
            assertThat(ROUTES.validate(valid().destination(Address.of(1, 8, "639171234567")).build()))
                    .containsExactly(new Violation("sms-smpp-routes", "destination.npi",
                            "sms-smpp-routes accepts dest_addr_npi 0 and 1, not 8"));
        }

        @Test
        void routesDestinationLengthFourToSixteen() {
            assertThat(ROUTES.validate(valid().destination(Address.of(1, 1, "1234")).build())).isEmpty();
            assertThat(ROUTES.validate(valid().destination(Address.of(1, 1, "1234567890123456")).build())).isEmpty();
            assertThat(ROUTES.validate(valid().destination(Address.of(1, 1, "123")).build())).containsExactly(
                    new Violation("sms-smpp-routes", "destination.length",
                            "sms-smpp-routes: destination_addr '123' has 3 characters (expected 4 to 16)"));
            assertThat(rules(ROUTES.validate(valid().destination(Address.of(1, 1, "12345678901234567")).build())))
                    .containsExactly("destination.length");
        }

        @Test
        void selfhostDestinationFormat() {
            assertThat(SELFHOST.validate(valid().destination(Address.of(0, 0, "09171234567")).build())).isEmpty();
            assertThat(SELFHOST.validate(valid().destination(Address.of(1, 1, "639171234567")).build()))
                    .containsExactly(new Violation("selfhost", "destination.format",
                            "selfhost expects destination_addr like 09xxxxxxxxx (x = any digit), not '639171234567'"));
            assertThat(rules(SELFHOST.validate(valid().destination(Address.of(0, 0, "0917123456a")).build())))
                    .containsExactly("destination.format");
        }
    }

    @Nested
    class MessageLength {
        private SubmitSm ofOctets(int octets, DataCoding coding) {
            byte[] body = new byte[octets];
            Arrays.fill(body, (byte) 'a');
            return valid().dataCoding(coding).shortMessage(Bytes.of(body)).build();
        }

        @Test
        void defaultAlphabetAllows160Characters() {
            assertThat(ROUTES.validate(ofOctets(160, DataCoding.DEFAULT))).isEmpty();
            assertThat(ROUTES.validate(ofOctets(161, DataCoding.DEFAULT))).containsExactly(new Violation(
                    "sms-smpp-routes", "message.max-default-chars", "sms-smpp-routes: short_message of 161 octets"
                            + " with data_coding 0 exceeds 160 (140 octets, or 160 characters with data_coding 0)"));
        }

        @Test
        void otherCodingsAllow140Octets() {
            assertThat(ROUTES.validate(ofOctets(140, DataCoding.UCS2))).isEmpty();
            assertThat(ROUTES.validate(ofOctets(141, DataCoding.UCS2))).singleElement()
                    .satisfies(v -> {
                        assertThat(v.rule()).isEqualTo("message.max-octets");
                        assertThat(v.message()).startsWith("sms-smpp-routes: short_message of 141 octets with"
                                + " data_coding 8 exceeds 140");
                    });
        }

        @Test
        void messagePayloadCountsWhenShortMessageIsEmpty() {
            SubmitSm payload = valid().dataCoding(DataCoding.UCS2).shortMessage(Bytes.EMPTY)
                    .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[200]))).build();
            assertThat(ROUTES.validate(payload)).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("message_payload of 200 octets"));
            assertThat(X8.validate(payload)).isEmpty();
        }
    }

    /** data_sm and submit_multi carry the same message fields as submit_sm and get the same rules. */
    @Nested
    class OtherMessagePdus {
        private final DataSm goodData = DataSm.builder().source(Address.of(1, 1, "639171234567"))
                .destination(Address.of(1, 1, "09171234567")).dataCoding(DataCoding.DEFAULT).build();
        private final SubmitMulti goodMulti = SubmitMulti.builder().source(Address.of(1, 1, "639171234567"))
                .destAddresses(List.of(new SmeAddress(Address.of(1, 1, "09171234567"))))
                .dataCoding(DataCoding.DEFAULT).shortMessage(Bytes.of(new byte[] {'H', 'i'})).build();

        @Test
        void validDataSmAndSubmitMultiPassEveryProfileThatAcceptsThem() {
            for (ProviderProfile p : Providers.builtIn()) {
                if (!p.name().equals("8x8")) {
                    assertThat(p.validate(goodData)).as(p.name()).isEmpty();
                    assertThat(p.validate(goodMulti)).as(p.name()).isEmpty();
                }
            }
        }

        @Test
        void dataSmBreakingAddressCodingAndServiceTypeRules() {
            DataSm bad = goodData.toBuilder().source(Address.of(1, 1, "Shop")).destination(Address.of(2, 9, "12"))
                    .dataCoding(DataCoding.LATIN1).serviceType("CMT").build();
            assertThat(rules(ROUTES.validate(bad))).containsExactly("submit.null-fields", "source.alphanumeric",
                    "destination.ton", "destination.npi", "destination.length");
            assertThat(SELFHOST.validate(bad)).containsExactly(
                    new Violation("selfhost", "data-codings", "selfhost supports data_coding 0 and 8, not 3"),
                    new Violation("selfhost", "destination.format",
                            "selfhost expects destination_addr like 09xxxxxxxxx (x = any digit), not '12'"));
        }

        @Test
        void dataSmTextIsItsMessagePayload() {
            DataSm payload = goodData.toBuilder().dataCoding(DataCoding.UCS2)
                    .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[200]))).build();
            assertThat(ROUTES.validate(payload)).containsExactly(new Violation("sms-smpp-routes",
                    "message.max-octets", "sms-smpp-routes: message_payload of 200 octets with data_coding 8 exceeds"
                            + " 140 (140 octets, or 160 characters with data_coding 0)"));
            assertThat(ROUTES.validate(goodData.toBuilder().tlvs(Tlvs.empty()
                    .with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[140]))).build())).isEmpty();
        }

        @Test
        void submitMultiChecksEachSmeAddressButNotADistributionList() {
            SubmitMulti multi = goodMulti.toBuilder().source(Address.of(1, 1, "Shop"))
                    .destAddresses(List.of(new SmeAddress(Address.of(1, 1, "639171234567")),
                            new SmeAddress(Address.of(2, 1, "12")), new DistributionList("friends")))
                    .smDefaultMsgId(3).build();
            assertThat(ROUTES.validate(multi)).extracting(Violation::message).containsExactly(
                    "sms-smpp-routes requires sm_default_msg_id to be NULL, not '3'",
                    "sms-smpp-routes: source_addr 'Shop' is alphanumeric: TON must be 5 and NPI 0 (got 1/1)",
                    "sms-smpp-routes accepts dest_addr_ton 0 and 1, not 2",
                    "sms-smpp-routes: destination_addr '12' has 2 characters (expected 4 to 16)");
            assertThat(rules(SELFHOST.validate(multi))).containsExactly("destination.format", "destination.format");
            assertThat(SELFHOST.validate(goodMulti.toBuilder()
                    .destAddresses(List.of(new DistributionList("friends"))).build())).isEmpty();
        }

        @Test
        void submitMultiShortMessageLength() {
            byte[] text = new byte[161];
            Arrays.fill(text, (byte) 'a');
            assertThat(rules(ROUTES.validate(goodMulti.toBuilder().shortMessage(Bytes.of(text)).build())))
                    .containsExactly("message.max-default-chars");
            assertThat(rules(SELFHOST.validate(goodMulti.toBuilder().dataCoding(DataCoding.LATIN1).build())))
                    .containsExactly("data-codings");
        }
    }

    @Nested
    class NullFields {
        @Test
        void routesWantsServiceTypeAndCannedMessageNull() {
            assertThat(ROUTES.validate(valid().serviceType("CMT").build())).containsExactly(new Violation(
                    "sms-smpp-routes", "submit.null-fields", "sms-smpp-routes requires service_type to be NULL, not 'CMT'"));
            assertThat(ROUTES.validate(valid().smDefaultMsgId(3).build())).containsExactly(new Violation(
                    "sms-smpp-routes", "submit.null-fields",
                    "sms-smpp-routes requires sm_default_msg_id to be NULL, not '3'"));
            assertThat(X8.validate(valid().serviceType("CMT").smDefaultMsgId(3).build())).isEmpty();
        }
    }

    @Nested
    class Binds {
        @Test
        void x8AllowsFourBindsPerSubAccount() {
            assertThat(X8.validateBind(CommandId.BIND_TRANSCEIVER, 3, "secret")).isEmpty();
            assertThat(X8.validateBind(CommandId.BIND_TRANSCEIVER, 4, "secret")).containsExactly(new Violation("8x8",
                    "max-binds", "8x8 allows at most 4 binds per sub-account (4 already open)"));
        }

        @Test
        void routesAllowsTwoConnections() {
            assertThat(ROUTES.validateBind(CommandId.BIND_TRANSMITTER, 1, "secret")).isEmpty();
            assertThat(ROUTES.validateBind(CommandId.BIND_RECEIVER, 2, "secret")).containsExactly(new Violation(
                    "sms-smpp-routes", "max-binds", "sms-smpp-routes allows at most 2 binds (2 already open)"));
        }

        @Test
        void unknownLimitsAreNotChecked() {
            assertThat(YCLOUD.validateBind(CommandId.BIND_TRANSCEIVER, 100, "secret")).isEmpty();
        }

        @Test
        void routesPasswordLongerThanEightNamesTheRemedyButNotThePassword() {
            List<Violation> v = ROUTES.validateBind(CommandId.BIND_TRANSMITTER, 0, "averylongpw");
            assertThat(v).containsExactly(new Violation("sms-smpp-routes", "password.max-length",
                    "sms-smpp-routes: the password has 11 characters, at most 8 fit SMPP 3.4 (account passwords may"
                            + " be longer than SMPP 3.4 allows: ask sms-smpp-routes support to adjust the password"
                            + " strength settings)"));
            assertThat(v.get(0).message()).doesNotContain("averylongpw");
            assertThat(ROUTES.validateBind(CommandId.BIND_TRANSMITTER, 0, "eightchr")).isEmpty();
        }

        @Test
        void genericPasswordLimitAppliesWhereTheProviderIsSilent() {
            assertThat(YCLOUD.validateBind(CommandId.BIND_TRANSMITTER, 0, "ninechars")).containsExactly(new Violation(
                    "ycloud", "password.max-length", "ycloud: the password has 9 characters, at most 8 fit SMPP 3.4"));
        }

        @Test
        void x8RequiresSmpp34() {
            BindTransmitter v34 = bindTransmitter(InterfaceVersion.V34);
            BindTransmitter v50 = bindTransmitter(InterfaceVersion.V50);
            assertThat(X8.validateBind(v34, 0)).isEmpty();
            assertThat(X8.validateBind(v50, 0)).containsExactly(new Violation("8x8", "smpp-version",
                    "8x8 requires SMPP 3.4 (interface_version 0x34), not 0x50"));
            assertThat(rules(SELFHOST.validate(v50))).containsExactly("smpp-version");
            assertThat(YCLOUD.validateBind(v50, 0)).isEmpty();
        }

        @Test
        void bindTypeOutsideTheProfilesListIsRejected() {
            ProviderProfile txOnly = Providers.parse("tx.profile", ProfileLoaderTest.generic()
                    .replace("bind-types = bind_transmitter, bind_receiver, bind_transceiver",
                            "bind-types = bind_transmitter"));
            assertThat(txOnly.validateBind(CommandId.BIND_TRANSMITTER, 0, "pw")).isEmpty();
            assertThat(txOnly.validate(new BindTransceiver(1, "a", "pw", "", InterfaceVersion.V34,
                    Address.EMPTY, Tlvs.empty())))
                    .containsExactly(new Violation("generic", "bind-types",
                            "generic does not allow bind_transceiver (allowed: bind_transmitter)"));
        }

        private BindTransmitter bindTransmitter(InterfaceVersion version) {
            return new BindTransmitter(1, "acct", "pw", "", version, Address.EMPTY, Tlvs.empty());
        }

        @Test
        void misuseIsAnException() {
            assertThatThrownBy(() -> X8.validateBind(CommandId.SUBMIT_SM, 0, "pw"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submit_sm is not a bind");
            assertThatThrownBy(() -> X8.validateBind(CommandId.BIND_RECEIVER, -1, "pw"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currentBinds: -1");
        }
    }

    @Test
    void violationsAreListedTogether() {
        SubmitSm bad = valid().source(Address.of(2, 9, "Shop")).destination(Address.of(2, 1, "12"))
                .serviceType("CMT").build();
        assertThat(rules(ROUTES.validate(bad))).containsExactly("submit.null-fields", "source.alphanumeric",
                "source.ton", "source.npi", "destination.ton", "destination.length");
    }
}
