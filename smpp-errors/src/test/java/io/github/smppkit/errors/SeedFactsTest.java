package io.github.smppkit.errors;

import static io.github.smppkit.errors.ErrorScope.BIND_STATUS;
import static io.github.smppkit.errors.ErrorScope.COMMAND_STATUS;
import static io.github.smppkit.errors.ErrorScope.RECEIPT_ERROR;
import static io.github.smppkit.errors.ErrorScope.RECEIPT_STAT;
import static io.github.smppkit.errors.ErrorScope.RECEIPT_STATUS;
import static io.github.smppkit.errors.ErrorScope.SUBMIT_STATUS;
import static io.github.smppkit.errors.Relation.AGREES;
import static io.github.smppkit.errors.Relation.CONTRADICTS;
import static io.github.smppkit.errors.Relation.EXTENDS;
import static io.github.smppkit.errors.Relation.PROVIDER_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per error fact stated in each seed (shared/seeds), naming the seed it comes from: the row's text must
 * appear in that seed, and the provider's catalog must carry it with the right scope, relation and remedy.
 */
class SeedFactsTest {
    private static final String S000 = "000_f1b96adc35c5170d.txt";
    private static final String S001 = "001_04304647d8ef4018.txt";
    private static final String S002 = "002_fef9893e0655bfb0.txt";
    private static final String S003 = "003_cb376dc1a97cb990.txt";
    private static final String S004 = "004_54e13055de7ef4b6.txt";
    private static final String ROUTES = "sms-smpp-routes";
    private static final String YCLOUD = "ycloud";
    private static final String SELFHOST = "selfhost";
    private static final ErrorScope STATUS = COMMAND_STATUS;
    private static final ErrorScope BIND = BIND_STATUS;
    private static final ErrorScope SUBMIT = SUBMIT_STATUS;

    /** What a row asserts. */
    enum Kind { CODE, RESERVED, STAT }

    /**
     * One fact: in {@code seed}, {@code provider} documents {@code code} ({@code decimal} as the seed prints it)
     * in {@code scope} with {@code description} and {@code remedy}; {@code standardName} is the standard name a
     * contradicting meaning overrides.
     */
    record Fact(Kind kind, String seed, String provider, ErrorScope scope, int code, int decimal,
            String description, String remedy, Relation relation, String standardName) {
        @Override
        public String toString() {
            return seed + " " + provider + " " + scope.token() + " " + CatalogLoader.text(scope, code) + " "
                    + description;
        }
    }

