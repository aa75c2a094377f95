package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class BindRequestTest {

    private static BindRequest bind(String systemId, String password) {
        return new BindRequest(systemId, password, "", BindType.TRANSCEIVER, InterfaceVersion.V34, Address.EMPTY,
                new InetSocketAddress("127.0.0.1", 2775));
    }

    @Test
    void passwordsCompareByContent() {
        assertThat(bind("shop", "secret").passwordMatches("secret")).isTrue();
        assertThat(bind("shop", "secret").passwordMatches("secreT")).isFalse();
        assertThat(bind("shop", "secret").passwordMatches("secret1")).isFalse();
        assertThat(bind("shop", "").passwordMatches("")).isTrue();
        assertThat(bind("shop", "?pw").passwordMatches("\u20acpw")).isFalse();
    }

    @Test
    void authenticatorNamesTheWrongField() {
        BindAuthenticator authenticator = BindAuthenticator.of("shop", "secret");
        assertThat(authenticator.authenticate(bind("shop", "secret")).accepted()).isTrue();
        assertThat(authenticator.authenticate(bind("shop", "wrong")).status())
                .isEqualTo(CommandStatus.ESME_RINVPASWD);
        assertThat(authenticator.authenticate(bind("other", "secret")).status())
                .isEqualTo(CommandStatus.ESME_RINVSYSID);
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(bind("shop", "s3cr3t-pw").toString()).doesNotContain("s3cr3t-pw").contains("***");
    }
}
