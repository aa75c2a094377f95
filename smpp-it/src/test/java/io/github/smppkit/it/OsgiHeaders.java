package io.github.smppkit.it;

import java.util.ArrayList;
import java.util.List;

/** Splits OSGi manifest headers into clauses, honouring quoted attribute values. */
final class OsgiHeaders {

    private OsgiHeaders() {
    }

    /** Returns the package names of a header such as {@code Export-Package}; empty for a missing header. */
    static List<String> packageNames(String header) {
        List<String> names = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return names;
        }
        for (String clause : clauses(header)) {
            for (String part : clause.split(";")) {
                String trimmed = part.trim();
                if (trimmed.contains("=")) {
                    break; // attributes and directives follow the names
                }
                names.add(trimmed);
            }
        }
        return names;
    }

    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }
}
