package io.github.smppkit.errors;

import java.util.List;
import java.util.Optional;

/**
 * Writes the human text of {@link ErrorCatalog#explain(ErrorScope, int)}.
 *
 * <p>Thread-safety: stateless.
 */
final class Explainer {
    private Explainer() {
    }

    static String explain(ErrorScope scope, int code, List<ErrorInfo> entries, Optional<ErrorInfo> applies) {
        StringBuilder text = new StringBuilder(256);
        text.append(CatalogLoader.text(scope, code));
        if (scope.isCommandStatus()) {
            text.append(" (").append(Integer.toUnsignedString(code)).append(')');
        }
        text.append(", ").append(scope.label()).append('\n');
        if (entries.isEmpty()) {
            text.append("  no source documents this code\n");
        }
        for (ErrorInfo info : entries) {
            text.append("  ").append(info.source());
            // the generic entry standing in for a bind/submit one needs no label; a bind/submit one does
            if (info.scope() != scope && info.scope() != ErrorScope.COMMAND_STATUS) {
                text.append(" [").append(info.scope().label()).append(']');
            }
            text.append(": ");
            if (!info.name().isEmpty() && info.relation() != Relation.CONTRADICTS) {
                text.append(info.name());
                for (String alias : info.aliases()) {
                    text.append(" / ").append(alias);
                }
                text.append(" - ");
            }
            text.append(info.description());
            if (info.contradictsStandard()) {
                text.append(" (contradicts standard ").append(info.name()).append(')');
            }
            text.append("; retry: ").append(info.success() ? "none (success)" : info.retry().name()).append('\n');
            if (!info.remedy().isEmpty()) {
                text.append("    remedy: ").append(info.remedy()).append('\n');
            }
        }
        applies.ifPresent(info -> text.append("  applies: ").append(info.source()).append(" meaning, retry ")
                .append(info.success() ? "none (success)" : info.retry().name()).append('\n'));
        return text.toString();
    }
}
