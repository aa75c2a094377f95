package io.github.smppkit.session;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;

/** A scripted SMSC on a raw socket, for behaviours our server never shows (silence, half PDUs, not reading). */
final class RawPeer implements AutoCloseable {

    /** Reacts to one PDU; returns false to stop reading (the connection stays open, silent). */
    interface Script {
        boolean on(RawPeer peer, Pdu pdu) throws Exception;
    }

    private final ServerSocket server;
    private final Thread thread;
    private final PduCodec codec = PduCodec.defaults();
    private volatile Socket socket;

    RawPeer(Script script) throws IOException {
        this(script, 0);
    }

    RawPeer(Script script, int receiveBuffer) throws IOException {
        server = new ServerSocket();
        if (receiveBuffer > 0) {
            server.setReceiveBufferSize(receiveBuffer);
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(() -> serve(script), "raw-peer");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve(Script script) {
        try (Socket s = server.accept()) {
            socket = s;
            DataInputStream in = new DataInputStream(s.getInputStream());
            while (true) {
                int len = in.readInt();
                byte[] frame = new byte[len];
                ByteBuffer.wrap(frame).putInt(len);
                in.readFully(frame, 4, len - 4);
                DecodeResult r = codec.decode(ByteBuffer.wrap(frame));
                if (!(r instanceof DecodeResult.Decoded)) {
                    throw new IllegalStateException("peer got " + r);
                }
                if (!script.on(this, ((DecodeResult.Decoded) r).pdu())) {
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
        } catch (Exception e) {
            // The client closed, or the test is over.
        }
    }

    void send(Pdu pdu) throws IOException {
        sendRaw(codec.encode(pdu));
    }

    void sendRaw(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    void closeSocket() throws IOException {
        socket.close();
    }

    /** Answers a bind OK, with sc_interface_version 0x34 if asked; returns whether the PDU was a bind. */
    static boolean answerBind(RawPeer peer, Pdu pdu, boolean withVersion) throws IOException {
        if (!(pdu instanceof Bind)) {
            return false;
        }
        Tlvs tlvs = withVersion ? Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34) : Tlvs.empty();
        BindResp resp = new BindTransceiverResp(pdu.sequenceNumber(), CommandStatus.ESME_ROK, "raw", tlvs);
        peer.send(resp);
        return true;
    }

    ClientConfig.Builder client() {
        return SmppClient.builder().host("127.0.0.1").port(port()).systemId("esme").password("pw");
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket s = socket;
        if (s != null) {
            s.close();
        }
        thread.interrupt();
    }
}
