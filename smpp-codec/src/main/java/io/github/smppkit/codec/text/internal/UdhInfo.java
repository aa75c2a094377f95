package io.github.smppkit.codec.text.internal;

import io.github.smppkit.codec.type.Bytes;

/**
 * The UDH elements the reassembler needs (3GPP TS 23.040 §9.2.3.24, reference §12.1), read leniently.
 *
 * <p>A concatenation IE with total or part 0, or part above total, is ignored; when an element repeats the
 * last one wins (as Android). Thread-safety: immutable.
 *
 * @param length UDH octets including UDHL (0 without UDH)
 * @param concatKind 0 none, 8 for IEI 0x00, 16 for IEI 0x08
 * @param reference concatenation reference
 * @param total concatenation total
 * @param sequence concatenation part
 * @param singleShift language id of IEI 0x24, or 0
 * @param lockingShift language id of IEI 0x25, or 0
 */
public record UdhInfo(int length, int concatKind, int reference, int total, int sequence, int singleShift,
        int lockingShift) {

    /** No UDH. */
    public static final UdhInfo NONE = new UdhInfo(0, 0, 0, 0, 0, 0, 0);

    /**
     * Parses the UDH at the start of user data.
     *
     * @param userData the user data
     * @return the elements, or {@code null} when the UDH does not fit the data (the reason is then given by
     *     {@link #problem(Bytes)})
     */
    public static UdhInfo parse(Bytes userData) {
        if (problem(userData) != null) {
            return null;
        }
        int end = 1 + userData.get(0);
        int kind = 0;
        int ref = 0;
        int total = 0;
        int seq = 0;
        int single = 0;
        int locking = 0;
        for (int i = 1; i < end; ) {
            int iei = userData.get(i);
            int len = userData.get(i + 1);
            int v = i + 2;
            if (iei == 0x00 && len == 3 && valid(userData.get(v + 1), userData.get(v + 2))) {
                kind = 8;
                ref = userData.get(v);
                total = userData.get(v + 1);
                seq = userData.get(v + 2);
            } else if (iei == 0x08 && len == 4 && valid(userData.get(v + 2), userData.get(v + 3))) {
                kind = 16;
                ref = userData.get(v) << 8 | userData.get(v + 1);
                total = userData.get(v + 2);
                seq = userData.get(v + 3);
            } else if (iei == 0x24 && len == 1) {
                single = userData.get(v);
            } else if (iei == 0x25 && len == 1) {
                locking = userData.get(v);
            }
            i = v + len;
        }
        return new UdhInfo(end, kind, ref, total, seq, single, locking);
    }

    private static boolean valid(int total, int seq) {
        return total > 0 && seq > 0 && seq <= total;
    }

    /**
     * Checks that the UDH and each element fit.
     *
     * @param userData the user data
     * @return a reason, or {@code null} when the UDH is readable
     */
    public static String problem(Bytes userData) {
        if (userData.isEmpty()) {
            return "UDHI set but user data is empty";
        }
        int end = 1 + userData.get(0);
        if (end > userData.size()) {
            return "UDH length " + (end - 1) + " exceeds user data of " + userData.size() + " octets";
        }
        int i = 1;
        while (i < end) {
            if (i + 2 > end || i + 2 + userData.get(i + 1) > end) {
                return "UDH element at offset " + i + " overruns the UDH";
            }
            i += 2 + userData.get(i + 1);
        }
        return null;
    }
}
