package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Which failures of a reconnecting client's first connect are retried: those that may go away on their own. */
class FirstConnectRetryTest {

    @Test
    void transientBindRefusalsAndConnectionFailuresAreRetried() {
        assertThat(ReconnectingSession.retriesFirstConnect(refused(CommandStatus.ESME_RALYBND))).isTrue();
        assertThat(ReconnectingSession.retriesFirstConnect(refused(CommandStatus.ESME_RTHROTTLED))).isTrue();
        assertThat(ReconnectingSession.retriesFirstConnect(new SmppConnectionException("connect: refused",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(ReconnectingSession.retriesFirstConnect(new SmppConnectionException("bind: no response",
                new SmppTimeoutException("bind_transceiver_resp")))).isTrue();
    }

    @Test
    void permanentRefusalsWrongHostsTlsFailuresAndInterruptsAreNot() {
        assertThat(ReconnectingSession.retriesFirstConnect(refused(CommandStatus.ESME_RINVPASWD))).isFalse();
        assertThat(ReconnectingSession.retriesFirstConnect(refused(CommandStatus.ESME_RINVSYSID))).isFalse();
        assertThat(ReconnectingSession.retriesFirstConnect(new SmppConnectionException("connect: failed",
                new UnknownHostException("smsc.invalid")))).isFalse();
        assertThat(ReconnectingSession.retriesFirstConnect(new SmppConnectionException("connect: failed",
                new SSLHandshakeException("PKIX path building failed")))).isFalse();
        assertThat(ReconnectingSession.retriesFirstConnect(new SmppInterruptedException("interrupted"))).isFalse();
    }

    private static SmppBindException refused(CommandStatus status) {
        return new SmppBindException("esme", new BindTransceiverResp(1, status, "smsc", Tlvs.empty()));
    }
}
