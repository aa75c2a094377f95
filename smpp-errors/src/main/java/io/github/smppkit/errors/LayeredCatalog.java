package io.github.smppkit.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The only {@link ErrorCatalog}: a stack of {@link CatalogTable}s, standard at the bottom.
 *
 * <p>Thread-safety: immutable; safe to share.
 */
final class LayeredCatalog implements ErrorCatalog {
    private final List<CatalogTable> layers;
    private final List<String> sources;
    private final List<String> notes;
    private final List<ErrorInfo> entries;

    LayeredCatalog(List<CatalogTable> layers) {
        this.layers = List.copyOf(layers);
        List<String> names = new ArrayList<>();
        List<String> allNotes = new ArrayList<>();
        List<ErrorInfo> all = new ArrayList<>();
        for (CatalogTable layer : this.layers) {
            names.add(layer.source());
            for (String note : layer.notes()) {
                allNotes.add(layer.source() + ": " + note);
            }
            all.addAll(layer.entries());
        }
        this.sources = List.copyOf(names);
        this.notes = List.copyOf(allNotes);
        this.entries = List.copyOf(all);
    }

    @Override
    public List<String> sources() {
        return sources;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public List<ErrorInfo> entries() {
        return entries;
    }

    @Override
    public List<ErrorInfo> lookup(int code) {
        return lookup(ErrorScope.COMMAND_STATUS, code);
    }

    @Override
    public List<ErrorInfo> lookup(ErrorScope scope, int code) {
        List<ErrorInfo> found = new ArrayList<>(layers.size() + 2);
        for (CatalogTable layer : layers) {
            if (scope == ErrorScope.COMMAND_STATUS) {
                addIfFound(found, layer.find(ErrorScope.COMMAND_STATUS, code));
                addIfFound(found, layer.find(ErrorScope.BIND_STATUS, code));
                addIfFound(found, layer.find(ErrorScope.SUBMIT_STATUS, code));
            } else {
                addIfFound(found, applicable(layer, scope, code));
            }
        }
        return List.copyOf(found);
    }

    @Override
    public List<ErrorInfo> lookupByName(String name) {
        List<ErrorInfo> byName = new ArrayList<>();
        for (ErrorInfo info : entries) {
            if (info.hasName(name)) {
                byName.add(info);
            }
        }
        return List.copyOf(byName);
    }

    @Override
    public Optional<ErrorInfo> resolve(ErrorScope scope, int code) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            ErrorInfo info = applicable(layers.get(i), scope, code);
            if (info != null) {
                return Optional.of(info);
            }
        }
        return Optional.empty();
    }

    @Override
    public RetryClass retryClass(int code) {
        return retryClass(ErrorScope.COMMAND_STATUS, code);
    }

    @Override
    public RetryClass retryClass(ErrorScope scope, int code) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            ErrorInfo info = applicable(layers.get(i), scope, code);
            if (info != null) {
                return info.retry();
            }
        }
        return RetryClass.PERMANENT;
    }

    @Override
    public boolean isThrottling(int code) {
        return retryClass(ErrorScope.COMMAND_STATUS, code) == RetryClass.THROTTLED;
    }

    @Override
    public boolean isThrottling(ErrorScope scope, int code) {
        return retryClass(scope, code) == RetryClass.THROTTLED;
    }

    @Override
    public ErrorCatalog with(ErrorCatalog provider) {
        List<CatalogTable> combined = new ArrayList<>(layers);
        for (CatalogTable layer : ((LayeredCatalog) provider).layers) {
            if (!sources.contains(layer.source())) {
                combined.add(layer);
            }
        }
        return combined.size() == layers.size() ? this : new LayeredCatalog(combined);
    }

    @Override
    public String explain(int code) {
        return explain(ErrorScope.COMMAND_STATUS, code);
    }

    @Override
    public String explain(ErrorScope scope, int code) {
        return Explainer.explain(scope, code, lookup(scope, code), resolve(scope, code));
    }

    @Override
    public String toString() {
        return "ErrorCatalog" + sources;
    }

    /** The layer's entry for a scope: its own, else (bind/submit) the generic command_status one; or null. */
    private static ErrorInfo applicable(CatalogTable layer, ErrorScope scope, int code) {
        ErrorInfo info = layer.find(scope, code);
        if (info == null && (scope == ErrorScope.BIND_STATUS || scope == ErrorScope.SUBMIT_STATUS)) {
            info = layer.find(ErrorScope.COMMAND_STATUS, code);
        }
        return info;
    }

    private static void addIfFound(List<ErrorInfo> found, ErrorInfo info) {
        if (info != null) {
            found.add(info);
        }
    }
}
