package io.github.smppkit.providers;

import static io.github.smppkit.codec.type.CommandId.BIND_RECEIVER;
import static io.github.smppkit.codec.type.CommandId.BIND_TRANSCEIVER;
import static io.github.smppkit.codec.type.CommandId.BIND_TRANSMITTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.Npi;
import io.github.smppkit.codec.type.Ton;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptParseResult;
import io.github.smppkit.errors.ErrorScope;
import io.github.smppkit.errors.RetryClass;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per fact stated in each seed (shared/seeds), naming the seed and quoting the text that states it: the
 * quote must occur in that seed, and the profile (or, for a few cross-checks, its error catalog) must carry the
 * fact. The error-code tables themselves are checked row by row in smpp-errors.
 */
class SeedFactsTest {
    private static final String S000 = "000_f1b96adc35c5170d.txt";
    private static final String S001 = "001_04304647d8ef4018.txt";
    private static final String S002 = "002_fef9893e0655bfb0.txt";
    private static final String S003 = "003_cb376dc1a97cb990.txt";
    private static final String S004 = "004_54e13055de7ef4b6.txt";
    private static final String X8 = "8x8";
    private static final String ROUTES = "sms-smpp-routes";
    private static final String YCLOUD = "ycloud";
    private static final String SELFHOST = "selfhost";
    private static final String YCLOUD_RECEIPT = "id:11041301030001006668 sub:001 dlvrd:001 submit date:2111040501"
            + " done date:2111040501 stat:DELIVRD err:0 text:none";

    /** A fact: {@code quote} occurs in {@code seed}; {@code actual} of the provider's profile equals {@code expected}. */
    record Fact(String seed, String provider, String what, String quote, Function<ProviderProfile, Object> actual,
            Object expected) {
        @Override
        public String toString() {
            return seed.substring(0, 3) + " " + provider + ": " + what;
        }
    }

