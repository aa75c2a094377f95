package io.github.smppkit.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCatalogTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "0x00, ESME_ROK, PERMANENT",
        "0x01, ESME_RINVMSGLEN, PERMANENT",
        "0x04, ESME_RINVBNDSTS, REBIND",
        "0x05, ESME_RALYBND, REBIND",
        "0x08, ESME_RSYSERR, RETRY_AFTER_BACKOFF",
        "0x0D, ESME_RBINDFAIL, PERMANENT",
        "0x0E, ESME_RINVPASWD, PERMANENT",
        "0x0F, ESME_RINVSYSID, PERMANENT",
        "0x14, ESME_RMSGQFUL, THROTTLED",
        "0x45, ESME_RSUBMITFAIL, RETRY_AFTER_BACKOFF",
        "0x58, ESME_RTHROTTLED, THROTTLED",
        "0x64, ESME_RX_T_APPN, RETRY_AFTER_BACKOFF",
        "0x65, ESME_RX_P_APPN, PERMANENT",
        "0x66, ESME_RX_R_APPN, PERMANENT",
        "0xC4, ESME_RINVTLVVAL, PERMANENT",
        "0xFF, ESME_RUNKNOWNERR, RETRY_AFTER_BACKOFF",
        "0x102, ESME_RSERTYPUNAVAIL, RETRY_AFTER_BACKOFF",
        "0x104, ESME_RINVDCS, PERMANENT"})
    void retryClassesOfKeyStandardCodes(String hex, String name, RetryClass retry) {
        int code = Integer.parseInt(hex.substring(2), 16);
        ErrorCatalog standard = ErrorCatalog.standard();
        assertThat(standard.retryClass(code)).isEqualTo(retry);
        assertThat(standard.isThrottling(code)).isEqualTo(retry == RetryClass.THROTTLED);
        assertThat(standard.lookupByName(name)).singleElement()
                .satisfies(info -> assertThat(info.code()).isEqualTo(code));
    }

    @Test
    void onlySuccessCodeIsMarkedSuccess() {
        assertThat(ErrorCatalog.standard().entries()).filteredOn(ErrorInfo::success)
                .extracting(ErrorInfo::name).containsExactly("ESME_ROK", "DELIVRD", "ACCEPTD");
    }

    @Test
    void lookupByNameIgnoresCaseAndKnowsBothSpellingsOfTheTlvCodes() {
        ErrorCatalog standard = ErrorCatalog.standard();
        assertThat(standard.lookupByName("esme_rthrottled")).extracting(ErrorInfo::code).containsExactly(0x58);
        ErrorInfo v5 = standard.lookupByName("ESME_RINVTLVSTREAM").get(0);
        assertThat(standard.lookupByName("ESME_RINVOPTPARSTREAM")).containsExactly(v5);
        assertThat(v5.name()).isEqualTo("ESME_RINVTLVSTREAM");
        assertThat(v5.aliases()).containsExactly("ESME_RINVOPTPARSTREAM");
        assertThat(standard.lookupByName("ESME_RNOSUCH")).isEmpty();
        assertThat(standard.lookupByName("")).isEmpty();
    }

    @Test
    void lookupByNameWithProviderListsProviderMeaningsOfTheSameNumber() {
        assertThat(ErrorCatalog.forProvider("selfhost").lookupByName("ESME_RBINDFAIL"))
                .extracting(ErrorInfo::source, ErrorInfo::description, ErrorInfo::contradictsStandard)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("standard",
                                "bind failed (usually wrong system_id or password)", false),
                        org.assertj.core.groups.Tuple.tuple("selfhost", "Invalid source address", true));
    }

    @Test
    void lookupWithoutProviderGivesTheStandardMeaningOnly() {
        assertThat(ErrorCatalog.standard().lookup(0x0D)).singleElement().satisfies(info -> {
            assertThat(info.name()).isEqualTo("ESME_RBINDFAIL");
            assertThat(info.relation()).isEqualTo(Relation.STANDARD);
            assertThat(info.isStandard()).isTrue();
        });
        assertThat(ErrorCatalog.forProvider("generic")).isSameAs(ErrorCatalog.standard());
    }

    @Test
    void contradictionIsLabelledAndTheProviderMeaningApplies() {
        ErrorCatalog selfhost = ErrorCatalog.forProvider("selfhost");
        List<ErrorInfo> found = selfhost.lookup(0x05);
        assertThat(found).extracting(ErrorInfo::source).containsExactly("standard", "selfhost");
        assertThat(found.get(0).description()).isEqualTo("ESME already bound");
        assertThat(found.get(1).description()).isEqualTo("Invalid bind status");
        assertThat(found.get(1).contradictsStandard()).isTrue();
        assertThat(found.get(1).name()).isEqualTo("ESME_RALYBND");
        assertThat(selfhost.resolve(ErrorScope.COMMAND_STATUS, 0x05)).contains(found.get(1));
        assertThat(selfhost.lookup(0x58).get(1).contradictsStandard()).isFalse();
    }

    @Test
    void ycloudBindAndSubmitMeaningsDependOnTheContext() {
        ErrorCatalog ycloud = ErrorCatalog.forProvider("ycloud");
        assertThat(ycloud.lookup(ErrorScope.BIND_STATUS, 5)).extracting(ErrorInfo::description)
                .containsExactly("ESME already bound", "Exceeds connection limit");
        assertThat(ycloud.lookup(ErrorScope.SUBMIT_STATUS, 5)).extracting(ErrorInfo::source)
                .containsExactly("standard");
        assertThat(ycloud.lookup(4)).extracting(ErrorInfo::source, ErrorInfo::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple("standard", ErrorScope.COMMAND_STATUS),
                org.assertj.core.groups.Tuple.tuple("ycloud", ErrorScope.SUBMIT_STATUS));
        assertThat(ycloud.retryClass(4)).isEqualTo(RetryClass.REBIND);
        assertThat(ycloud.retryClass(ErrorScope.SUBMIT_STATUS, 4)).isEqualTo(RetryClass.PERMANENT);
        assertThat(ycloud.retryClass(ErrorScope.BIND_STATUS, 3)).isEqualTo(RetryClass.PERMANENT);
        assertThat(ycloud.retryClass(ErrorScope.BIND_STATUS, 5)).isEqualTo(RetryClass.RETRY_AFTER_BACKOFF);
        assertThat(ycloud.isThrottling(ErrorScope.SUBMIT_STATUS, 6)).isTrue();
        assertThat(ycloud.isThrottling(6)).isFalse();
        assertThat(ycloud.isThrottling(ErrorScope.SUBMIT_STATUS, 0x58)).isTrue();
    }

    @Test
    void receiptCodesDoNotMixWithCommandStatus() {
        ErrorCatalog ycloud = ErrorCatalog.forProvider("ycloud");
        assertThat(ycloud.lookup(ErrorScope.RECEIPT_ERROR, 3)).singleElement()
                .satisfies(info -> assertThat(info.description()).isEqualTo("Insufficient balance"));
        assertThat(ycloud.lookup(3)).extracting(ErrorInfo::description)
                .doesNotContain("Insufficient balance");
        assertThat(ycloud.lookup(ErrorScope.RECEIPT_ERROR, 99)).isEmpty();
        assertThat(ycloud.resolve(ErrorScope.RECEIPT_ERROR, 99)).isEmpty();
        assertThat(ycloud.retryClass(ErrorScope.RECEIPT_ERROR, 99)).isEqualTo(RetryClass.PERMANENT);
        assertThat(ErrorCatalog.forProvider("sms-smpp-routes").lookup(ErrorScope.RECEIPT_STATUS, 2))
                .singleElement().satisfies(info -> assertThat(info.success()).isTrue());
    }

    @Test
    void vendorCodeOfSmsSmppRoutesExtendsTheReservedRange() {
        List<ErrorInfo> found = ErrorCatalog.forProvider("sms-smpp-routes").lookup(0x12F);
        assertThat(found).extracting(ErrorInfo::source).containsExactly("standard", "sms-smpp-routes");
        assertThat(found.get(0).description()).startsWith("reserved");
        assertThat(found.get(1).relation()).isEqualTo(Relation.EXTENDS);
        assertThat(found.get(1).description()).isEqualTo("Country/Network not available");
    }

    @Test
    void everyCommandStatusHasAnAnswerIncludingUnsignedHighCodes() {
        ErrorCatalog standard = ErrorCatalog.standard();
        assertThat(standard.lookup(0x450)).singleElement()
                .satisfies(info -> assertThat(info.description()).startsWith("vendor-specific"));
        assertThat(standard.lookup(0xFFFFFFFF)).singleElement().satisfies(info -> {
            assertThat(info.code()).isEqualTo(0xFFFFFFFF);
            assertThat(info.description()).startsWith("reserved");
        });
        assertThat(standard.lookup(0x80000000).get(0).codeText()).isEqualTo("0x80000000");
    }

    @Test
    void withStacksSourcesOnceAndInOrder() {
        ErrorCatalog both = ErrorCatalog.forProvider("ycloud").with(ErrorCatalog.forProvider("selfhost"));
        assertThat(both.sources()).containsExactly("standard", "ycloud", "selfhost");
        assertThat(both.lookup(0x05)).extracting(ErrorInfo::source)
                .containsExactly("standard", "ycloud", "selfhost");
        assertThat(ErrorCatalog.standard().with(ErrorCatalog.forProvider("selfhost")).sources())
                .containsExactly("standard", "selfhost");
        ErrorCatalog selfhost = ErrorCatalog.forProvider("selfhost");
        assertThat(selfhost.with(ErrorCatalog.standard())).isSameAs(selfhost);
    }

    @Test
    void providerCatalogsAreCachedAndNamedAsEverywhere() {
        assertThat(ErrorCatalog.providerNames())
                .containsExactly("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic");
        for (String name : ErrorCatalog.providerNames()) {
            assertThat(ErrorCatalog.forProvider(name)).isSameAs(ErrorCatalog.forProvider(name.toUpperCase(Locale.ROOT)));
        }
        assertThat(ErrorCatalog.standard()).isSameAs(ErrorCatalog.standard());
        assertThatThrownBy(() -> ErrorCatalog.forProvider("acme"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acme'").hasMessageContaining("sms-smpp-routes");
    }

    @Test
    void entriesAndNotesAreImmutable() {
        ErrorCatalog catalog = ErrorCatalog.forProvider("sms-smpp-routes");
        assertThatThrownBy(() -> catalog.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.notes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.lookup(1).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void explainShowsStandardAndProviderMeaningSideBySide() {
        String text = ErrorCatalog.forProvider("selfhost").explain(0x0D);
        assertThat(text).isEqualTo("0x0000000D (13), command_status\n"
                + "  standard: ESME_RBINDFAIL - bind failed (usually wrong system_id or password); retry: PERMANENT\n"
                + "  selfhost: Invalid source address (contradicts standard ESME_RBINDFAIL); retry: PERMANENT\n"
                + "  applies: selfhost meaning, retry PERMANENT\n");
        assertThat(ErrorCatalog.forProvider("sms-smpp-routes").explain(0x15))
                .contains("  sms-smpp-routes: ESME_RINVSERTYP - Invalid Service Type; retry: PERMANENT\n"
                        + "    remedy: Set to NULL\n");
        assertThat(ErrorCatalog.forProvider("ycloud").explain(3))
                .contains("  ycloud [bind_resp command_status]: Invalid SMPP system ID and password"
                        + " (contradicts standard ESME_RINVCMDID); retry: PERMANENT\n")
                .contains("applies: standard meaning");
        assertThat(ErrorCatalog.forProvider("ycloud").explain(ErrorScope.RECEIPT_ERROR, 42))
                .isEqualTo("42, receipt err\n  no source documents this code\n");
        assertThat(ErrorCatalog.standard().explain(0))
                .contains("ESME_ROK - success; retry: none (success)");
    }
}
