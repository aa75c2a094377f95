package io.github.smppkit.it.robustness;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;

/**
 * A hand-driven SMPP peer over a plain socket: writes whatever bytes a test wants and reads whole frames back,
 * decoding them with the default codec. Reads are bounded by a socket timeout so that a hang fails the test.
 */
final class RawPeer implements AutoCloseable {

    static final PduCodec CODEC = PduCodec.defaults();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawPeer(Socket socket, int readTimeoutMillis) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(readTimeoutMillis);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawPeer connect(InetSocketAddress address, int readTimeoutMillis) throws IOException {
        Socket s = new Socket();
        s.connect(address, readTimeoutMillis);
        return new RawPeer(s, readTimeoutMillis);
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(Pdu pdu) throws IOException {
        write(CODEC.encode(pdu));
    }

    /**
     * Reads one whole frame.
     *
     * @return the frame, or null at end of stream (also when the peer reset the connection)
     */
    byte[] readFrame() throws IOException {
        try {
            int len = in.readInt();
            if (len < 16 || len > 1 << 20) {
                throw new IOException("peer wrote command_length " + len);
            }
            byte[] frame = new byte[len];
            ByteBuffer.wrap(frame).putInt(len);
            in.readFully(frame, 4, len - 4);
            return frame;
        } catch (EOFException e) {
            return null;
        } catch (SocketException e) {
            if (String.valueOf(e.getMessage()).contains("reset")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Reads the next PDU the session sent, answering its enquire_link on the way (a session may probe an idle
     * peer at any time; that is not an answer to what the test sent).
     *
     * @return the PDU, or null at end of stream
     */
    Pdu readPdu() throws IOException {
        while (true) {
            byte[] frame = readFrame();
            if (frame == null) {
                return null;
            }
            DecodeResult r = CODEC.decode(ByteBuffer.wrap(frame));
            if (!(r instanceof DecodeResult.Decoded)) {
                throw new AssertionError("session wrote an undecodable frame: " + r);
            }
            Pdu pdu = ((DecodeResult.Decoded) r).pdu();
            if (pdu instanceof EnquireLink) {
                send(new EnquireLinkResp(pdu.sequenceNumber(), CommandStatus.ESME_ROK,
                        io.github.smppkit.codec.tlv.Tlvs.empty()));
                continue;
            }
            return pdu;
        }
    }

    /** Tells whether the peer has closed: the next read sees end of stream (bounded by the read timeout). */
    boolean closedByPeer() throws IOException {
        return readFrame() == null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
