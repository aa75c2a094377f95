package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static ClientConfig.Builder valid() {
        return SmppClient.builder().host("smsc.example").systemId("esme").password("s3cret");
    }

    @Test
    void clientDefaults() {
        ClientConfig c = valid().build();
        assertThat(c.port()).isEqualTo(2775);
        assertThat(c.bindType()).isEqualTo(BindType.TRANSCEIVER);
        assertThat(c.interfaceVersion()).isEqualTo(InterfaceVersion.V34);
        assertThat(c.tls()).isEmpty();
        assertThat(c.reconnect().enabled()).isFalse();
        assertThat(c.handlerErrorStatus()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
        assertThat(c.throttlingStatuses().test(CommandStatus.ESME_RTHROTTLED.code())).isTrue();
        assertThat(c.throttlingStatuses().test(CommandStatus.ESME_RMSGQFUL.code())).isTrue();
        assertThat(c.throttlingStatuses().test(CommandStatus.ESME_RSYSERR.code())).isFalse();
        assertThat(c.maxQueuedResponseBytes()).isEqualTo(1 << 20);
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void serverDefaults() {
        ServerConfig s = SmppServer.builder().build();
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isZero();
        assertThat(s.handlerErrorStatus()).isEqualTo(CommandStatus.ESME_RSYSERR);
        assertThat(s.maxQueuedResponseBytes()).isEqualTo(1 << 20);
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void passwordsNeverInToString() {
        assertThat(valid().build().toString()).doesNotContain("s3cret").contains("***");
        BindRequest r = new BindRequest("esme", "s3cret", "", BindType.RECEIVER, InterfaceVersion.V34,
                Address.EMPTY, new InetSocketAddress("127.0.0.1", 1));
        assertThat(r.toString()).doesNotContain("s3cret");
    }

    @Test
    void everyBadFieldIsNamed() {
        assertThatThrownBy(() -> valid().host("").build()).hasMessageContaining("host");
        assertThatThrownBy(() -> valid().port(0).build()).hasMessageContaining("port");
        assertThatThrownBy(() -> valid().systemId("sixteen-chars-xx").build()).hasMessageContaining("systemId");
        assertThatThrownBy(() -> valid().password("ninechars").build()).hasMessageContaining("password");
        assertThatThrownBy(() -> valid().windowSize(0).build()).hasMessageContaining("windowSize");
        assertThatThrownBy(() -> valid().responseTimeout(Duration.ZERO).build())
                .hasMessageContaining("responseTimeout");
        assertThatThrownBy(() -> valid().connectTimeout(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> valid().enquireLinkInterval(null).build())
                .hasMessageContaining("enquireLinkInterval");
        assertThatThrownBy(() -> valid().handlerErrorStatus(CommandStatus.ESME_ROK).build())
                .hasMessageContaining("handlerErrorStatus");
        assertThatThrownBy(() -> SmppServer.builder().maxBindsPerSystemId(0).build())
                .hasMessageContaining("maxBindsPerSystemId");
        assertThatThrownBy(() -> SmppServer.builder().bindTimeout(Duration.ZERO).build())
                .hasMessageContaining("bindTimeout");
        assertThatThrownBy(() -> valid().maxQueuedResponseBytes(0).build())
                .hasMessageContaining("maxQueuedResponseBytes");
        assertThatThrownBy(() -> SmppServer.builder().maxQueuedResponseBytes(-1).build())
                .hasMessageContaining("maxQueuedResponseBytes");
    }

    @Test
    void enquireLinkIntervalZeroDisablesKeepalive() {
        assertThat(valid().enquireLinkInterval(Duration.ZERO).build().enquireLinkInterval()).isZero();
    }

    @Test
    void bindDecisionsAndTypes() {
        assertThat(BindDecision.accept().accepted()).isTrue();
        assertThat(BindDecision.reject(CommandStatus.ESME_RBINDFAIL).accepted()).isFalse();
        assertThatThrownBy(() -> BindDecision.reject(CommandStatus.ESME_ROK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BindDecision.accept().peerVersion()).isEmpty();
        assertThat(BindDecision.acceptAs(InterfaceVersion.V34).peerVersion()).contains(InterfaceVersion.V34);
        assertThatThrownBy(() -> new BindDecision(CommandStatus.ESME_RBINDFAIL, Optional.of(InterfaceVersion.V34)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only an accepted bind");
        assertThat(BindType.RECEIVER.canTransmit()).isFalse();
        assertThat(BindType.TRANSMITTER.canReceive()).isFalse();
        assertThat(BindType.TRANSCEIVER.canTransmit() && BindType.TRANSCEIVER.canReceive()).isTrue();
        assertThat(SmppBindException.isPermanent(CommandStatus.ESME_RALYBND)).isFalse();
        assertThat(SmppBindException.isPermanent(CommandStatus.ESME_RINVSYSID)).isTrue();
    }
}