    static Stream<Fact> facts() {
        return Stream.of(
            row(S002, ROUTES, STATUS, 0x00, 0, "No Error", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x01, 1, "Message length is invalid", "Max 140 octets; 160 chars in uncompressed default character encoding.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x02, 2, "Command length is invalid", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x03, 3, "Invalid Command ID", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x04, 4, "Incorrect BIND Status for given command", "You must bind first before any other request is handled.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x05, 5, "ESME Already in Bound State", "Do not send bind requests when already bound.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x06, 6, "Invalid Priority Flag", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x07, 7, "Invalid Registered Delivery Flag", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x08, 8, "System Error", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x0A, 10, "Invalid Source Address", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x0B, 11, "Invalid Dest Addr", "Invalid length; the length was greater than 3 && less than 17, invalid international format.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x0C, 12, "Message ID is invalid", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x0D, 13, "Bind Failed", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x0E, 14, "Invalid Password", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x0F, 15, "Invalid System ID", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x11, 17, "Cancel SM Failed", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x13, 19, "Replace SM Failed", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x14, 20, "Message Queue Full", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x15, 21, "Invalid Service Type", "Set to NULL", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x33, 51, "Invalid number of destinations", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x34, 52, "Invalid Distribution List name", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x40, 64, "Destination flag is invalid (submit_multi)", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x42, 66, "Invalid submit with replace request; submit_sm with replace_if_present_flag set", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x43, 67, "Invalid esm_class field data", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x44, 68, "Cannot Submit to Distribution List", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x45, 69, "submit_sm or submit_multi failed", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x48, 72, "Invalid Source address TON", "Accepts International, Network, or Alphanumeric; values of 0x01, 0x03, and 0x05.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x49, 73, "Invalid Source address NPI", "Set to null for default value or 0x01 for ISDN numbering plan indicator.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x50, 80, "Invalid Destination address TON", "Accepts either Unknown Or International; values: 0x00 and 0x01", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x51, 81, "Invalid Destination address NPI", "Accepts either Unknown Or ISDN E163/E164: values: 0x00 and 0x01.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x53, 83, "Invalid system_type field", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x54, 84, "Invalid replace_if_present flag.", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x55, 85, "Invalid number of messages", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x58, 88, "Throttling error; ESME has exceeded allowed message limits.", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x61, 97, "Invalid Scheduled Delivery Time", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x62, 98, "Invalid message validity period (Expiry time).", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x63, 99, "Predefined Message Invalid or Not Found", "Does not support canned messages; set to NULL.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x64, 100, "ESME Receiver Temporary App Error Code", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x65, 101, "ESME Receiver Permanent App Error Code", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x66, 102, "ESME Receiver Reject Message Error Code", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x67, 103, "query_sm request failed", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xC0, 192, "Error in the optional part of the PDU Body", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xC1, 193, "Optional Parameter not allowed", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xC2, 194, "Invalid Parameter Length", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xC3, 195, "Expected Optional Parameter missing.", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xC4, 196, "Invalid Optional Parameter Value", "This error occurs when an optional value parameter retrieve fails; this not normal behavior.", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xFE, 245, "Delivery Failure, used for data_sm_resp", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0xFF, 255, "Unknown Error", "", AGREES, ""),
            row(S002, ROUTES, STATUS, 0x12F, 303, "Country/Network not available", "", EXTENDS, ""),
            reserved(S002, 0x09),
            reserved(S002, 0x10),
            reserved(S002, 0x12),
            reserved(S002, 0x16),
            reserved(S002, 0x35),
            reserved(S002, 0x41),
            reserved(S002, 0x46),
            reserved(S002, 0x52),
            reserved(S002, 0x56),
            reserved(S002, 0x59),
            reserved(S002, 0x68),
            reserved(S002, 0x100),
            row(S002, ROUTES, RECEIPT_STATUS, 0, 0, "Message sent", "", PROVIDER_ONLY, ""),
            row(S002, ROUTES, RECEIPT_STATUS, 1, 1, "Failed message delivery", "", PROVIDER_ONLY, ""),
            row(S002, ROUTES, RECEIPT_STATUS, 2, 2, "Message delivered", "", PROVIDER_ONLY, ""),
            row(S002, ROUTES, RECEIPT_STATUS, 5, 5, "Failed message delivery", "", PROVIDER_ONLY, ""),
            row(S003, YCLOUD, BIND, 0, 0, "Success", "", AGREES, ""),
            row(S003, YCLOUD, BIND, 3, 3, "Invalid SMPP system ID and password", "", CONTRADICTS, "ESME_RINVCMDID"),
            row(S003, YCLOUD, BIND, 5, 5, "Exceeds connection limit", "", CONTRADICTS, "ESME_RALYBND"),
            row(S003, YCLOUD, SUBMIT, 0, 0, "Success", "", AGREES, ""),
            row(S003, YCLOUD, SUBMIT, 4, 4, "Invalid phone number", "", CONTRADICTS, "ESME_RINVBNDSTS"),
            row(S003, YCLOUD, SUBMIT, 6, 6, "Exceeds connection limit", "", CONTRADICTS, "ESME_RINVPRTFLG"),
            row(S003, YCLOUD, RECEIPT_ERROR, 3, 3, "Insufficient balance", "", PROVIDER_ONLY, ""),
            row(S003, YCLOUD, RECEIPT_ERROR, 4, 4, "Use of sensitive words not allowed", "", PROVIDER_ONLY, ""),
            row(S003, YCLOUD, RECEIPT_ERROR, 10, 10, "The phone number is blacklisted", "", PROVIDER_ONLY, ""),
            row(S003, YCLOUD, RECEIPT_ERROR, 18, 18, "Invalid signature. Signatures are required for SMS in Mainland China", "", PROVIDER_ONLY, ""),
            row(S003, YCLOUD, RECEIPT_ERROR, 65, 65, "Rejected by us, usually for SMS in Mainland China", "", PROVIDER_ONLY, ""),
            row(S004, SELFHOST, STATUS, 0x00, 0, "Success", "", AGREES, ""),
            row(S004, SELFHOST, STATUS, 0x01, 1, "Invalid message length", "", AGREES, ""),
            row(S004, SELFHOST, STATUS, 0x03, 3, "Invalid command ID", "", AGREES, ""),
            row(S004, SELFHOST, STATUS, 0x05, 5, "Invalid bind status", "", CONTRADICTS, "ESME_RALYBND"),
            row(S004, SELFHOST, STATUS, 0x0D, 13, "Invalid source address", "", CONTRADICTS, "ESME_RBINDFAIL"),
            row(S004, SELFHOST, STATUS, 0x0E, 14, "Invalid destination address", "", CONTRADICTS, "ESME_RINVPASWD"),
            row(S004, SELFHOST, STATUS, 0x58, 88, "Throttling error (rate limit)", "", AGREES, ""),
            stat(S004, SELFHOST, "DELIVRD", 2, "Message delivered"),
            stat(S004, SELFHOST, "UNDELIV", 5, "Delivery failed"),
            stat(S004, SELFHOST, "EXPIRED", 3, "Message expired"),
            stat(S004, SELFHOST, "UNKNOWN", 7, "Unknown status"),
            row(S003, YCLOUD, RECEIPT_ERROR, 0, 0, "No error (message sent)", "", PROVIDER_ONLY, ""));
    }

