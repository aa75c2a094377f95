package io.github.smppkit.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {
    private static final String HEAD = "# test catalog\n@source\tacme\n";

    private static CatalogFormatException rejected(String text) {
        try {
            ErrorCatalog.parse("acme.tsv", text);
        } catch (CatalogFormatException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void parsesAValidProviderCatalogOnTopOfTheStandard() {
        ErrorCatalog catalog = ErrorCatalog.parse("acme.tsv", HEAD
                + "@note\tbinds limited\n"
                + "status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tagrees\tslow down\tsend less\n"
                + "bind\t0x0D\tESME_RBINDFAIL\tPERMANENT\tcontradicts\taccount disabled\n"
                + "status\t0x401\t-\tTHROTTLED\textends\tdaily quota reached\r\n"
                + "receipt-err\t7\t-\tPERMANENT\tprovider-only\tnumber ported\t-\n");
        assertThat(catalog.sources()).containsExactly("standard", "acme");
        assertThat(catalog.notes()).containsExactly("acme: binds limited");
        assertThat(catalog.lookup(0x58)).extracting(ErrorInfo::remedy).containsExactly("", "send less");
        assertThat(catalog.isThrottling(0x401)).isTrue();
        assertThat(ErrorCatalog.standard().isThrottling(0x401)).isFalse();
        assertThat(catalog.lookup(ErrorScope.RECEIPT_ERROR, 7)).singleElement()
                .satisfies(info -> assertThat(info.remedy()).isEmpty());
        assertThat(catalog.resolve(ErrorScope.BIND_STATUS, 0x0D).orElseThrow().description())
                .isEqualTo("account disabled");
    }

    @Test
    void duplicateCodeInAScopeIsRejectedNamingBothLines() {
        CatalogFormatException e = rejected(HEAD
                + "receipt-err\t3\t-\tPERMANENT\tprovider-only\tno money\n"
                + "receipt-err\t0x3\t-\tPERMANENT\tprovider-only\tagain\n");
        assertThat(e).hasMessage("acme.tsv line 4: duplicate code 3 in scope receipt-err (first on line 3)");
        assertThat(e.lineNumber()).isEqualTo(4);
    }

    @Test
    void sameCodeInDifferentScopesIsAccepted() {
        ErrorCatalog catalog = ErrorCatalog.parse("acme.tsv", HEAD
                + "bind\t3\tESME_RINVCMDID\tPERMANENT\tcontradicts\tbad password\n"
                + "submit\t3\tESME_RINVCMDID\tPERMANENT\tagrees\tunknown command\n"
                + "receipt-err\t3\t-\tPERMANENT\tprovider-only\tno money\n");
        assertThat(catalog.lookup(3)).extracting(ErrorInfo::description)
                .containsExactly("command_id unknown or not supported", "bad password", "unknown command");
    }

    @Test
    void rangeOverlappingACodeIsRejected() {
        CatalogFormatException e = CatalogLoaderAccess.rejectStandard("@source\tstandard\n"
                + "status\t0x10-0x20\t-\tPERMANENT\tstandard\treserved\n"
                + "status\t0x18\tESME_RFOO\tPERMANENT\tstandard\tfoo\n");
        assertThat(e).hasMessage("standard.tsv line 3: duplicate code 0x00000018 in scope status (first on line 2)");
    }

    @Test
    void duplicateNameInAScopeIsRejected() {
        CatalogFormatException e = CatalogLoaderAccess.rejectStandard("@source\tstandard\n"
                + "status\t1\tESME_RFOO\tPERMANENT\tstandard\tfoo\n"
                + "status\t2\tESME_RBAR|esme_rfoo\tPERMANENT\tstandard\tbar\n");
        assertThat(e).hasMessage("standard.tsv line 3: duplicate name esme_rfoo in scope status (first on line 2)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false, value = {
        "status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tagrees;5 tab-separated columns",
        "status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tagrees\ta\tb\tc;8 tab-separated columns",
        "state\t0x58\tESME_RTHROTTLED\tTHROTTLED\tagrees\tslow;unknown scope 'state'",
        "status\t0xZZ\t-\tTHROTTLED\textends\tslow;code '0xZZ'",
        "status\t0x100000000\t-\tTHROTTLED\textends\tslow;code '0x100000000'",
        "receipt-err\t-1\t-\tPERMANENT\tprovider-only\tx;code '-1'",
        "status\t0x58\tESME_RTHROTTLED\tSLOW\tagrees\tslow;unknown retry class 'SLOW'",
        "status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tsame\tslow;unknown relation 'same'",
        "status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tagrees\t ;empty description",
        "status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tstandard\tslow;relation 'standard' is for the standard catalog",
        "status\t0x58\tESME_RSYSERR\tTHROTTLED\tagrees\tslow;name 'ESME_RSYSERR' is not the standard name of 0x00000058",
        "status\t0x58\t-\tTHROTTLED\textends\tslow;0x00000058 is ESME_RTHROTTLED in the standard",
        "status\t0x401\t-\tTHROTTLED\tagrees\tslow;0x00000401 has no standard meaning (expected extends)",
        "status\t0x09\t-\tTHROTTLED\tcontradicts\tslow;0x00000009 has no standard meaning",
        "status\t0x58\t-\tTHROTTLED\tprovider-only\tslow;scope status has standard meanings",
        "receipt-err\t3\t-\tPERMANENT\tagrees\tx;scope receipt-err has no standard meanings",
        "status\t0x401-0x402\t-\tTHROTTLED\textends\tslow;a provider entry names one code, not a range",
        "@flag\tx;unknown directive @flag",
        "@note;directive without a tab-separated value",
        "@source\tother;second @source"})
    void malformedLineIsRejectedWithItsLineNumber(String line, String reason) {
        CatalogFormatException e = rejected(HEAD + "# fine\n\n" + line + "\n");
        assertThat(e.getMessage()).startsWith("acme.tsv line 5: ").contains(reason);
        assertThat(e.lineNumber()).isEqualTo(5);
    }

    @Test
    void entryBeforeSourceAndMissingSourceAreRejected() {
        assertThat(rejected("status\t0x58\tESME_RTHROTTLED\tTHROTTLED\tagrees\tslow\n"))
                .hasMessage("acme.tsv line 1: entry before the @source line");
        assertThat(rejected("# nothing\n")).hasMessage("acme.tsv: no @source line");
        assertThat(rejected("@source\tstandard\n")).hasMessageContaining("reserved for the SMPP standard catalog");
        assertThat(rejected("@source\tAcme Corp\n")).hasMessageContaining("source name 'Acme Corp'");
    }

    @Test
    void rangeMustNotCarryAName() {
        CatalogFormatException e = CatalogLoaderAccess.rejectStandard("@source\tstandard\n"
                + "status\t0x10-0x12\tESME_RFOO\tPERMANENT\tstandard\treserved\n");
        assertThat(e).hasMessage("standard.tsv line 2: a code range cannot carry a name");
        assertThat(CatalogLoaderAccess.rejectStandard("@source\tstandard\n"
                + "status\t0x12-0x10\t-\tPERMANENT\tstandard\treserved\n"))
                .hasMessage("standard.tsv line 2: code range 0x12-0x10 ends before it starts");
    }

    /** Parses standard-catalog data directly, which the public API never does. */
    static final class CatalogLoaderAccess {
        private CatalogLoaderAccess() {
        }

        static CatalogFormatException rejectStandard(String text) {
            try {
                CatalogLoader.parse("standard.tsv", text, null);
            } catch (CatalogFormatException e) {
                return e;
            }
            throw new AssertionError("accepted: " + text);
        }
    }
}
