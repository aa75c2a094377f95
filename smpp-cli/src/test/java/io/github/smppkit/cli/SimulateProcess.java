package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code smpp simulate} as a real process on a free port, stopped with SIGTERM on close. */
final class SimulateProcess implements AutoCloseable {

    private final Process process;
    /** What the simulator prints after its {@code listening on} line: one JSON event per line. */
    final BufferedReader lines;
    final int port;

    private SimulateProcess(Process process) throws IOException {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        while (first != null && first.startsWith("Picked up ")) {
            // the JVM's notice of JAVA_TOOL_OPTIONS or _JAVA_OPTIONS, which some CI machines set
            first = lines.readLine();
        }
        assertThat(first).startsWith("listening on 127.0.0.1:");
        this.port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    }

    static SimulateProcess start(String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "simulate", "--port", "0"));
        command.addAll(List.of(options));
        return new SimulateProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Sends {@code request} on a new connection and returns the whole first frame answered. */
    byte[] firstAnswer(Pdu request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(PduCodec.defaults().encode(request));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] frame = new byte[in.readInt()];
            ByteBuffer.wrap(frame).putInt(frame.length);
            in.readFully(frame, 4, frame.length - 4);
            return frame;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("simulate stops on SIGTERM").isTrue();
        lines.close();
    }
}
