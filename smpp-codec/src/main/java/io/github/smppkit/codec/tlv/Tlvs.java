package io.github.smppkit.codec.tlv;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.type.Bytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLVs of a PDU (reference §5.1): an immutable, ordered list in which tags may repeat; unknown and vendor
 * tags are kept byte for byte, in their original order.
 *
 * <p>The list is stored as its wire encoding. When decoded, the tag/length framing was checked by the decoder;
 * {@link Tlv} objects are only built on first iteration (and cached), and {@link #get(TlvKey)} reads straight
 * from the stored octets. Two instances are equal when they encode to the same octets, i.e. hold the same TLVs
 * in the same order.
 *
 * <p>Thread-safety: immutable; the lazily built list is published safely (immutable list with final fields).
 *
 * @since 0.1.0
 */
public final class Tlvs implements Iterable<Tlv> {

    private static final byte[] NONE = new byte[0];
    private static final Tlvs EMPTY = new Tlvs(NONE, 0);

    private final byte[] raw;
    private final int count;
    private List<Tlv> list;

    private Tlvs(byte[] raw, int count) {
        this.raw = raw;
        this.count = count;
    }

    /**
     * Returns the empty list.
     *
     * @return a shared empty instance
     */
    public static Tlvs empty() {
        return EMPTY;
    }

    /**
     * Creates a list from TLVs in order.
     *
     * @param tlvs the TLVs
     * @return the list
     */
    public static Tlvs of(Tlv... tlvs) {
        return copyOf(Arrays.asList(tlvs));
    }

    /**
     * Creates a list from TLVs in iteration order.
     *
     * @param tlvs the TLVs
     * @return the list
     */
    public static Tlvs copyOf(Collection<Tlv> tlvs) {
        Builder b = builder();
        for (Tlv t : tlvs) {
            b.add(t);
        }
        return b.build();
    }

    /**
     * Copies a TLV stream from a buffer, checking its framing; the buffer's position is not moved.
     *
     * @param buf the source
     * @param offset absolute index of the first tag
     * @param length number of octets, exactly covering whole TLVs
     * @return the list
     * @throws IllegalArgumentException if the octets are not a sequence of whole TLVs (a decoder maps that to
     *     {@code ESME_RINVTLVSTREAM} before calling this)
     */
    public static Tlvs parse(ByteBuffer buf, int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        byte[] copy = new byte[length];
        buf.get(offset, copy, 0, length);
        return counted(copy);
    }

    /**
     * Copies a TLV stream from an array, checking its framing.
     *
     * @param src the source
     * @param offset index of the first tag
     * @param length number of octets, exactly covering whole TLVs
     * @return the list
     * @throws IndexOutOfBoundsException if the range is not within {@code src}
     * @throws IllegalArgumentException if the octets are not a sequence of whole TLVs
     */
    public static Tlvs parse(byte[] src, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, src.length);
        return length == 0 ? EMPTY : counted(Arrays.copyOfRange(src, offset, offset + length));
    }

    private static Tlvs counted(byte[] copy) {
        int n = TlvStream.count(copy);
        if (n < 0) {
            throw new IllegalArgumentException("tlvs: broken framing at offset " + (-n - 1));
        }
        return new Tlvs(copy, n);
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of TLVs.
     *
     * @return the count
     */
    public int size() {
        return count;
    }

    /**
     * Tells whether there is no TLV.
     *
     * @return {@code size() == 0}
     */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Returns the TLVs as an immutable list (built on first call, then cached).
     *
     * @return the TLVs in wire order
     */
    public List<Tlv> asList() {
        List<Tlv> l = list;
        if (l == null) {
            Tlv[] out = new Tlv[count];
            int pos = 0;
            for (int i = 0; i < count; i++) {
                int len = length(pos);
                out[i] = new Tlv(tag(pos), Bytes.copyOf(raw, pos + 4, len));
                pos += 4 + len;
            }
            l = List.of(out);
            list = l;
        }
        return l;
    }

    @Override
    public Iterator<Tlv> iterator() {
        return asList().iterator();
    }

    /**
     * Returns the first value for a key, decoded. A value whose length breaks the key's rule (for instance a
     * 2-octet {@code sar_total_segments}) or that does not decode as the key's type (a C-string without its
     * NUL) is not returned as {@code T}: the result is then empty, and {@link #find(int)} gives the raw octets.
     * Later occurrences of the same tag are not consulted.
     *
     * @param key the key
     * @param <T> value type
     * @return the decoded value of the first TLV with the key's tag, if it is valid
     */
    public <T> Optional<T> get(TlvKey<T> key) {
        int pos = indexOf(key.tag(), 0);
        return pos < 0 ? Optional.empty() : Optional.ofNullable(read(key, pos));
    }

    /**
     * Returns the first integer value of a key without boxing, or a default. A 4-octet value comes as its 32 bits
     * (see {@link TlvType#INT}), so every {@code int} is a possible value: to tell it from an absent one, use
     * {@link #get(TlvKey)}.
     *
     * @param key an {@link TlvType#INT} key
     * @param defaultValue returned when the tag is absent or its value breaks the key's rule
     * @return the value
     */
    public int getInt(TlvKey<Integer> key, int defaultValue) {
        int pos = indexOf(key.tag(), 0);
        if (pos < 0) {
            return defaultValue;
        }
        int len = length(pos);
        long v = key.accepts(len) ? TlvType.readLong(raw, pos + 4, len) : -1;
        return v < 0 ? defaultValue : (int) v;
    }

    /**
     * Returns every valid value for a key, in order; values breaking the rule are skipped.
     *
     * @param key the key
     * @param <T> value type
     * @return the values
     */
    public <T> List<T> getAll(TlvKey<T> key) {
        List<T> out = new ArrayList<>();
        for (int pos = indexOf(key.tag(), 0); pos >= 0; pos = indexOf(key.tag(), pos + 4 + length(pos))) {
            T v = read(key, pos);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private <T> T read(TlvKey<T> key, int pos) {
        int len = length(pos);
        return key.accepts(len) ? key.type().read(raw, pos + 4, len) : null;
    }

    /**
     * Returns the first TLV with a tag, as received.
     *
     * @param tag the tag
     * @return the TLV, if present
     */
    public Optional<Tlv> find(int tag) {
        int pos = indexOf(tag, 0);
        return pos < 0 ? Optional.empty() : Optional.of(new Tlv(tag, Bytes.copyOf(raw, pos + 4, length(pos))));
    }

    /**
     * Tells whether a tag occurs.
     *
     * @param tag the tag
     * @return {@code true} if at least one TLV has it
     */
    public boolean contains(int tag) {
        return indexOf(tag, 0) >= 0;
    }

    /**
     * Returns a copy with a typed TLV appended.
     *
     * @param key the key
     * @param value the value
     * @param <T> value type
     * @return the new list
     */
    public <T> Tlvs with(TlvKey<T> key, T value) {
        return with(Tlv.of(key, value));
    }

    /**
     * Returns a copy with a TLV appended.
     *
     * @param tlv the TLV
     * @return the new list
     */
    public Tlvs with(Tlv tlv) {
        Check.notNull(tlv, "tlv");
        byte[] out = Arrays.copyOf(raw, raw.length + tlv.encodedLength());
        TlvStream.put(out, raw.length, tlv);
        return new Tlvs(out, count + 1);
    }

    /**
     * Returns a copy without any TLV of a tag.
     *
     * @param tag the tag
     * @return the new list, or this one if the tag does not occur
     */
    public Tlvs without(int tag) {
        if (!contains(tag)) {
            return this;
        }
        byte[] out = new byte[raw.length];
        int w = 0;
        int n = 0;
        for (int pos = 0; pos < raw.length; pos += 4 + length(pos)) {
            if (tag(pos) != tag) {
                int size = 4 + length(pos);
                System.arraycopy(raw, pos, out, w, size);
                w += size;
                n++;
            }
        }
        return n == 0 ? EMPTY : new Tlvs(Arrays.copyOf(out, w), n);
    }

    /**
     * Returns the number of octets on the wire.
     *
     * @return the sum of 4 + value length over all TLVs
     */
    public int encodedLength() {
        return raw.length;
    }

    /**
     * Writes the TLVs at the buffer's position and advances it; allocates nothing.
     *
     * @param dst the destination
     * @throws java.nio.BufferOverflowException if {@code dst} has fewer than {@link #encodedLength()} remaining
     */
    public void writeTo(ByteBuffer dst) {
        dst.put(raw);
    }

    /**
     * Copies the octets that {@link #writeTo(ByteBuffer)} writes into an array, for encoders that write a heap
     * buffer's array directly; allocates nothing.
     *
     * @param dst the destination
     * @param offset where the first octet goes
     * @throws IndexOutOfBoundsException if {@code dst} has fewer than {@link #encodedLength()} octets from
     *     {@code offset}
     */
    public void copyTo(byte[] dst, int offset) {
        System.arraycopy(raw, 0, dst, offset, raw.length);
    }

    private int indexOf(int tag, int from) {
        for (int pos = from; pos < raw.length; pos += 4 + length(pos)) {
            if (tag(pos) == tag) {
                return pos;
            }
        }
        return -1;
    }

    private int tag(int pos) {
        return (raw[pos] & 0xFF) << 8 | (raw[pos + 1] & 0xFF);
    }

    private int length(int pos) {
        return (raw[pos + 2] & 0xFF) << 8 | (raw[pos + 3] & 0xFF);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tlvs && Arrays.equals(raw, ((Tlvs) other).raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    /** Returns the TLVs, e.g. {@code Tlvs[Tlv[0x020e sar_total_segments]{02}]}. */
    @Override
    public String toString() {
        return "Tlvs" + asList();
    }

    /**
     * Collects TLVs in order.
     *
     * <p>Thread-safety: not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Tlv> tlvs = new ArrayList<>();
        private int length;

        private Builder() {
        }

        /**
         * Appends a TLV.
         *
         * @param tlv the TLV
         * @return this builder
         */
        public Builder add(Tlv tlv) {
            tlvs.add(Check.notNull(tlv, "tlv"));
            length += tlv.encodedLength();
            return this;
        }

        /**
         * Appends a typed TLV.
         *
         * @param key the key
         * @param value the value
         * @param <T> value type
         * @return this builder
         */
        public <T> Builder add(TlvKey<T> key, T value) {
            return add(Tlv.of(key, value));
        }

        /**
         * Appends a raw TLV.
         *
         * @param tag the tag
         * @param value the value octets
         * @return this builder
         */
        public Builder add(int tag, Bytes value) {
            return add(new Tlv(tag, value));
        }

        /**
         * Appends a C-string TLV for any tag (the NUL is added).
         *
         * @param tag the tag
         * @param text Latin-1 text
         * @return this builder
         */
        public Builder addCString(int tag, String text) {
            Check.cString(text, 0x10000, "tlv value");
            byte[] b = Arrays.copyOf(text.getBytes(StandardCharsets.ISO_8859_1), text.length() + 1);
            return add(new Tlv(tag, Bytes.of(b)));
        }

        /**
         * Builds the list.
         *
         * @return the immutable list
         */
        public Tlvs build() {
            if (tlvs.isEmpty()) {
                return EMPTY;
            }
            byte[] out = new byte[length];
            int at = 0;
            for (Tlv t : tlvs) {
                TlvStream.put(out, at, t);
                at += t.encodedLength();
            }
            return new Tlvs(out, tlvs.size());
        }
    }
}
