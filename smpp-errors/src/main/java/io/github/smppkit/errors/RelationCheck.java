package io.github.smppkit.errors;

/**
 * Checks a parsed entry's {@link Relation} against the standard catalog, so that a data file cannot label a
 * contradiction as agreement or miss the standard name of a number.
 *
 * <p>Thread-safety: stateless.
 */
final class RelationCheck {
    private RelationCheck() {
    }

    /**
     * Checks one entry.
     *
     * @param high     the last code of the entry's range
     * @param standard the standard table, or {@code null} when the entry belongs to it
     * @throws CatalogFormatException when the relation does not hold
     */
    static void check(String file, int lineNumber, ErrorInfo info, int high, CatalogTable standard) {
        Relation relation = info.relation();
        if (standard == null) {
            if (relation != Relation.STANDARD) {
                throw fail(file, lineNumber, "the standard catalog only has relation 'standard'");
            }
            return;
        }
        if (relation == Relation.STANDARD) {
            throw fail(file, lineNumber, "relation 'standard' is for the standard catalog only");
        }
        ErrorScope standardScope = standardScope(info.scope());
        if (standardScope == null) {
            if (relation != Relation.PROVIDER_ONLY) {
                throw fail(file, lineNumber, "scope " + info.scope().token()
                        + " has no standard meanings (expected relation provider-only)");
            }
            return;
        }
        if (relation == Relation.PROVIDER_ONLY) {
            throw fail(file, lineNumber, "scope " + info.scope().token()
                    + " has standard meanings (expected agrees, contradicts or extends)");
        }
        if (info.code() != high) {
            throw fail(file, lineNumber, "a provider entry names one code, not a range");
        }
        ErrorInfo standardInfo = standard.find(standardScope, info.code());
        boolean assigned = standardInfo != null && !standardInfo.name().isEmpty();
        String codeText = CatalogLoader.text(info.scope(), info.code());
        if (relation == Relation.EXTENDS) {
            if (assigned) {
                throw fail(file, lineNumber, codeText + " is " + standardInfo.name()
                        + " in the standard (expected agrees or contradicts)");
            }
            if (!info.name().isEmpty()) {
                throw fail(file, lineNumber, "an 'extends' entry has no standard name (expected '-')");
            }
            return;
        }
        if (!assigned) {
            throw fail(file, lineNumber, codeText + " has no standard meaning (expected extends)");
        }
        if (!standardInfo.hasName(info.name()) || !info.aliases().isEmpty()) {
            throw fail(file, lineNumber, "name '" + info.name() + "' is not the standard name of " + codeText
                    + " (" + standardInfo.name() + ")");
        }
    }

    private static ErrorScope standardScope(ErrorScope scope) {
        if (scope.isCommandStatus()) {
            return ErrorScope.COMMAND_STATUS;
        }
        return scope == ErrorScope.RECEIPT_STAT ? ErrorScope.RECEIPT_STAT : null;
    }

    private static CatalogFormatException fail(String file, int lineNumber, String problem) {
        return new CatalogFormatException(file, lineNumber, problem);
    }
}
