package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Stopping the simulator while an ESME is bound. */
class SimulatorCloseTest {

    private static final PduCodec CODEC = PduCodec.defaults();

    private static Pdu read(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] frame = new byte[length];
        ByteBuffer.wrap(frame).putInt(length);
        in.readFully(frame, 4, length - 4);
        return ((DecodeResult.Decoded) CODEC.decode(ByteBuffer.wrap(frame))).pdu();
    }

    @Test
    void anEsmeThatNeverAnswersUnbindDoesNotHoldUpClose() throws IOException {
        // python-smpplib never answers unbind; closing used to wait for the 30 s response timeout
        SmppSimulator smsc = SmppSimulator.builder().start();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", smsc.port()), 10_000);
            socket.setSoTimeout(30_000);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            socket.getOutputStream().write(CODEC.encode(new BindTransceiver(1, "esme", "secret", "",
                    InterfaceVersion.V34, Address.EMPTY, Tlvs.empty())));
            assertThat(read(in)).isInstanceOf(BindTransceiverResp.class);

            long start = System.nanoTime();
            smsc.close();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(read(in)).isInstanceOf(Unbind.class);
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
