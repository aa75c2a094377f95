package io.github.smppkit.codec.text;

import io.github.smppkit.codec.text.internal.GsmTable;
import io.github.smppkit.codec.text.internal.GsmTables;
import io.github.smppkit.codec.text.internal.SeptetPacker;
import io.github.smppkit.codec.type.Bytes;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * GSM 03.38 7-bit alphabet (3GPP TS 23.038 §6.2.1, reference §11): the default basic and extension tables,
 * optionally replaced by a national locking-shift table (basic) and/or single-shift table (extension).
 *
 * <p>Encoding uses the basic/locking table where it can (1 septet) and the escape 0x1B plus the
 * extension/single-shift table otherwise (2 septets). With the default basic table, U+00E7 is also accepted for
 * 0x09 (which decodes to U+00C7) when no table in use holds U+00E7 itself. In the Indic single-shift tables
 * '*' and '¡' appear twice; the encoder emits 0x18 and 0x15. Telugu single-shift 0x65 (euro) is decoded but
 * never emitted.
 *
 * <p>Decoding (never throws): an escape before a code absent from the single-shift table yields the basic
 * character of that code; 0x1B 0x1B yields a space; a lone trailing escape yields U+00A0; an unassigned code
 * or an octet above 0x7F in unpacked data yields U+FFFD.
 *
 * <p>Unpacked form = one septet per octet (what most SMPP MCs expect for data_coding 0). Packed form follows
 * §11.3 with the CR rules: seven spare bits at the end carry CR, and a text whose last CR ends exactly on an
 * octet boundary gets one more CR; the packed decoder drops one CR filling a final seven-bit slot. So a text
 * ending in CR on an octet boundary decodes with one extra CR (23.038 §6.1.2.3.1 calls CR CR harmless).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class GsmAlphabet implements TextCodec {

    private static final GsmAlphabet STANDARD = new GsmAlphabet(0, 0);

    private final int lockingId;
    private final int singleId;
    private final GsmTable basic;
    private final GsmTable extension;
    /** What each basic code decodes to, U+FFFD for an empty slot. */
    private final char[] basicShown = new char[128];
    /** What each code after an escape decodes to: the extension character, else the basic one. */
    private final char[] escapedShown = new char[128];

    private GsmAlphabet(int lockingId, int singleId) {
        this.lockingId = lockingId;
        this.singleId = singleId;
        GsmTable locking = GsmTable.locking(lockingId);
        this.basic = locking == null ? GsmTable.locking(0) : locking;
        this.extension = GsmTable.single(singleId);
        for (int code = 0; code < 128; code++) {
            basicShown[code] = shown(basic.charAt(code));
            char c = extension.charAt(code);
            escapedShown[code] = c != GsmTables.NONE ? c : basicShown[code];
        }
    }

    /**
     * Returns the default alphabet without national tables.
     *
     * @return the shared instance
     */
    public static GsmAlphabet standard() {
        return STANDARD;
    }

    /**
     * Returns the alphabet selected by received shift IEs, leniently: id 0, unknown ids and a locking id
     * without a table (Spanish) select the default tables, as Android does.
     *
     * @param lockingId value of UDH IEI 0x25, or 0
     * @param singleId value of UDH IEI 0x24, or 0
     * @return the alphabet to decode with
     */
    public static GsmAlphabet forShiftIds(int lockingId, int singleId) {
        int l = lockingId > 0 && lockingId < 14 && GsmTable.locking(lockingId) != null ? lockingId : 0;
        int s = singleId > 0 && singleId < 14 ? singleId : 0;
        return l == 0 && s == 0 ? STANDARD : new GsmAlphabet(l, s);
    }

    /**
     * Returns this alphabet with a locking-shift table replacing the basic table.
     *
     * @param language the language
     * @return the new alphabet
     * @throws IllegalArgumentException for Spanish, which has no locking-shift table
     */
    public GsmAlphabet withLockingShift(NationalLanguage language) {
        if (!language.hasLockingShift()) {
            throw new IllegalArgumentException("locking shift: " + language + " has no locking-shift table");
        }
        return new GsmAlphabet(language.id(), singleId);
    }

    /**
     * Returns this alphabet with a single-shift table replacing the extension table.
     *
     * @param language the language
     * @return the new alphabet
     */
    public GsmAlphabet withSingleShift(NationalLanguage language) {
        return new GsmAlphabet(lockingId, language.id());
    }

    /**
     * Returns the locking-shift language, signalled with UDH IEI 0x25.
     *
     * @return the language, or empty for the default basic table
     */
    public Optional<NationalLanguage> lockingShift() {
        return NationalLanguage.fromId(lockingId);
    }

    /**
     * Returns the single-shift language, signalled with UDH IEI 0x24.
     *
     * @return the language, or empty for the default extension table
     */
    public Optional<NationalLanguage> singleShift() {
        return NationalLanguage.fromId(singleId);
    }

    @Override
    public TextEncoding encoding() {
        return TextEncoding.GSM7;
    }

    @Override
    public String name() {
        if (lockingId == 0 && singleId == 0) {
            return "gsm7";
        }
        return "gsm7(locking=" + lockingShift().map(GsmAlphabet::lower).orElse("default")
                + ",single=" + singleShift().map(GsmAlphabet::lower).orElse("default") + ")";
    }

    private static String lower(NationalLanguage language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    /** Counts septets: 1 for the basic/locking table, 2 for an escape sequence, 0 if not encodable. */
    @Override
    public int units(int codePoint) {
        int code = code(codePoint);
        return code < 0 ? 0 : code > 0x7F ? 2 : 1;
    }

    /** Returns the basic code, 0x100 | the extension code, or -1. */
    private int code(int codePoint) {
        int code = basic.codeOf(codePoint);
        if (code >= 0) {
            return code;
        }
        code = extension.codeOf(codePoint);
        if (code >= 0) {
            return 0x100 | code;
        }
        // 0x09 is capital C cedilla in 3GPP and small c cedilla in GSM0338.TXT: accept the small one as a last
        // resort in the default table (the Turkish single-shift table has its own small c cedilla)
        return codePoint == 0xE7 && lockingId == 0 ? 0x09 : -1;
    }

    /** Returns the basic/locking-table code of a character, or -1 (for the packed-CR rule of the planner). */
    int basicCode(int codePoint) {
        int code = code(codePoint);
        return code > 0x7F ? -1 : code;
    }

    /**
     * Encodes a text to septets.
     *
     * @param text the text
     * @return septet values 0..127, escapes included
     * @throws UnencodableCharacterException naming the first character that cannot be encoded
     */
    public byte[] toSeptets(CharSequence text) {
        byte[] out = new byte[2 * text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int code = code(cp);
            if (code < 0) {
                throw new UnencodableCharacterException(cp, i, name());
            }
            if (code > 0x7F) {
                out[n++] = GsmTable.ESC;
            }
            out[n++] = (byte) code;
            i += Character.charCount(cp);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Encodes unpacked: one septet per octet. */
    @Override
    public Bytes encode(CharSequence text) {
        return Bytes.of(toSeptets(text));
    }

    /**
     * Encodes packed, without a UDH.
     *
     * @param text the text
     * @return the packed octets
     * @throws UnencodableCharacterException naming the first character that cannot be encoded
     */
    public Bytes encodePacked(CharSequence text) {
        return encodeUserData(Bytes.EMPTY, text, true);
    }

    /**
     * Builds user data: the UDH octets as given, then the text, packed after the fill bits or unpacked.
     *
     * @param udh the UDH including its UDHL octet, or empty
     * @param text the text
     * @param packed whether to pack septets
     * @return UDH followed by the encoded text
     * @throws UnencodableCharacterException naming the first character that cannot be encoded
     */
    public Bytes encodeUserData(Bytes udh, CharSequence text, boolean packed) {
        byte[] septets = toSeptets(text);
        int h = udh.size();
        if (!packed) {
            byte[] out = new byte[h + septets.length];
            udh.copyTo(out, 0);
            System.arraycopy(septets, 0, out, h, septets.length);
            return Bytes.of(out);
        }
        int fill = h == 0 ? 0 : SeptetPacker.fillBits(h);
        int count = septets.length;
        int total = count + (SeptetPacker.needsExtraCr(fill, count, count > 0 ? septets[count - 1] : -1) ? 1 : 0);
        byte[] out = new byte[h + SeptetPacker.packedLength(fill, total)];
        udh.copyTo(out, 0);
        SeptetPacker.pack(septets, count, fill, out, h);
        return Bytes.of(out);
    }

    /** Decodes unpacked septets (one per octet). */
    @Override
    public String decode(Bytes data) {
        return decodeSeptets(data.toByteArray(), 0, data.size());
    }

    /**
     * Decodes packed octets without a UDH, dropping one CR that fills a final seven-bit slot.
     *
     * @param data the packed octets
     * @return the text
     */
    public String decodePacked(Bytes data) {
        return decodeUserData(data, 0, true);
    }

    /**
     * Decodes the text part of user data that starts with a UDH of {@code udhOctets} octets.
     *
     * @param userData UDH followed by the text
     * @param udhOctets UDH length including UDHL (0 for none); values beyond the data yield ""
     * @param packed whether the text is packed (then the fill bits after the UDH are skipped)
     * @return the text
     */
    public String decodeUserData(Bytes userData, int udhOctets, boolean packed) {
        Objects.requireNonNull(userData, "userData");
        if (udhOctets < 0 || udhOctets > userData.size()) {
            return "";
        }
        byte[] raw = userData.toByteArray();
        if (!packed) {
            return decodeSeptets(raw, udhOctets, raw.length - udhOctets);
        }
        byte[] septets = SeptetPacker.unpack(raw, udhOctets, raw.length - udhOctets,
                udhOctets == 0 ? 0 : SeptetPacker.fillBits(udhOctets));
        return decodeSeptets(septets, 0, septets.length);
    }

    /**
     * Decodes septet values.
     *
     * @param septets values, one per element (values above 0x7F decode to U+FFFD)
     * @param offset first element
     * @param length element count
     * @return the text
     */
    public String decodeSeptets(byte[] septets, int offset, int length) {
        // each septet gives at most one character (an escape pair at most two)
        char[] out = new char[length];
        int n = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int s = septets[i] & 0xFF;
            if (s != GsmTable.ESC) {
                out[n++] = s > 0x7F ? '\uFFFD' : basicShown[s];
                continue;
            }
            if (i + 1 >= end) {
                // a lone escape: GSM0338.TXT shows it as NO-BREAK SPACE
                out[n++] = '\u00A0';
                break;
            }
            int code = septets[++i] & 0xFF;
            if (code == GsmTable.ESC) {
                // 0x1B 0x1B is reserved for a further extension; 23.038 says display a space
                out[n++] = ' ';
            } else if (code > 0x7F) {
                out[n++] = '\u00A0';
                out[n++] = '\uFFFD';
            } else {
                out[n++] = escapedShown[code];
            }
        }
        return new String(out, 0, n);
    }

    private static char shown(char c) {
        return c == GsmTables.NONE ? '\uFFFD' : c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GsmAlphabet
                && ((GsmAlphabet) other).lockingId == lockingId && ((GsmAlphabet) other).singleId == singleId;
    }

    @Override
    public int hashCode() {
        return lockingId * 31 + singleId;
    }

    @Override
    public String toString() {
        return name();
    }
}
