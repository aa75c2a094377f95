package io.github.smppkit.errors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one source (one data file), indexed per scope for lookup by code.
 *
 * <p>Each scope keeps its entries sorted by their lowest code (unsigned) in parallel arrays, so a lookup is a
 * binary search without boxing; a range entry (reserved, vendor-specific) covers {@code low..high}.
 *
 * <p>Thread-safety: immutable after construction; safe to share.
 */
final class CatalogTable {
    private final String source;
    private final List<String> notes;
    private final List<ErrorInfo> entries;
    private final Map<ErrorScope, ScopeIndex> index = new EnumMap<>(ErrorScope.class);

    /** One parsed row: the entry and the last code its range covers (equal to its code for single codes). */
    record Row(ErrorInfo info, int high) {
    }

    CatalogTable(String source, List<String> notes, List<Row> rows) {
        this.source = source;
        this.notes = List.copyOf(notes);
        List<ErrorInfo> all = new ArrayList<>(rows.size());
        for (Row row : rows) {
            all.add(row.info());
        }
        this.entries = List.copyOf(all);
        for (ErrorScope scope : ErrorScope.values()) {
            List<Row> inScope = new ArrayList<>();
            for (Row row : rows) {
                if (row.info().scope() == scope) {
                    inScope.add(row);
                }
            }
            if (!inScope.isEmpty()) {
                index.put(scope, new ScopeIndex(inScope));
            }
        }
    }

    String source() {
        return source;
    }

    List<String> notes() {
        return notes;
    }

    List<ErrorInfo> entries() {
        return entries;
    }

    /**
     * Finds the entry for a code in exactly this scope.
     *
     * @return the entry (a range entry answered with {@code code} as its code), or {@code null} if none
     */
    ErrorInfo find(ErrorScope scope, int code) {
        ScopeIndex scopeIndex = index.get(scope);
        return scopeIndex == null ? null : scopeIndex.find(code);
    }

    /** Sorted parallel arrays of one scope. */
    private static final class ScopeIndex {
        private final int[] lows;
        private final int[] highs;
        private final ErrorInfo[] infos;

        ScopeIndex(List<Row> rows) {
            Row[] sorted = rows.toArray(new Row[0]);
            Arrays.sort(sorted, (a, b) -> Integer.compareUnsigned(a.info().code(), b.info().code()));
            lows = new int[sorted.length];
            highs = new int[sorted.length];
            infos = new ErrorInfo[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                lows[i] = sorted[i].info().code();
                highs[i] = sorted[i].high();
                infos[i] = sorted[i].info();
            }
        }

        ErrorInfo find(int code) {
            int lo = 0;
            int hi = lows.length - 1;
            int candidate = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (Integer.compareUnsigned(lows[mid], code) <= 0) {
                    candidate = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (candidate < 0 || Integer.compareUnsigned(code, highs[candidate]) > 0) {
                return null;
            }
            ErrorInfo info = infos[candidate];
            if (info.code() == code) {
                return info;
            }
            return new ErrorInfo(code, info.name(), info.description(), info.retry(), info.source(),
                    info.scope(), info.relation(), info.remedy(), info.aliases(), info.success());
        }
    }
}
