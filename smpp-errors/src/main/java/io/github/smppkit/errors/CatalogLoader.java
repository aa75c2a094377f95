package io.github.smppkit.errors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses one catalog data file (the format is described at the top of {@code standard.tsv}) and checks it:
 * well-formed lines, no code twice in a scope (ranges included), no name twice in a scope, and relations the
 * standard catalog bears out ({@code agrees}/{@code contradicts} name the standard name of a standard-assigned
 * number, {@code extends} a number the standard leaves unassigned).
 *
 * <p>Thread-safety: stateless; every call works on its own data.
 */
final class CatalogLoader {
    private static final int MIN_COLUMNS = 6;
    private static final int MAX_COLUMNS = 7;

    private CatalogLoader() {
    }

    /**
     * Parses a data file.
     *
     * @param file     file name used in messages, e.g. {@code "ycloud.tsv"}
     * @param text     the file content
     * @param standard the standard table to check relations against, or {@code null} when parsing the standard
     * @return the parsed table
     * @throws CatalogFormatException naming the file and line of the first problem
     */
    static CatalogTable parse(String file, String text, CatalogTable standard) {
        String source = null;
        List<String> notes = new ArrayList<>();
        List<CatalogTable.Row> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                String[] directive = line.split("\t", 2);
                String value = directive.length == 2 ? directive[1].trim() : "";
                if (value.isEmpty()) {
                    throw new CatalogFormatException(file, lineNumber, "directive without a tab-separated value");
                }
                if ("@source".equals(directive[0])) {
                    if (source != null) {
                        throw new CatalogFormatException(file, lineNumber, "second @source");
                    }
                    source = checkSource(file, lineNumber, value, standard);
                } else if ("@note".equals(directive[0])) {
                    notes.add(value);
                } else {
                    throw new CatalogFormatException(file, lineNumber, "unknown directive " + directive[0]);
                }
                continue;
            }
            if (source == null) {
                throw new CatalogFormatException(file, lineNumber, "entry before the @source line");
            }
            rows.add(parseRow(file, lineNumber, line, source, standard));
            rowLines.add(lineNumber);
        }
        if (source == null) {
            throw new CatalogFormatException(file, 0, "no @source line");
        }
        checkUnique(file, rows, rowLines);
        return new CatalogTable(source, notes, rows);
    }

    private static String checkSource(String file, int lineNumber, String value, CatalogTable standard) {
        boolean isStandard = ErrorInfo.STANDARD_SOURCE.equals(value);
        if (isStandard != (standard == null)) {
            throw new CatalogFormatException(file, lineNumber, isStandard
                    ? "source name 'standard' is reserved for the SMPP standard catalog"
                    : "the standard catalog must declare @source standard");
        }
        if (!value.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new CatalogFormatException(file, lineNumber,
                    "source name '" + value + "' (expected lower-case letters, digits, '.', '_' or '-')");
        }
        return value;
    }

    private static CatalogTable.Row parseRow(String file, int lineNumber, String line, String source,
            CatalogTable standard) {
        String[] cols = line.split("\t", -1);
        if (cols.length < MIN_COLUMNS || cols.length > MAX_COLUMNS) {
            throw new CatalogFormatException(file, lineNumber, cols.length + " tab-separated columns (expected "
                    + MIN_COLUMNS + " or " + MAX_COLUMNS
                    + ": scope, code, name, retry, relation, description[, remedy])");
        }
        for (int c = 0; c < cols.length; c++) {
            cols[c] = cols[c].trim();
        }
        ErrorScope scope = scope(file, lineNumber, cols[0]);
        long[] range = codes(file, lineNumber, cols[1], scope);
        List<String> names = names(cols[2]);
        String name = names.isEmpty() ? "" : names.get(0);
        boolean success = "OK".equals(cols[3]);
        RetryClass retry = success ? RetryClass.PERMANENT : retry(file, lineNumber, cols[3]);
        Relation relation = relation(file, lineNumber, cols[4]);
        String description = cols[5];
        if (description.isEmpty()) {
            throw new CatalogFormatException(file, lineNumber, "empty description");
        }
        String remedy = cols.length == MAX_COLUMNS && !"-".equals(cols[6]) ? cols[6] : "";
        int low = (int) range[0];
        int high = (int) range[1];
        if (low != high) {
            if (!name.isEmpty()) {
                throw new CatalogFormatException(file, lineNumber, "a code range cannot carry a name");
            }
            description = description + " (" + text(scope, low) + "-" + text(scope, high) + ")";
        }
        ErrorInfo info = new ErrorInfo(low, name, description, retry, source, scope, relation, remedy,
                names.isEmpty() ? List.of() : names.subList(1, names.size()), success);
        RelationCheck.check(file, lineNumber, info, high, standard);
        return new CatalogTable.Row(info, high);
    }

    private static ErrorScope scope(String file, int lineNumber, String token) {
        for (ErrorScope scope : ErrorScope.values()) {
            if (scope.token().equals(token)) {
                return scope;
            }
        }
        throw new CatalogFormatException(file, lineNumber, "unknown scope '" + token
                + "' (expected status, bind, submit, receipt-err, receipt-status or receipt-stat)");
    }

    private static long[] codes(String file, int lineNumber, String token, ErrorScope scope) {
        int dash = token.indexOf('-', 1);
        long low = code(file, lineNumber, dash < 0 ? token : token.substring(0, dash), scope);
        long high = dash < 0 ? low : code(file, lineNumber, token.substring(dash + 1), scope);
        if (high < low) {
            throw new CatalogFormatException(file, lineNumber, "code range " + token + " ends before it starts");
        }
        return new long[] {low, high};
    }

    private static long code(String file, int lineNumber, String token, ErrorScope scope) {
        long max = scope.isCommandStatus() ? 0xFFFF_FFFFL : Integer.MAX_VALUE;
        try {
            boolean hex = token.startsWith("0x") || token.startsWith("0X");
            long value = hex ? Long.parseLong(token.substring(2), 16) : Long.parseLong(token);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the line number
        }
        throw new CatalogFormatException(file, lineNumber, "code '" + token + "' (expected decimal or 0x hex, 0.."
                + (scope.isCommandStatus() ? "0xFFFFFFFF" : Integer.toString(Integer.MAX_VALUE)) + ")");
    }

    private static List<String> names(String token) {
        if ("-".equals(token) || token.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : token.split("\\|")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return names;
    }

    private static RetryClass retry(String file, int lineNumber, String token) {
        for (RetryClass retry : RetryClass.values()) {
            if (retry.name().equals(token)) {
                return retry;
            }
        }
        throw new CatalogFormatException(file, lineNumber, "unknown retry class '" + token
                + "' (expected OK, RETRY_NOW, RETRY_AFTER_BACKOFF, THROTTLED, REBIND or PERMANENT)");
    }

    private static Relation relation(String file, int lineNumber, String token) {
        for (Relation relation : Relation.values()) {
            if (relation.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(token)) {
                return relation;
            }
        }
        throw new CatalogFormatException(file, lineNumber, "unknown relation '" + token
                + "' (expected standard, agrees, contradicts, extends or provider-only)");
    }

    /** Rejects a code (or overlapping range) or a name given twice in one scope, naming both lines. */
    private static void checkUnique(String file, List<CatalogTable.Row> rows, List<Integer> lines) {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ErrorInfo a = rows.get(i).info();
            for (int j = 0; j < i; j++) {
                ErrorInfo b = rows.get(j).info();
                if (a.scope() == b.scope() && overlaps(rows.get(i), rows.get(j))) {
                    throw new CatalogFormatException(file, lines.get(i), "duplicate code " + text(a.scope(), a.code())
                            + " in scope " + a.scope().token() + " (first on line " + lines.get(j) + ")");
                }
            }
            List<String> all = new ArrayList<>(a.aliases());
            if (!a.name().isEmpty()) {
                all.add(a.name());
            }
            for (String name : all) {
                String key = a.scope().token() + "/" + name.toUpperCase(Locale.ROOT);
                Integer first = names.putIfAbsent(key, lines.get(i));
                if (first != null) {
                    throw new CatalogFormatException(file, lines.get(i), "duplicate name " + name + " in scope "
                            + a.scope().token() + " (first on line " + first + ")");
                }
            }
        }
    }

    private static boolean overlaps(CatalogTable.Row a, CatalogTable.Row b) {
        return Integer.compareUnsigned(a.info().code(), b.high()) <= 0
                && Integer.compareUnsigned(b.info().code(), a.high()) <= 0;
    }

    static String text(ErrorScope scope, int code) {
        return scope.isCommandStatus() ? ErrorInfo.hex(code) : Integer.toString(code);
    }
}
