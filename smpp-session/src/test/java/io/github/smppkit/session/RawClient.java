package io.github.smppkit.session;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;

/** A raw socket client that writes exact bytes and reads PDUs, to probe the server's answers. */
final class RawClient implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final PduCodec codec = PduCodec.defaults();

    RawClient(InetSocketAddress address) throws IOException {
        this(connect(address));
    }

    /** Wraps a connection accepted from a peer that dialled us (an SMSC sending outbind). */
    RawClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(30_000);
        in = new DataInputStream(socket.getInputStream());
    }

    private static Socket connect(InetSocketAddress address) throws IOException {
        Socket s = new Socket();
        s.connect(address, 10_000);
        return s;
    }

    void send(Pdu pdu) throws IOException {
        sendRaw(codec.encode(pdu));
    }

    void sendRaw(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Returns the next frame, as decoded and as raw length. */
    Pdu read() throws IOException {
        return decode(readFrame());
    }

    byte[] readFrame() throws IOException {
        int len = in.readInt();
        byte[] frame = new byte[len];
        ByteBuffer.wrap(frame).putInt(len);
        in.readFully(frame, 4, len - 4);
        return frame;
    }

    Pdu decode(byte[] frame) {
        DecodeResult r = codec.decode(ByteBuffer.wrap(frame));
        if (!(r instanceof DecodeResult.Decoded)) {
            throw new AssertionError("undecodable answer: " + r);
        }
        return ((DecodeResult.Decoded) r).pdu();
    }

    /** Tells whether the server closed the connection (end of stream or reset) before sending anything. */
    boolean closedByPeer() throws IOException {
        try {
            return in.read() < 0;
        } catch (EOFException | SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
