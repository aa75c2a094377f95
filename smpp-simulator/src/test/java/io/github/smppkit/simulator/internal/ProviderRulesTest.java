package io.github.smppkit.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.providers.Violation;
import io.github.smppkit.simulator.MessageIdStyle;
import org.junit.jupiter.api.Test;

class ProviderRulesTest {

    private static ProviderProfile profile(String name) {
        return Providers.byName(name).orElseThrow();
    }

    @Test
    void bindLimitStatusFollowsEachCatalog() {
        assertThat(ProviderRules.bindLimitStatus(profile("8x8"))).isEqualTo(CommandStatus.ESME_RBINDFAIL);
        assertThat(ProviderRules.bindLimitStatus(profile("sms-smpp-routes"))).isEqualTo(CommandStatus.ESME_RBINDFAIL);
        assertThat(ProviderRules.bindLimitStatus(profile("ycloud"))).isEqualTo(CommandStatus.of(5));
        assertThat(ProviderRules.bindLimitStatus(profile("selfhost"))).isEqualTo(CommandStatus.ESME_RALYBND);
        assertThat(ProviderRules.bindLimitStatus(profile("generic"))).isEqualTo(CommandStatus.ESME_RBINDFAIL);
    }

    @Test
    void credentialsStatusAvoidsNumbersTheProviderGivesAnotherMeaning() {
        assertThat(ProviderRules.credentialsStatus(profile("ycloud"), CommandStatus.ESME_RINVPASWD))
                .isEqualTo(CommandStatus.of(3));
        assertThat(ProviderRules.credentialsStatus(profile("sms-smpp-routes"), CommandStatus.ESME_RINVPASWD))
                .isEqualTo(CommandStatus.ESME_RINVPASWD);
        assertThat(ProviderRules.credentialsStatus(profile("generic"), CommandStatus.ESME_RINVPASWD))
                .isEqualTo(CommandStatus.ESME_RINVPASWD);
        // selfhost's 0x0E is "Invalid destination address" and its 0x0D "Invalid source address"
        assertThat(ProviderRules.credentialsStatus(profile("selfhost"), CommandStatus.ESME_RINVPASWD))
                .isEqualTo(CommandStatus.ESME_RINVSYSID);
        assertThat(ProviderRules.credentialsStatus(profile("selfhost"), CommandStatus.ESME_RINVSYSID))
                .isEqualTo(CommandStatus.ESME_RINVSYSID);
    }

    @Test
    void violationsMapToTheProvidersOwnCodeWhereItHasOne() {
        Violation destination = new Violation("x", "destination.format", "bad destination");
        assertThat(statusFor("ycloud", destination)).isEqualTo(CommandStatus.of(4));
        assertThat(statusFor("selfhost", destination)).isEqualTo(CommandStatus.of(0x0E));
        assertThat(statusFor("sms-smpp-routes", destination)).isEqualTo(CommandStatus.ESME_RINVDSTADR);
        assertThat(statusFor("8x8", destination)).isEqualTo(CommandStatus.ESME_RINVDSTADR);
        Violation source = new Violation("x", "source.alphanumeric", "bad source");
        assertThat(statusFor("selfhost", source)).isEqualTo(CommandStatus.of(0x0D));
        assertThat(statusFor("sms-smpp-routes", new Violation("x", "destination.ton", "t")))
                .isEqualTo(CommandStatus.ESME_RINVDSTTON);
        assertThat(statusFor("sms-smpp-routes", new Violation("x", "message.max-octets", "l")))
                .isEqualTo(CommandStatus.ESME_RINVMSGLEN);
        assertThat(statusFor("generic",
                new Violation("x", "submit.null-fields", "requires sm_default_msg_id to be NULL")))
                .isEqualTo(CommandStatus.ESME_RINVDFTMSGID);
        assertThat(statusFor("generic", new Violation("x", "something-new", "?")))
                .isEqualTo(CommandStatus.ESME_RSUBMITFAIL);
    }

    @Test
    void anUnsupportedDataCodingGetsEsmeRinvdcsOnlyInAnSmpp50Session() {
        Violation coding = new Violation("selfhost", "data-codings", "selfhost supports data_coding 0 and 8, not 3");
        assertThat(statusFor("selfhost", coding)).isEqualTo(CommandStatus.ESME_RSUBMITFAIL);
        assertThat(ProviderRules.statusFor(profile("selfhost"), coding, InterfaceVersion.V33))
                .isEqualTo(CommandStatus.ESME_RSUBMITFAIL);
        assertThat(ProviderRules.statusFor(profile("selfhost"), coding, InterfaceVersion.V50))
                .isEqualTo(CommandStatus.ESME_RINVDCS);
    }

    /** The status an ESME bound as SMPP 3.4 gets. */
    private static CommandStatus statusFor(String provider, Violation violation) {
        return ProviderRules.statusFor(profile(provider), violation, InterfaceVersion.V34);
    }

    @Test
    void normaliseDropsFillerWordsAndPunctuation() {
        assertThat(ProviderRules.normalise("Message length is invalid")).isEqualTo("message length");
        assertThat(ProviderRules.normalise("Invalid Dest Addr")).isEqualTo("dest addr");
        assertThat(ProviderRules.normalise("Invalid Source address TON")).isEqualTo("source address ton");
    }

    @Test
    void idStylesDefaultToDecimal() {
        assertThat(ProviderRules.idStyles(profile("8x8"))).containsExactly(MessageIdStyle.DECIMAL,
                MessageIdStyle.DECIMAL);
    }
}
