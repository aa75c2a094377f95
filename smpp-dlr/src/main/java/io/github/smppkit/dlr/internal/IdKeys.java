package io.github.smppkit.dlr.internal;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Matching keys for message ids: numbers become their decimal digits without leading zeros, anything else its
 * lower-case text.
 *
 * <p>Thread-safety: stateless.
 */
public final class IdKeys {

    /** Ids longer than this are compared as text, which bounds the cost of a conversion. */
    static final int MAX_NUMERIC_LENGTH = 64;

    private IdKeys() {
    }

    /**
     * The text key: the id in lower case.
     *
     * @param id the stripped id
     * @return the key
     */
    public static String text(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an all-digit id as decimal, another hex id as hex, anything else as text.
     *
     * @param id the stripped id
     * @return the key
     */
    public static String auto(String id) {
        if (isNumeric(id, 10)) {
            return stripZeros(id);
        }
        return hex(id);
    }

    /**
     * Reads a hex id as hex, anything else as text.
     *
     * @param id the stripped id
     * @return the key
     */
    public static String hex(String id) {
        if (!isNumeric(id, 16)) {
            return text(id);
        }
        String digits = stripZeros(id);
        if (digits.length() <= 15) {
            return Long.toString(Long.parseLong(digits, 16));
        }
        return new BigInteger(digits, 16).toString();
    }

    private static boolean isNumeric(String id, int radix) {
        if (id.isEmpty() || id.length() > MAX_NUMERIC_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            // Character.digit would also accept non-ASCII digits, which no SMSC writes in an id.
            boolean ok = (c >= '0' && c <= '9')
                    || (radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