    private static Fact row(String seed, String provider, ErrorScope scope, int code, int decimal,
            String description, String remedy, Relation relation, String standardName) {
        return new Fact(Kind.CODE, seed, provider, scope, code, decimal, description, remedy, relation,
                standardName);
    }

    private static Fact reserved(String seed, int code) {
        return new Fact(Kind.RESERVED, seed, ROUTES, STATUS, code, code, "Reserved", "", AGREES, "");
    }

    private static Fact stat(String seed, String provider, String word, int messageState, String description) {
        return new Fact(Kind.STAT, seed, provider, RECEIPT_STAT, messageState, messageState, description, "",
                AGREES, word);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void seedStatesTheFact(Fact fact) {
        String seed = seedText(fact.seed());
        if (fact.kind() == Kind.RESERVED) {
            assertThat(seed).containsPattern(Pattern.quote(ErrorInfo.hex(fact.code())) + " \\| (\\d+ \\| )?Reserved");
            return;
        }
        if (fact.code() == 0 && fact.scope() == RECEIPT_ERROR) {
            assertThat(seed).contains("When sending, 'err' is '0', other values are:");
            return;
        }
        if (fact.kind() == Kind.STAT) {
            assertThat(seed).contains("| " + fact.standardName() + " | " + fact.description() + " |");
            return;
        }
        assertThat(seed).contains(fact.description());
        if (!fact.remedy().isEmpty()) {
            assertThat(seed).contains(fact.remedy());
        }
        if (fact.seed().equals(S002) && fact.scope() == STATUS) {
            assertThat(seed).contains(ErrorInfo.hex(fact.code()) + " | " + fact.decimal() + " | ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void catalogCarriesTheFact(Fact fact) {
        ErrorCatalog catalog = ErrorCatalog.forProvider(fact.provider());
        List<ErrorInfo> found = catalog.lookup(fact.scope(), fact.code());
        if (fact.kind() == Kind.RESERVED) {
            // SMPP 3.4 reserves 0x100-0x3FF, as the seed says; SMPP 5.0 assigned 0x100-0x112.
            assertThat(found).singleElement().satisfies(info -> {
                assertThat(info.source()).isEqualTo("standard");
                assertThat(info.description()).startsWith(info.name().isEmpty() ? "reserved" : "SMPP 5.0: ");
            });
            return;
        }
        List<ErrorInfo> mine = found.stream()
                .filter(info -> info.source().equals(fact.provider()) && info.scope() == fact.scope())
                .toList();
        assertThat(mine).as("%s entries of %s", fact.provider(), fact).hasSize(1);
        ErrorInfo info = mine.get(0);
        assertThat(info.code()).isEqualTo(fact.code());
        assertThat(info.description()).isEqualTo(fact.description());
        assertThat(info.remedy()).isEqualTo(fact.remedy());
        assertThat(info.relation()).isEqualTo(fact.relation());
        assertThat(info.contradictsStandard()).isEqualTo(fact.relation() == CONTRADICTS);
        assertThat(catalog.resolve(fact.scope(), fact.code())).contains(info);
        if (fact.kind() == Kind.STAT) {
            assertThat(info.name()).isEqualTo(fact.standardName());
            assertThat(catalog.lookupByName(fact.standardName())).extracting(ErrorInfo::source)
                    .containsExactly("standard", fact.provider());
        }
        if (fact.scope().isCommandStatus()) {
            ErrorInfo standard = found.get(0);
            assertThat(standard.source()).isEqualTo("standard");
            assertThat(standard.code()).isEqualTo(fact.code());
            if (fact.relation() == CONTRADICTS) {
                assertThat(standard.name()).isEqualTo(fact.standardName());
                assertThat(info.name()).isEqualTo(fact.standardName());
            }
            if (fact.relation() == EXTENDS) {
                assertThat(standard.name()).isEmpty();
            }
        }
        if (fact.decimal() != fact.code()) {
            assertThat(catalog.notes()).as("note on the seed's decimal misprint")
                    .anyMatch(note -> note.contains(Integer.toString(fact.decimal())));
        }
    }

    @Test
    void eightByEightDocumentsTheBindLimitButNoStatusCode() {
        for (String seed : List.of(S000, S001)) {
            assertThat(seedText(seed)).contains("maximum of 4 binds per subAccountId")
                    .contains("Your bind will be rejected");
        }
        ErrorCatalog catalog = ErrorCatalog.forProvider("8x8");
        assertThat(catalog.sources()).containsExactly("standard", "8x8");
        assertThat(catalog.entries()).isEqualTo(ErrorCatalog.standard().entries());
        assertThat(catalog.notes()).anyMatch(note -> note.startsWith("8x8: ") && note.contains("4 binds")
                && note.contains("no code is mapped"));
    }

    @Test
    void everyProviderEntryIsBackedByARow() {
        List<Fact> facts = facts().toList();
        for (String provider : List.of(ROUTES, YCLOUD, SELFHOST)) {
            for (ErrorInfo info : ErrorCatalog.forProvider(provider).entries()) {
                if (info.isStandard()) {
                    continue;
                }
                assertThat(facts).as("row for %s %s %d", provider, info.scope(), info.code())
                        .anyMatch(f -> f.provider().equals(provider) && f.scope() == info.scope()
                                && f.code() == info.code() && f.kind() != Kind.RESERVED);
            }
        }
    }

    /** The seed text with Markdown escapes removed and every run of white space made one space. */
    private static String seedText(String seed) {
        return SharedDocs.read("seeds/" + seed).replace("\\_", "_").replaceAll("\\s+", " ");
    }
}
