package io.github.smppkit.codec.text;

import io.github.smppkit.codec.text.internal.OctetCodec;
import io.github.smppkit.codec.text.internal.SeptetPacker;
import io.github.smppkit.codec.text.internal.SegmentSplitter;
import io.github.smppkit.codec.type.Bytes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans how a text, or 8-bit binary data, is sent: encoding, data_coding and parts (reference §11, §12).
 *
 * <p>Capacities per part (140-octet TP-UD): GSM 7-bit 160 septets single, 153 with an 8-bit reference UDH,
 * 152 with a 16-bit one; 8-bit encodings 140/134/133 octets; UCS-2 70/67/66 units. Each national shift IE
 * adds 3 UDH octets (single part with one shift IE: 155 septets; 8-bit concatenation plus one: 149; plus both:
 * 146). SAR parts use the 8-bit-reference capacities because the MC adds that UDH. Parts are filled greedily,
 * so the count is minimal for the encoding, and never end inside a surrogate pair or an escape sequence.
 *
 * <p>With packed GSM, a part whose septets would end with CR exactly on an octet boundary needs the extra CR of
 * 23.038 §6.1.2.3.1. Only the last part carries it (if it fits; the receiver then shows CR CR at the very end);
 * any other part ends one character earlier, so that no CR is doubled inside the text.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class MessagePlanner {

    private static final int TP_UD = 140;

    private MessagePlanner() {
    }

    /**
     * Plans a text.
     *
     * @param text the text
     * @param options the options
     * @return the plan
     * @throws UnencodableCharacterException when no allowed encoding carries a character and no replacement
     *     was asked for
     * @throws IllegalArgumentException when the text needs more than {@link PlanOptions#maxSegments()} parts,
     *     or more than 65,535 octets in {@code message_payload}, or the options force {@link TextEncoding#BINARY}
     */
    public static MessagePlan plan(String text, PlanOptions options) {
        if (options.encoding().filter(e -> e == TextEncoding.BINARY).isPresent()) {
            throw new IllegalArgumentException("encoding: binary is for octets, plan them with planBinary");
        }
        Layout chosen = choose(text, options);
        return chosen.build(options);
    }

    /**
     * Plans 8-bit binary data: 140 octets fit one short message; longer data is cut into parts of 134 octets
     * (8-bit UDH reference, or SAR, where the MC adds that UDH) or 133 (16-bit reference), or goes whole in
     * {@code message_payload}. The plan's encoding is {@link TextEncoding#BINARY}, its data_coding
     * {@link PlanOptions#binaryDataCoding()}, and neither it nor its segments have a text
     * ({@link MessagePlan#hasText()} is {@code false}). The text options (encoding, national languages, packing,
     * replacement, gsmDataCoding) do not apply to octets and are not read.
     *
     * @param data the octets
     * @param options the carrier, reference, most segments and data_coding
     * @return the plan
     * @throws IllegalArgumentException when the data needs more than {@link PlanOptions#maxSegments()} parts,
     *     or more than 65,535 octets in {@code message_payload}
     * @since 0.1.0
     */
    public static MessagePlan planBinary(Bytes data, PlanOptions options) {
        Objects.requireNonNull(data, "data");
        LongMessageCarrier carrier = options.carrier();
        int size = data.size();
        int concatUdh = carrier == LongMessageCarrier.UDH_16BIT_REFERENCE ? 7 : 6;
        boolean multi = size > TP_UD;
        int capacity = multi ? capacity(TextEncoding.BINARY, concatUdh) : TP_UD;
        int total = multi ? (size + capacity - 1) / capacity : 1;
        List<MessagePlan.Segment> segments = new ArrayList<>();
        if (carrier == LongMessageCarrier.MESSAGE_PAYLOAD) {
            if (size > 0xFFFF) {
                throw new IllegalArgumentException("message_payload: " + size + " octets > 65535");
            }
            segments.add(new MessagePlan.Segment(null, size, Bytes.EMPTY, data, Optional.empty()));
        } else {
            if (total > options.maxSegments()) {
                throw new IllegalArgumentException("data needs more than " + options.maxSegments()
                        + " segments in binary");
            }
            int udhOctets = multi && usesUdh(carrier) ? concatUdh : 0;
            for (int k = 0; k < total; k++) {
                Bytes part = data.slice(k * capacity, Math.min(size, (k + 1) * capacity));
                Optional<Concatenation> concat = multi
                        ? Optional.of(new Concatenation(concatReference(options), total, k + 1))
                        : Optional.empty();
                Bytes udh = udhOctets == 0 ? Bytes.EMPTY
                        : udh(udhOctets, carrier, concat, Optional.empty(), Optional.empty());
                segments.add(new MessagePlan.Segment(null, part.size(), udh, join(udh, part), concat));
            }
        }
        int left = capacity - (size - (total - 1) * capacity);
        return new MessagePlan(null, TextEncoding.BINARY, options.binaryDataCoding(), Optional.empty(),
                Optional.empty(), carrier, false, segments, size, left, total);
    }

    private static Layout choose(String text, PlanOptions o) {
        List<TextCodec> candidates = new ArrayList<>();
        Optional<TextEncoding> forced = o.encoding();
        if (forced.isEmpty() || forced.get() == TextEncoding.GSM7) {
            candidates.add(GsmAlphabet.standard());
            if (usesUdh(o.carrier())) {
                addNational(candidates, o);
            }
        }
        if (forced.isEmpty()) {
            candidates.add(OctetCodec.UCS2);
        } else if (forced.get() != TextEncoding.GSM7) {
            candidates.add(TextCodec.of(forced.get()));
        }
        Layout best = null;
        TextCodec failCodec = candidates.get(0);
        int failIndex = -1;
        for (TextCodec codec : candidates) {
            int bad = codec.firstUnencodable(text);
            if (bad >= 0) {
                if (bad > failIndex) {
                    failIndex = bad;
                    failCodec = codec;
                }
                continue;
            }
            Layout layout = new Layout(text, codec, o);
            if (best == null || layout.split.count() < best.split.count()) {
                best = layout;
            }
        }
        if (best != null) {
            return best;
        }
        TextCodec fallback = forced.map(TextCodec::of).orElse(OctetCodec.UCS2);
        if (o.replacement().isPresent()) {
            return new Layout(fallback.replaceUnencodable(text, o.replacement().get()), fallback, o);
        }
        throw new UnencodableCharacterException(Character.codePointAt(text, failIndex), failIndex, failCodec.name());
    }

    private static void addNational(List<TextCodec> candidates, PlanOptions o) {
        if (o.nationalLanguages().isEmpty()) {
            return;
        }
        GsmAlphabet standard = GsmAlphabet.standard();
        // in id order; one shift IE before two: on a tie in segment count the earlier candidate wins
        EnumSet<NationalLanguage> allowed = EnumSet.copyOf(o.nationalLanguages());
        for (NationalLanguage single : allowed) {
            candidates.add(standard.withSingleShift(single));
        }
        for (NationalLanguage locking : allowed) {
            if (locking.hasLockingShift()) {
                candidates.add(standard.withLockingShift(locking));
            }
        }
        for (NationalLanguage locking : allowed) {
            if (locking.hasLockingShift()) {
                for (NationalLanguage single : allowed) {
                    candidates.add(standard.withLockingShift(locking).withSingleShift(single));
                }
            }
        }
    }

    private static boolean usesUdh(LongMessageCarrier carrier) {
        return carrier == LongMessageCarrier.UDH_8BIT_REFERENCE || carrier == LongMessageCarrier.UDH_16BIT_REFERENCE;
    }

    /**
     * Returns the units one short message holds after a UDH of {@code udhOctets} octets (UDHL included).
     *
     * @param encoding the encoding
     * @param udhOctets UDH length, 0 for none
     * @return septets, UCS-2 units or octets
     */
    public static int capacity(TextEncoding encoding, int udhOctets) {
        switch (encoding) {
            case GSM7:
                // the text starts on the septet boundary after the UDH (reference §11.3)
                return (TP_UD * 8 - (udhOctets * 8 + 6) / 7 * 7) / 7;
            case UCS2:
                return (TP_UD - udhOctets) / 2;
            default:
                return TP_UD - udhOctets;
        }
    }

    private static int concatReference(PlanOptions o) {
        return o.carrier() == LongMessageCarrier.UDH_8BIT_REFERENCE ? o.reference() & 0xFF : o.reference();
    }

    /** Builds a UDH of {@code octets} octets (UDHL included): the concatenation IE, if any, then the shift IEs. */
    private static Bytes udh(int octets, LongMessageCarrier carrier, Optional<Concatenation> concat,
            Optional<NationalLanguage> singleShift, Optional<NationalLanguage> lockingShift) {
        byte[] b = new byte[octets];
        int i = 0;
        b[i++] = (byte) (octets - 1);
        if (concat.isPresent()) {
            Concatenation c = concat.get();
            if (carrier == LongMessageCarrier.UDH_16BIT_REFERENCE) {
                b[i++] = 0x08;
                b[i++] = 4;
                b[i++] = (byte) (c.reference() >> 8);
            } else {
                b[i++] = 0x00;
                b[i++] = 3;
            }
            b[i++] = (byte) c.reference();
            b[i++] = (byte) c.total();
            b[i++] = (byte) c.sequence();
        }
        if (singleShift.isPresent()) {
            b[i++] = 0x24;
            b[i++] = 1;
            b[i++] = (byte) singleShift.get().id();
        }
        if (lockingShift.isPresent()) {
            b[i++] = 0x25;
            b[i++] = 1;
            b[i++] = (byte) lockingShift.get().id();
        }
        return Bytes.of(b);
    }

    private static Bytes join(Bytes udh, Bytes body) {
        byte[] out = new byte[udh.size() + body.size()];
        udh.copyTo(out, 0);
        body.copyTo(out, udh.size());
        return Bytes.of(out);
    }

    private static int shiftOctets(TextCodec codec) {
        if (!(codec instanceof GsmAlphabet)) {
            return 0;
        }
        GsmAlphabet gsm = (GsmAlphabet) codec;
        return 3 * ((gsm.lockingShift().isPresent() ? 1 : 0) + (gsm.singleShift().isPresent() ? 1 : 0));
    }

    /** One candidate encoding with its split; builds the plan when chosen. */
    private static final class Layout {
        final String text;
        final TextCodec codec;
        final int shift;
        final boolean multi;
        final int udhOctets;
        final int capacity;
        final SegmentSplitter.Split split;

        Layout(String text, TextCodec codec, PlanOptions o) {
            this.text = text;
            this.codec = codec;
            this.shift = shiftOctets(codec);
            int singleUdh = shift == 0 ? 0 : 1 + shift;
            SegmentSplitter.Split single = split(singleUdh, capacity(codec.encoding(), singleUdh), o, 1);
            this.multi = single.count() > 1;
            if (!multi) {
                this.udhOctets = singleUdh;
                this.capacity = capacity(codec.encoding(), singleUdh);
                this.split = single;
                return;
            }
            LongMessageCarrier c = o.carrier();
            int concat = c == LongMessageCarrier.UDH_16BIT_REFERENCE ? 6 : 5;
            // SAR and message_payload: the MC adds an 8-bit-reference UDH, none is in our user data
            this.udhOctets = usesUdh(c) ? 1 + concat + shift : 0;
            this.capacity = capacity(codec.encoding(), 1 + concat + shift);
            int limit = c == LongMessageCarrier.MESSAGE_PAYLOAD ? Integer.MAX_VALUE - 1 : o.maxSegments();
            this.split = split(udhOctets, capacity, o, limit);
        }

        private SegmentSplitter.Split split(int udh, int cap, PlanOptions o, int limit) {
            SegmentSplitter.Extra extra = SegmentSplitter.NONE;
            boolean payloadWhole = o.carrier() == LongMessageCarrier.MESSAGE_PAYLOAD;
            if (codec instanceof GsmAlphabet && o.packed() && !payloadWhole) {
                GsmAlphabet gsm = (GsmAlphabet) codec;
                int fill = udh == 0 ? 0 : SeptetPacker.fillBits(udh);
                // the extra CR would show as a second CR inside the text: only the last part may carry it, an
                // earlier part ends before its CR instead (asking for the whole capacity forces that)
                extra = (start, end, units) -> end > start && gsm.basicCode(text.charAt(end - 1)) == 0x0D
                        && SeptetPacker.needsExtraCr(fill, units, 0x0D) ? (end < text.length() ? cap : 1) : 0;
            }
            return SegmentSplitter.split(text, codec, cap, extra, limit);
        }

        MessagePlan build(PlanOptions o) {
            int total = split.count();
            if (o.carrier() != LongMessageCarrier.MESSAGE_PAYLOAD && total > o.maxSegments()) {
                throw new IllegalArgumentException("text needs more than " + o.maxSegments() + " segments in "
                        + codec.name());
            }
            int used = 0;
            for (int u : split.units()) {
                used += u;
            }
            int left = capacity - split.units()[total - 1];
            List<MessagePlan.Segment> segments = o.carrier() == LongMessageCarrier.MESSAGE_PAYLOAD
                    ? List.of(payloadSegment(o, used))
                    : partSegments(o);
            GsmAlphabet gsm = codec instanceof GsmAlphabet ? (GsmAlphabet) codec : GsmAlphabet.standard();
            int dataCoding = codec.encoding() == TextEncoding.GSM7 ? o.gsmDataCoding() : codec.encoding()
                    .defaultDataCoding();
            return new MessagePlan(text, codec.encoding(), dataCoding, gsm.lockingShift(), gsm.singleShift(),
                    o.carrier(), o.packed() && codec instanceof GsmAlphabet, segments, used, left, total);
        }

        private MessagePlan.Segment payloadSegment(PlanOptions o, int used) {
            Bytes data = encode(Bytes.EMPTY, text, o);
            if (data.size() > 0xFFFF) {
                throw new IllegalArgumentException("message_payload: " + data.size() + " octets > 65535");
            }
            return new MessagePlan.Segment(text, used, Bytes.EMPTY, data, Optional.empty());
        }

        private List<MessagePlan.Segment> partSegments(PlanOptions o) {
            int total = split.count();
            List<MessagePlan.Segment> out = new ArrayList<>(total);
            for (int k = 0; k < total; k++) {
                String part = text.substring(split.start(k), split.ends()[k]);
                Optional<Concatenation> concat = Optional.empty();
                if (multi) {
                    concat = Optional.of(new Concatenation(concatReference(o), total, k + 1));
                }
                Bytes udh = udhOctets == 0 ? Bytes.EMPTY : udh(o, concat);
                out.add(new MessagePlan.Segment(part, split.units()[k], udh, encode(udh, part, o), concat));
            }
            return out;
        }

        private Bytes udh(PlanOptions o, Optional<Concatenation> concat) {
            GsmAlphabet gsm = codec instanceof GsmAlphabet ? (GsmAlphabet) codec : GsmAlphabet.standard();
            return MessagePlanner.udh(udhOctets, o.carrier(), concat, gsm.singleShift(), gsm.lockingShift());
        }

        private Bytes encode(Bytes udh, String part, PlanOptions o) {
            if (codec instanceof GsmAlphabet) {
                return ((GsmAlphabet) codec).encodeUserData(udh, part, o.packed());
            }
            return join(udh, codec.encode(part));
        }
    }
}
