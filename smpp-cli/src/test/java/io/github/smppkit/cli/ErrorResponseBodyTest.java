package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --error-response-body}: the interop switch of reference §2.6 for peers that need a body. */
class ErrorResponseBodyTest {

    /** Starts {@code smpp simulate} with the given extra options and returns its refused bind's raw answer. */
    private static byte[] refusedBindAnswer(String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "simulate", "--port", "0", "--system-id", "shop", "--password", "pw"));
        command.addAll(List.of(options));
        Process simulate = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(simulate.getInputStream(),
                StandardCharsets.UTF_8)); Socket socket = new Socket()) {
            String first = lines.readLine();
            assertThat(first).startsWith("listening on 127.0.0.1:");
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(first.substring(
                    first.lastIndexOf(':') + 1))), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(PduCodec.defaults().encode(new BindTransmitter(1, "shop", "wrong", "",
                    InterfaceVersion.V34, Address.EMPTY, Tlvs.empty())));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] frame = new byte[in.readInt()];
            ByteBuffer.wrap(frame).putInt(frame.length);
            in.readFully(frame, 4, frame.length - 4);
            return frame;
        } finally {
            simulate.destroy();
            assertThat(simulate.waitFor(20, TimeUnit.SECONDS)).isTrue();
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
