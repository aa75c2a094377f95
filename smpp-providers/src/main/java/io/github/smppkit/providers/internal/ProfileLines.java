package io.github.smppkit.providers.internal;

import io.github.smppkit.providers.ProfileFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of one profile data file as keys and values, with line numbers for messages. Keys are read once
 * each; {@link #checkAllRead()} then rejects any key nobody asked for, so a misspelt key cannot pass silently.
 *
 * <p>Thread-safety: not thread-safe; used by one loader call.
 */
final class ProfileLines {
    /** The one key that may repeat. */
    static final String NOTE = "note";

    /** One {@code key = value} line. */
    record Line(int number, String key, String value) {
    }

    private final String file;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<Line> notes = new ArrayList<>();

    private ProfileLines(String file) {
        this.file = file;
    }

    /**
     * Splits the text into lines: blank lines and {@code #} comments skipped, every other line {@code key = value}.
     *
     * @throws ProfileFormatException for a malformed line, a bad key, an empty value or a repeated key
     */
    static ProfileLines parse(String file, String text) {
        ProfileLines out = new ProfileLines(file);
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ProfileFormatException(file, number, "'" + excerpt(line) + "' (expected key = value)");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!isKey(key)) {
                throw new ProfileFormatException(file, number, "key '" + excerpt(key)
                        + "' (expected lower-case letters, digits, '.' and '-')");
            }
            if (value.isEmpty()) {
                throw new ProfileFormatException(file, number, key + " has no value (write 'unspecified' when the"
                        + " source is silent)");
            }
            Line parsed = new Line(number, key, value);
            if (NOTE.equals(key)) {
                out.notes.add(parsed);
            } else {
                Line first = out.lines.putIfAbsent(key, parsed);
                if (first != null) {
                    throw new ProfileFormatException(file, number, key + " given twice (first on line "
                            + first.number() + ")");
                }
            }
        }
        return out;
    }

    String file() {
        return file;
    }

    /**
     * Takes a required key.
     *
     * @throws ProfileFormatException if the key is missing
     */
    Line take(String key) {
        Line line = lines.remove(key);
        if (line == null) {
            throw new ProfileFormatException(file, 0, "missing key " + key);
        }
        return line;
    }

    /** Takes a key that may be absent. */
    Optional<Line> takeOptional(String key) {
        return Optional.ofNullable(lines.remove(key));
    }

    List<Line> notes() {
        return List.copyOf(notes);
    }

    /**
     * Rejects the first key no reader took.
     *
     * @throws ProfileFormatException naming the unknown key
     */
    void checkAllRead() {
        if (!lines.isEmpty()) {
            Line line = lines.values().iterator().next();
            throw new ProfileFormatException(file, line.number(), "unknown key " + line.key());
        }
    }

    ProfileFormatException error(Line line, String expected) {
        return new ProfileFormatException(file, line.number(), line.key() + " = '" + excerpt(line.value())
                + "' (expected " + expected + ")");
    }

    private static boolean isKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
