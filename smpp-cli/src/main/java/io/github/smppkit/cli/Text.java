package io.github.smppkit.cli;

import java.util.List;
import java.util.Map;

/** Renders decoded fields for people: a header line, then one indented line per field. */
final class Text {

    private Text() {
    }

    static String render(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder();
        out.append(fields.get("command")).append(' ').append(fields.get("command_id"))
                .append("  seq ").append(fields.get("sequence_number"))
                .append("  status ").append(fields.get("command_status"))
                .append("  length ").append(fields.get("command_length"));
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            switch (field.getKey()) {
                case "command", "command_id", "sequence_number", "command_status", "command_length" -> { }
                default -> appendField(out, "  ", field.getKey(), field.getValue());
            }
        }
        return out.toString();
    }

    /** One event on one line: its name, then {@code key=value} for each plain field. */
    static String event(Map<String, Object> event) {
        StringBuilder out = new StringBuilder(String.valueOf(event.get("event")));
        for (Map.Entry<String, Object> field : event.entrySet()) {
            Object value = field.getValue();
            if (!field.getKey().equals("event") && !(value instanceof Map) && !(value instanceof List)) {
                out.append(' ').append(field.getKey()).append('=').append(value instanceof String s ? bare(s) : value);
            }
        }
        return out.toString();
    }

    private static void appendField(StringBuilder out, String indent, String name, Object value) {
        if (value instanceof List<?> list) {
            out.append('\n').append(indent).append(name).append(':').append(list.isEmpty() ? " none" : "");
            for (Object item : list) {
                out.append('\n').append(indent).append("  - ").append(item instanceof Map<?, ?> map ? inline(map) : item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append('\n').append(indent).append(name).append(':');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                appendField(out, indent + "  ", String.valueOf(entry.getKey()), entry.getValue());
            }
        } else {
            out.append('\n').append(indent).append(name).append(": ")
                    .append(value instanceof String s ? quote(s) : String.valueOf(value));
        }
    }

    /** A plain word as it is; anything else quoted, so that an event stays one {@code key=value} per field. */
    private static String bare(String s) {
        String quoted = quote(s);
        return s.contains(" ") || quoted.length() != s.length() + 2 ? quoted : s;
    }

    /**
     * In quotes, with quotes, backslashes and control characters escaped: text from a PDU could otherwise end the
     * line early or send escape sequences to the terminal.
     */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }

    private static String inline(Map<?, ?> map) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue; // e.g. the name of a vendor TLV
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(entry.getKey()).append('=').append(entry.getValue());
        }
        return out.toString();
    }
}
