package io.github.smppkit.codec;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.DecodeResult.Malformed;
import io.github.smppkit.codec.DecodeResult.NeedMore;
import io.github.smppkit.codec.internal.BodyReader;
import io.github.smppkit.codec.internal.DataSmLayout;
import io.github.smppkit.codec.internal.Encoder;
import io.github.smppkit.codec.internal.MessageBodies;
import io.github.smppkit.codec.internal.MessageIdLayout;
import io.github.smppkit.codec.internal.QueryBodies;
import io.github.smppkit.codec.internal.Responses;
import io.github.smppkit.codec.internal.SessionBodies;
import io.github.smppkit.codec.internal.SmLayout;
import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

/**
 * Decodes SMPP frames into PDU records and encodes records into a caller's buffer (reference §1&#8211;§5).
 *
 * <p><b>Decoding</b> reads one frame at {@code src.position()}. It never throws on wire input and never reads
 * past {@code command_length}, which is read as unsigned and checked against
 * {@link CodecConfig#maxCommandLength()} before anything else. Leniency applied: requests with a non-zero
 * command_status are accepted (status ignored); responses may be header-only whatever their status; error
 * responses whose body does not parse keep their header and drop the body (reference §2.6); unknown and
 * vendor TLVs are kept; with {@link Strictness#LENIENT} a standard TLV of the wrong length is kept too.
 *
 * <p><b>Encoding</b> computes the exact size first, checks the destination, then writes once; it allocates
 * nothing when the destination is reused. Error responses are written header-only unless
 * {@link CodecConfig#errorResponseBody()} is set or the response carries TLVs.
 *
 * <p>Thread-safety: immutable; one instance may be shared by all threads.
 *
 * @since 0.1.0
 */
public final class PduCodec {

    private static final PduCodec DEFAULT = new PduCodec(CodecConfig.defaults());
    /** Starts the reason given by the safety net of {@link #decode}; tests look for it to find decoder bugs. */
    static final String SAFETY_NET_REASON = "decoder error: ";

    private final CodecConfig config;
    private final boolean strict;
    private final Encoder encoder;

    private PduCodec(CodecConfig config) {
        this.config = config;
        this.strict = config.strictness() == Strictness.STRICT;
        this.encoder = new Encoder(config.maxCommandLength(), config.maxShortMessageLength(),
                config.maxEmittedAddressLength(), config.errorResponseBody());
    }

    /**
     * Creates a codec.
     *
     * @param config the settings
     * @return the codec
     */
    public static PduCodec of(CodecConfig config) {
        if (config == null) {
            throw new NullPointerException("config");
        }
        return new PduCodec(config);
    }

    /**
     * Returns the shared codec with {@link CodecConfig#defaults()}.
     *
     * @return the codec
     */
    public static PduCodec defaults() {
        return DEFAULT;
    }

    /**
     * Returns the settings.
     *
     * @return the config
     */
    public CodecConfig config() {
        return config;
    }

    /**
     * Decodes the frame at the buffer's position.
     *
     * @param src the bytes received; on {@link Decoded} and on {@link Malformed} with a positive frame length
     *     its position moves past the frame, otherwise it is unchanged
     * @return the outcome; never {@code null}
     */
    public DecodeResult decode(ByteBuffer src) {
        int pos = src.position();
        int avail = src.remaining();
        if (avail < 4) {
            return new NeedMore(16 - avail);
        }
        long len = Wire.i32(src, pos) & 0xFFFFFFFFL;
        if (len < 16 || len > config.maxCommandLength()) {
            int id = avail >= 16 ? Wire.i32(src, pos + 4) : 0;
            int seq = avail >= 16 ? Wire.i32(src, pos + 12) : 0;
            String why = len < 16 ? "command_length " + len + " < 16"
                    : "command_length " + len + " > " + config.maxCommandLength();
            return new Malformed(id, seq, CommandStatus.ESME_RINVCMDLEN, Reaction.CLOSE, why, 0);
        }
        if (avail < len) {
            return new NeedMore((int) (len - avail));
        }
        int n = (int) len;
        DecodeResult result;
        try {
            result = decodeFrame(src, pos, n);
        } catch (RuntimeException e) {
            // Safety net: a decoder bug must not surface as an exception on wire input.
            int id = Wire.i32(src, pos + 4);
            result = new Malformed(id, Wire.i32(src, pos + 12), CommandStatus.ESME_RSYSERR,
                    reaction(CommandId.fromId(id)), SAFETY_NET_REASON + e.getClass().getSimpleName(), n);
        }
        src.position(pos + n);
        return result;
    }

