package io.github.smppkit.bench.session;

import io.github.smppkit.bench.codec.SmppkitPdus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What every server answers and every client sends in the session group.
 *
 * <p>Thread-safety: constants only; {@link #submitSmFrame()} and {@link #respFrame()} return new buffers.
 *
 * @since 0.1.0
 */
public final class SessionSample {

    /** The message_id every server returns (10 characters). */
    public static final String MESSAGE_ID = "5F2C0A19B7";
    /** system_id the clients bind with. */
    public static final String SYSTEM_ID = "bench";
    /** password the clients bind with. */
    public static final String PASSWORD = "secret";

    private SessionSample() {
    }

    /**
     * Returns the sample submit_sm frame (the codec group's plain submit_sm).
     *
     * @return a new heap buffer, position 0
     */
    public static ByteBuffer submitSmFrame() {
        return ByteBuffer.wrap(SmppkitPdus.submitSmOctets());
    }

    /**
     * Returns a submit_sm_resp frame carrying {@link #MESSAGE_ID}, with sequence_number 0.
     *
     * @return a new heap buffer, position 0
     */
    public static ByteBuffer respFrame() {
        byte[] id = MESSAGE_ID.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(16 + id.length + 1);
        b.putInt(b.capacity()).putInt(0x80000004).putInt(0).putInt(0).put(id).put((byte) 0);
        return b.flip();
    }
}
