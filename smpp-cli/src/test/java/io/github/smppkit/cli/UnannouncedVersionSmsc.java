package io.github.smppkit.cli;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMSC, as node-smpp's server and many others are, whose bind_transceiver_resp carries no sc_interface_version;
 * it answers every request OK and keeps the TLVs of each submit_sm. One connection at a time.
 */
final class UnannouncedVersionSmsc implements AutoCloseable {

    final List<Tlvs> submitTlvs = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final PduCodec codec = PduCodec.defaults();

    UnannouncedVersionSmsc() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread t = new Thread(this::serve, "unannounced-version-smsc");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                OutputStream out = s.getOutputStream();
                while (true) {
                    int len = in.readInt();
                    byte[] frame = new byte[len];
                    ByteBuffer.wrap(frame).putInt(len);
                    in.readFully(frame, 4, len - 4);
                    Pdu pdu = ((DecodeResult.Decoded) codec.decode(ByteBuffer.wrap(frame))).pdu();
                    out.write(codec.encode(answer((Request<?>) pdu)));
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                // The client went away, or the test is over: wait for the next one.
            }
        }
    }

    private Pdu answer(Request<?> request) {
        int seq = request.sequenceNumber();
        if (request.commandId() == CommandId.BIND_TRANSCEIVER) {
            return new BindTransceiverResp(seq, CommandStatus.ESME_ROK, "silent", Tlvs.empty());
        }
        if (request.commandId() == CommandId.SUBMIT_SM) {
            submitTlvs.add(((SubmitSm) request).tlvs());
            return SubmitSmResp.ok(seq, Integer.toString(submitTlvs.size()));
        }
        return request.response(CommandStatus.ESME_ROK);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
