package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --error-response-body}: the interop switch of reference §2.6 for peers that need a body. */
class ErrorResponseBodyTest {

    /** Starts {@code smpp simulate} with the given extra options and returns its refused bind's raw answer. */
    private static byte[] refusedBindAnswer(String... options) throws Exception {
        List<String> all = new ArrayList<>(List.of("--system-id", "shop", "--password", "pw"));
        all.addAll(List.of(options));
        try (SimulateProcess simulate = SimulateProcess.start(all.toArray(String[]::new))) {
            return simulate.firstAnswer(new BindTransmitter(1, "shop", "wrong", "", InterfaceVersion.V34,
                    Address.EMPTY, Tlvs.empty()));
        }
    }

    @Test
    void simulateAddsTheEmptySystemIdToARefusedBindOnlyWhenAsked() throws Exception {
        byte[] spec = refusedBindAnswer();
        byte[] withBody = refusedBindAnswer("--error-response-body");

        assertThat(spec).hasSize(16);
        assertThat(withBody).hasSize(17);
        assertThat(ByteBuffer.wrap(withBody).getInt(4)).isEqualTo(0x80000002);
        assertThat(ByteBuffer.wrap(withBody).getInt(8)).isEqualTo(ByteBuffer.wrap(spec).getInt(8)).isNotZero();
        assertThat(withBody[16]).isZero();
    }

    @Test
    void sendAndListenHandTheSwitchToTheirSession() {
        String[] connection = {"--host", "127.0.0.1", "--port", "2775", "--system-id", "id", "--password", "pw"};
        SendCommand send = new SendCommand();
        new CommandLine(send).parseArgs(concat(connection, "--to", "1", "--text", "t", "--error-response-body"));
        ListenCommand listen = new ListenCommand();
        new CommandLine(listen).parseArgs(connection);

        assertThat(send.connection.builder(BindType.TRANSMITTER).build().codecConfig().errorResponseBody()).isTrue();
        assertThat(listen.connection.builder(BindType.RECEIVER).build().codecConfig().errorResponseBody()).isFalse();
    }

    private static String[] concat(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