    static Stream<Fact> facts() {
        return Stream.of(
            // 8x8, Markdown guide
            fact(S000, X8, "default host", "| IP address | smpp.8x8.com |", p -> p.endpoint().host(), Optional.of("smpp.8x8.com")),
            fact(S000, X8, "plain port", "| Port | 2775 |", p -> p.endpoint().port(), OptionalInt.of(2775)),
            fact(S000, X8, "TLS port", "| Port for SSL/TLS | 2776 (TLS v1.2) |", p -> p.endpoint().tlsPort(), OptionalInt.of(2776)),
            fact(S000, X8, "TLS version", "2776 (TLS v1.2)", p -> p.endpoint().tlsVersion(), Optional.of("TLSv1.2")),
            fact(S000, X8, "SMPP version", "using SMPP version 3.4", p -> p.binding().smppVersion(), Optional.of(InterfaceVersion.V34)),
            fact(S000, X8, "default region Singapore", "| Singapore (default) | smpp.8x8.com |", p -> p.endpoint().selectedRegion().map(r -> r.name() + " " + r.label() + " " + r.host()), Optional.of("sg Singapore smpp.8x8.com")),
            fact(S000, X8, "Europe region host", "| Europe | smpp.8x8.uk |", p -> p.region("eu").endpoint().host(), Optional.of("smpp.8x8.uk")),
            fact(S000, X8, "Europe region label", "| Europe | smpp.8x8.uk |", p -> p.region("EU").endpoint().selectedRegion().map(Region::label), Optional.of("Europe")),
            fact(S000, X8, "regions", "| API Region | Base URL |", p -> p.endpoint().regions().size(), 2),
            fact(S000, X8, "bind types", "using `bind_receiver` and `bind_transmitter` or `bind_transceiver`", p -> p.binding().bindTypes(), List.of(BIND_RECEIVER, BIND_TRANSMITTER, BIND_TRANSCEIVER)),
            fact(S000, X8, "max binds", "allows a maximum of 4 binds per subAccountId", p -> p.binding().maxBinds(), OptionalInt.of(4)),
            fact(S000, X8, "max binds scope", "4 binds per subAccountId", p -> p.binding().maxBindsScope(), Optional.of("sub-account")),
            fact(S000, X8, "receipt routing", "send back `deliver_sm` to any bind connected with the same `systemId`", p -> p.receipts().routing(), ReceiptRouting.ANY_BIND_OF_SYSTEM_ID),
            fact(S000, X8, "throughput", "submit a maximum of 50 messages per second", p -> p.throughput().rate(), OptionalInt.of(50)),
            fact(S000, X8, "throughput per bind", "for each bind connected to 8x8 SMPP servers", p -> p.throughput().scope(), RateScope.BIND),
            fact(S000, X8, "throughput tailored", "Throughput is tailored to each customer", p -> p.throughput().maximum(), OptionalInt.empty()),
            fact(S000, X8, "accepted PDU list", "The following PDUs are supported by 8x8 SMPP servers:", p -> p.acceptedPdus().size(), 7),
            accepts(S000, "* `bind_receiver`", CommandId.BIND_RECEIVER),
            accepts(S000, "* `bind_transmitter`", CommandId.BIND_TRANSMITTER),
            accepts(S000, "* `bind_transceiver`", CommandId.BIND_TRANSCEIVER),
            accepts(S000, "* `submit_sm`", CommandId.SUBMIT_SM),
            accepts(S000, "* `enquire_link`", CommandId.ENQUIRE_LINK),
            accepts(S000, "* `deliver_sm_resp`", CommandId.DELIVER_SM_RESP),
            accepts(S000, "* `unbind`", CommandId.UNBIND),
            fact(S000, X8, "account manager", "dedicated account manager for SMPP connectivity", p -> p.notes().stream().anyMatch(n -> n.contains("account manager")), true),
            fact(S000, X8, "catalog: bind limit note", "Your bind will be rejected if your try to exceed this value.", p -> p.errorCatalog().notes().stream().anyMatch(n -> n.contains("4 binds")), true),
            // 8x8, the same guide as plain text
            fact(S001, X8, "plain port", "Port | 2775 |", p -> p.endpoint().port(), OptionalInt.of(2775)),
            fact(S001, X8, "TLS port and version", "Port for SSL/TLS | 2776 (TLS v1.2) |", p -> p.endpoint().tlsPort() + " " + p.endpoint().tlsVersion().orElse(""), "OptionalInt[2776] TLSv1.2"),
            fact(S001, X8, "Singapore default", "Singapore (default) | smpp.8x8.com |", p -> p.endpoint().region(), "sg"),
            fact(S001, X8, "Europe host", "Europe | smpp.8x8.uk |", p -> p.region("eu").endpoint().host(), Optional.of("smpp.8x8.uk")),
            fact(S001, X8, "max binds", "allows a maximum of 4 binds per subAccountId", p -> p.binding().maxBinds(), OptionalInt.of(4)),
            fact(S001, X8, "throughput", "maximum of 50 messages per second", p -> p.throughput().rate(), OptionalInt.of(50)),
            fact(S001, X8, "receipt routing", "we will send to any active bind", p -> p.receipts().routing(), ReceiptRouting.ANY_BIND_OF_SYSTEM_ID),
            fact(S001, X8, "SMPP version", "using SMPP version 3.4", p -> p.binding().smppVersion(), Optional.of(InterfaceVersion.V34)),
            // sms-smpp-routes
            fact(S002, ROUTES, "host", "Host | smpp.sms-smpp-routes.tech |", p -> p.endpoint().host(), Optional.of("smpp.sms-smpp-routes.tech")),
            fact(S002, ROUTES, "plain port", "Port | 2777 |", p -> p.endpoint().port(), OptionalInt.of(2777)),
            fact(S002, ROUTES, "TLS port", "Secured Port | 2778 |", p -> p.endpoint().tlsPort(), OptionalInt.of(2778)),
            fact(S002, ROUTES, "bind types", "Mode | TX / RX / TRX |", p -> p.binding().bindTypes(), List.of(BIND_TRANSMITTER, BIND_RECEIVER, BIND_TRANSCEIVER)),
            fact(S002, ROUTES, "max connections", "Connections | max 2 connections |", p -> p.binding().maxBinds(), OptionalInt.of(2)),
            fact(S002, ROUTES, "throughput", "Throughput | 30/Sec.", p -> p.throughput().rate(), OptionalInt.of(30)),
            fact(S002, ROUTES, "throughput maximum", "We support up to 500 SMS/Sec", p -> p.throughput().maximum(), OptionalInt.of(500)),
            fact(S002, ROUTES, "password length", "supports only passwords up to 8 characters (SMPP v3.4 standard)", p -> p.binding().passwordMaxLength(), OptionalInt.of(8)),
            fact(S002, ROUTES, "password strength", "adjust the password strength settings on your account", p -> p.binding().passwordNote().map(n -> n.contains("password strength")), Optional.of(true)),
            fact(S002, ROUTES, "alphanumeric sender", "non-numeric, TON is set to 5 and NPI to 0", p -> p.addresses().alphanumericSource(), Optional.of(new TonNpi(Ton.ALPHANUMERIC, Npi.UNKNOWN))),
            fact(S002, ROUTES, "source TON", "Accepts International, Network, or Alphanumeric; values of 0x01, 0x03, and 0x05.", p -> p.addresses().sourceTons(), List.of(Ton.of(1), Ton.of(3), Ton.of(5))),
            fact(S002, ROUTES, "source NPI", "Set to null for default value or 0x01 for ISDN numbering plan indicator.", p -> p.addresses().sourceNpis(), List.of(Npi.of(0), Npi.of(1))),
            fact(S002, ROUTES, "destination TON", "Accepts either Unknown Or International; values: 0x00 and 0x01", p -> p.addresses().destinationTons(), List.of(Ton.of(0), Ton.of(1))),
            fact(S002, ROUTES, "destination TON unknown", "Dest TON |\nUnknown = 0", p -> p.addresses().destinationTons().contains(Ton.UNKNOWN), true),
            fact(S002, ROUTES, "destination NPI", "Accepts either Unknown Or ISDN E163/E164: values: 0x00 and 0x01.", p -> p.addresses().destinationNpis(), List.of(Npi.of(0), Npi.of(1))),
            fact(S002, ROUTES, "destination length", "the length was greater than 3 && less than 17", p -> p.addresses().destinationMinLength() + ".." + p.addresses().destinationMaxLength(), "OptionalInt[4]..OptionalInt[16]"),
            fact(S002, ROUTES, "max octets", "Max 140 octets;", p -> p.messages().maxOctets(), OptionalInt.of(140)),
            fact(S002, ROUTES, "max characters", "160 chars in uncompressed default character encoding.", p -> p.messages().maxDefaultAlphabetChars(), OptionalInt.of(160)),
            fact(S002, ROUTES, "service_type NULL", "Invalid Service Type |\nSet to NULL", p -> p.messages().nullFields().contains("service_type"), true),
            fact(S002, ROUTES, "no canned messages", "Does not support canned messages; set to NULL.", p -> p.messages().nullFields().contains("sm_default_msg_id"), true),
            fact(S002, ROUTES, "IP whitelisting", "get your SMPP server ip white listed", p -> p.notes().stream().anyMatch(n -> n.contains("whitelisted")), true),
            fact(S002, ROUTES, "catalog: throttling 0x58", "Throttling error; ESME has exceeded allowed message limits.", p -> p.throttlingStatuses().contains(CommandStatus.ESME_RTHROTTLED), true),
            fact(S002, ROUTES, "catalog: queue full 0x14", "0x00000014 |\n20 |\nMessage Queue Full", p -> p.throttlingStatuses().contains(CommandStatus.of(0x14)), true),
            fact(S002, ROUTES, "catalog: vendor 0x12F", "0x0000012F |\n303 |\nCountry/Network not available", p -> p.errorCatalog().resolve(ErrorScope.COMMAND_STATUS, 0x12F).orElseThrow().description(), "Country/Network not available"),
            fact(S002, ROUTES, "catalog: receipt status 2", "\n2 | Message delivered |", p -> p.errorCatalog().resolve(ErrorScope.RECEIPT_STATUS, 2).orElseThrow().description(), "Message delivered"),
            // YCloud
            fact(S003, YCLOUD, "host", "| smpp.ycloud.com | 30002       | 30012           |", p -> p.endpoint().host(), Optional.of("smpp.ycloud.com")),
            fact(S003, YCLOUD, "plain port", "| smpp.ycloud.com | 30002 ", p -> p.endpoint().port(), OptionalInt.of(30002)),
            fact(S003, YCLOUD, "TLS port", "| Server Port | SSL Server Port |", p -> p.endpoint().tlsPort(), OptionalInt.of(30012)),
            fact(S003, YCLOUD, "private certificate", "Contact us to retrieve our public certificate.", p -> p.endpoint().tlsCertificate().map(c -> c.contains("contact YCloud")), Optional.of(true)),
            fact(S003, YCLOUD, "receipt dates in UTC", "\"Submit date\" and \"done date\" are in UTC time.", p -> p.receipts().dateZone(), Optional.of(ZoneOffset.UTC)),
            fact(S003, YCLOUD, "standard receipt text", YCLOUD_RECEIPT, p -> p.receipts().format(), Optional.of("standard")),
            fact(S003, YCLOUD, "receipt example parses", YCLOUD_RECEIPT, SeedFactsTest::ycloudReceipt,
                    "11041301030001006668 001 001 2021-11-04T05:01:00Z 2021-11-04T05:01:00Z DELIVRD 0 none"
                            + " [No error (message sent)] final"),
            fact(S003, YCLOUD, "enable SMPP", "Please contact our customer service to enable this feature.", p -> p.notes().stream().anyMatch(n -> n.contains("enabled by YCloud")), true),
            fact(S003, YCLOUD, "connection limit", "| 5      | Exceeds connection limit            |", p -> p.notes().stream().anyMatch(n -> n.contains("connection limit")), true),
            fact(S003, YCLOUD, "catalog: bind 5", "| 5      | Exceeds connection limit            |", p -> p.errorCatalog().resolve(ErrorScope.BIND_STATUS, 5).orElseThrow().description(), "Exceeds connection limit"),
            fact(S003, YCLOUD, "catalog: submit 6 throttles", "| 6      | Exceeds connection limit |", p -> p.throttlingStatuses().contains(CommandStatus.of(6)), true),
            fact(S003, YCLOUD, "catalog: receipt err 3", "| 3          | Insufficient balance", p -> p.errorCatalog().resolve(ErrorScope.RECEIPT_ERROR, 3).orElseThrow().description(), "Insufficient balance"),
            // selfhost.smpp.asia
            fact(S004, SELFHOST, "host", "| Host | `selfhost.smpp.asia` |", p -> p.endpoint().host(), Optional.of("selfhost.smpp.asia")),
            fact(S004, SELFHOST, "port", "| Port | `2558` |", p -> p.endpoint().port(), OptionalInt.of(2558)),
            fact(S004, SELFHOST, "SMPP version", "| Protocol | SMPP v3.4 |", p -> p.binding().smppVersion(), Optional.of(InterfaceVersion.V34)),
            fact(S004, SELFHOST, "no TLS port", "| TLS | Not required |", p -> p.endpoint().tlsPort(), OptionalInt.empty()),
            fact(S004, SELFHOST, "TLS not required", "| TLS | Not required |", p -> p.endpoint().tlsNote(), Optional.of("Not required")),
            fact(S004, SELFHOST, "rate", "**10 TPS** (Transactions Per Second) per user", p -> p.throughput().rate(), OptionalInt.of(10)),
            fact(S004, SELFHOST, "rate per user", "per user", p -> p.throughput().scope(), RateScope.ACCOUNT),
            fact(S004, SELFHOST, "stay under the rate", "**Rate limiting** - Stay under 10 TPS", p -> p.ratePerBind(1), OptionalInt.of(10)),
            fact(S004, SELFHOST, "transmitter", "| Transmitter | Send SMS only |", p -> p.binding().bindTypes().contains(BIND_TRANSMITTER), true),
            fact(S004, SELFHOST, "receiver", "| Receiver | Receive DLR only |", p -> p.binding().bindTypes().contains(BIND_RECEIVER), true),
            fact(S004, SELFHOST, "transceiver", "| Transceiver | Send SMS + Receive DLR |", p -> p.binding().bindTypes().contains(BIND_TRANSCEIVER), true),
            fact(S004, SELFHOST, "transceiver recommended", "Recommended: **Transceiver** for full functionality", p -> p.binding().recommendedBindType(), Optional.of(BIND_TRANSCEIVER)),
            fact(S004, SELFHOST, "destination format", "| dest_addr | Recipient phone (09xxxxxxxxx) |", p -> p.addresses().destinationFormat(), Optional.of("09xxxxxxxxx")),
            fact(S004, SELFHOST, "data codings", "| data_coding | 0 (GSM) or 8 (UCS2 for Unicode) |", p -> p.messages().dataCodings(), List.of(DataCoding.DEFAULT, DataCoding.UCS2)),
            stat("| DELIVRD | Message delivered |", "DELIVRD"),
            stat("| UNDELIV | Delivery failed |", "UNDELIV"),
            stat("| EXPIRED | Message expired |", "EXPIRED"),
            stat("| UNKNOWN | Unknown status |", "UNKNOWN"),
            fact(S004, SELFHOST, "package limits", "Daily/Monthly limits based on your package", p -> p.notes().stream().anyMatch(n -> n.contains("package")), true),
            fact(S004, SELFHOST, "catalog: 0x58 throttles", "| 0x58 | Throttling error (rate limit) |", p -> p.errorCatalog().retryClass(0x58), RetryClass.THROTTLED),
            fact(S004, SELFHOST, "catalog: 0x0D", "| 0x0D | Invalid source address |", p -> p.errorCatalog().resolve(ErrorScope.COMMAND_STATUS, 0x0D).orElseThrow().description(), "Invalid source address"));
    }

