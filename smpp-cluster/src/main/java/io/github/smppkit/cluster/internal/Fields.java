package io.github.smppkit.cluster.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact text framing for a list of strings: each one written as its length in chars, a colon, then the
 * chars. Any content survives, separators included, and reading never needs escaping.
 *
 * <p>Thread-safety: stateless.
 */
public final class Fields {

    private Fields() {
    }

    /**
     * Frames strings.
     *
     * @param values the strings
     * @return the framed text
     */
    public static String join(List<String> values) {
        StringBuilder sb = new StringBuilder(64);
        for (String v : values) {
            sb.append(v.length()).append(':').append(v);
        }
        return sb.toString();
    }

    /**
     * Reads framed text.
     *
     * @param text text from {@link #join}
     * @return the strings
     * @throws IllegalArgumentException if the text is not framed as {@link #join} writes
     */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>(16);
        int i = 0;
        while (i < text.length()) {
            int colon = text.indexOf(':', i);
            if (colon <= i || colon - i > 9) {
                throw new IllegalArgumentException("fields: no length at index " + i);
            }
            int len = parseLength(text, i, colon);
            int end = colon + 1 + len;
            if (end > text.length()) {
                throw new IllegalArgumentException("fields: length " + len + " at index " + i + " runs past the end");
            }
            out.add(text.substring(colon + 1, end));
            i = end;
        }
        return out;
    }

    private static int parseLength(String text, int from, int to) {
        int len = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("fields: bad length at index " + from);
            }
            len = len * 10 + (c - '0');
        }
        return len;
    }
}
