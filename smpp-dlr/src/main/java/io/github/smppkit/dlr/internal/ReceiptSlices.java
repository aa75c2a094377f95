package io.github.smppkit.dlr.internal;

/**
 * Makes the strings of receipt values, sharing the short numbers that nearly every receipt carries in
 * {@code sub:}, {@code dlvrd:} and {@code err:} rather than copying them each time.
 *
 * <p>Thread-safety: thread-safe; the shared strings are made on first use.
 */
public final class ReceiptSlices {

    /**
     * Every value of one to three ASCII digits ({@code 0}..{@code 9}, {@code 00}..{@code 99},
     * {@code 000}..{@code 999}), made on first use. Filled racily: a string is safely published, and a lost race
     * only makes one more copy.
     */
    private static final String[] NUMBERS = new String[1110];

    /** Where the values of each length start in {@link #NUMBERS}, by length. */
    private static final int[] NUMBERS_FROM = {0, 0, 10, 110};

    private ReceiptSlices() {
    }

    /**
     * Returns part of a text as a string, shared for values of one to three ASCII digits.
     *
     * @param s the text
     * @param from the start
     * @param to the end
     * @return the part
     */
    public static String slice(String s, int from, int to) {
        int length = to - from;
        int n = length >= 1 && length <= 3 ? number(s, from, to) : -1;
        if (n < 0) {
            return s.substring(from, to);
        }
        int index = NUMBERS_FROM[length] + n;
        String shared = NUMBERS[index];
        return shared != null ? shared : share(index, s, from, to);
    }

    /** Returns the number the ASCII digits between the indexes write, or -1 if a character is not one. */
    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            // below '0' wraps above 9
            int digit = (char) (s.charAt(i) - '0');
            if (digit > 9) {
                return -1;
            }
            n = n * 10 + digit;
        }
        return n;
    }

    /** Copies a number on its first use; apart from {@link #slice}, whose compiled code it would only weigh on. */
    private static String share(int index, String s, int from, int to) {
        String value = s.substring(from, to);
        NUMBERS[index] = value;
        return value;
    }
}