    private DecodeResult decodeFrame(ByteBuffer src, int pos, int n) {
        int id = Wire.i32(src, pos + 4);
        int seq = Wire.i32(src, pos + 12);
        CommandId c = CommandId.fromId(id);
        if (c == null) {
            return id < 0
                    ? new Malformed(id, seq, CommandStatus.ESME_RINVCMDID, Reaction.DISCARD, "unknown response", n)
                    : new Malformed(id, seq, CommandStatus.ESME_RINVCMDID, Reaction.GENERIC_NACK, "unknown command",
                            n);
        }
        CommandStatus st = CommandStatus.of(Wire.i32(src, pos + 8));
        if (c.isResponse() && n == 16) {
            return new Decoded(Responses.empty(c, seq, st), n);
        }
        switch (c) {
            case SUBMIT_SM:
            case DELIVER_SM:
                return shortMessage(src, pos, n, c, seq, st);
            case DATA_SM: {
                DataSmLayout l = new DataSmLayout();
                return outcome(l.scan(src, pos, n, strict) ? l.toRecord() : null, l.error, l.reason, c, seq, st, n);
            }
            case SUBMIT_SM_RESP:
            case DELIVER_SM_RESP:
            case DATA_SM_RESP: {
                MessageIdLayout l = new MessageIdLayout();
                return outcome(l.scan(src, pos, n, id, strict) ? l.toRecord() : null, l.error, l.reason, c, seq, st,
                        n);
            }
            default: {
                BodyReader r = new BodyReader(src, pos + 16, pos + n, strict);
                return outcome(readBody(c, seq, st, r), r.error(), r.reason(), c, seq, st, n);
            }
        }
    }

    /** submit_sm and deliver_sm: decoded without keeping a layout; only a malformed frame is scanned again for why. */
    private DecodeResult shortMessage(ByteBuffer src, int pos, int n, CommandId c, int seq, CommandStatus st) {
        Pdu pdu = SmLayout.record(src, pos, n, c.id(), strict);
        if (pdu != null) {
            return outcome(pdu, null, null, c, seq, st, n);
        }
        SmLayout l = new SmLayout();
        l.scan(src, pos, n, c.id(), strict);
        return outcome(null, l.error, l.reason, c, seq, st, n);
    }

    /** Turns what one scan produced (a PDU, or the failure) into the result. */
    private DecodeResult outcome(Pdu pdu, CommandStatus error, String reason, CommandId c, int seq,
            CommandStatus st, int n) {
        if (error == null && pdu != null) {
            int tlvs = pdu.tlvs().size();
            if (tlvs > config.maxTlvs()) {
                // counted from the framing already checked; no Tlv object has been built yet
                return new Malformed(c.id(), seq, CommandStatus.ESME_RINVTLVSTREAM, reaction(c),
                        "tlvs: " + tlvs + " > " + config.maxTlvs(), n);
            }
            return new Decoded(pdu, n);
        }
        if (c.isResponse() && !st.isOk()) {
            return new Decoded(Responses.empty(c, seq, st), n);
        }
        return new Malformed(c.id(), seq, error == null ? CommandStatus.ESME_RSYSERR : error, reaction(c),
                reason == null ? "undecodable body" : reason, n);
    }

    private static Pdu readBody(CommandId c, int seq, CommandStatus st, BodyReader r) {
        Pdu p = SessionBodies.read(c, seq, st, r);
        if (p == null && !r.failed()) {
            p = MessageBodies.read(c, seq, st, r);
        }
        if (p == null && !r.failed()) {
            p = QueryBodies.read(c, seq, st, r);
        }
        return r.failed() ? null : p;
    }

    private static Reaction reaction(CommandId c) {
        if (c == null) {
            return Reaction.GENERIC_NACK;
        }
        if (c == CommandId.GENERIC_NACK) {
            return Reaction.DISCARD;
        }
        if (c.isResponse() || c == CommandId.OUTBIND || c == CommandId.ALERT_NOTIFICATION) {
            return Reaction.GENERIC_NACK;
        }
        return Reaction.ERROR_RESPONSE;
    }

    /**
     * Returns the exact encoded size (the command_length the PDU will carry).
     *
     * @param pdu the PDU
     * @return the size in octets
     * @throws IllegalArgumentException if a field exceeds an emit-side limit (short_message above
     *     {@link CodecConfig#maxShortMessageLength()}, data_sm or alert_notification addresses or cancel_sm
     *     destination_addr above {@link CodecConfig#maxEmittedAddressLength()} characters, a deliver_sm time that
     *     is not NULL) or the PDU would exceed {@link CodecConfig#maxCommandLength()}
     */
    public int encodedLength(Pdu pdu) {
        if (pdu == null) {
            throw new NullPointerException("pdu");
        }
        return encoder.length(pdu);
    }

    /**
     * Encodes a PDU at the buffer's position and advances it. Arguments are checked before anything is
     * written, so on an exception {@code dst} is untouched. Allocates nothing.
     *
     * @param pdu the PDU
     * @param dst the destination, written in big-endian whatever its byte order
     * @return the number of octets written
     * @throws NullPointerException if an argument is {@code null}
     * @throws ReadOnlyBufferException if {@code dst} is read-only
     * @throws IllegalArgumentException if {@code dst} has too little room or a field exceeds an emit limit
     */
    public int encode(Pdu pdu, ByteBuffer dst) {
        checkArguments(pdu, dst);
        return encoder.encode(pdu, dst);
    }

    private static void checkArguments(Pdu pdu, ByteBuffer dst) {
        if (pdu == null) {
            throw new NullPointerException("pdu");
        }
        if (dst == null) {
            throw new NullPointerException("dst");
        }
        if (dst.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
    }

    /**
     * Encodes a PDU into a new array.
     *
     * @param pdu the PDU
     * @return the octets
     * @throws IllegalArgumentException if a field exceeds an emit limit
     */
    public byte[] encode(Pdu pdu) {
        byte[] out = new byte[encodedLength(pdu)];
        encode(pdu, ByteBuffer.wrap(out));
        return out;
    }
}