    private static Fact fact(String seed, String provider, String what, String quote,
            Function<ProviderProfile, Object> actual, Object expected) {
        return new Fact(seed, provider, what, quote, actual, expected);
    }

    private static Fact accepts(String seed, String quote, CommandId id) {
        return fact(seed, X8, "accepts " + id.specName(), quote, p -> p.acceptedPdus().contains(id) && p.accepts(id),
                true);
    }

    private static Fact stat(String quote, String word) {
        return fact(S004, SELFHOST, "receipt stat " + word, quote, p -> p.receipts().statWords().contains(word), true);
    }

    /** The seed's example as it arrives: the short_message of a deliver_sm receipt (esm_class 0x04). */
    private static Object ycloudReceipt(ProviderProfile p) {
        DeliverSm deliver = DeliverSm.builder().esmClass(EsmClass.of(0x04))
                .shortMessage(Bytes.of(YCLOUD_RECEIPT.getBytes(StandardCharsets.US_ASCII))).build();
        var parsed = (ReceiptParseResult.Parsed) ReceiptExtractor.of(p.receiptParser(), false).extract(deliver);
        assertThat(parsed.warnings()).isEmpty();
        DeliveryReceipt r = parsed.receipt();
        Instant submit = r.submitDate().orElseThrow();
        Instant done = r.doneDate().orElseThrow();
        String err = p.errorCatalog().resolve(ErrorScope.RECEIPT_ERROR, Integer.parseInt(r.err()))
                .map(info -> "[" + info.description() + "]").orElse("[undocumented]");
        return r.messageId() + " " + r.sub() + " " + r.dlvrd() + " " + submit + " " + done + " " + r.stat() + " "
                + r.err() + " " + r.text() + " " + err + (r.isFinal() ? " final" : " intermediate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void seedStatesTheFact(Fact fact) {
        assertThat(SharedSeeds.read(fact.seed())).contains(fact.quote());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void profileCarriesTheFact(Fact fact) {
        ProviderProfile profile = Providers.byName(fact.provider()).orElseThrow();
        assertThat(profile.seeds()).contains(fact.seed());
        assertThat(fact.actual().apply(profile)).isEqualTo(fact.expected());
    }
}
