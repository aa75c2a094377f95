package io.github.smppkit.errors;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code command_status} or a receipt code means, per source, and whether to retry.
 *
 * <p>A catalog is a stack of sources: the SMPP standard (3.4 and 5.0, reference §6 and §10) at the bottom,
 * provider catalogs on top. Lookups list the standard meaning first, then each provider's, every entry
 * labelled by {@link ErrorInfo#source()}; where a provider reuses a standard number with another meaning,
 * both come back and the provider's is flagged {@link ErrorInfo#contradictsStandard()}. The helpers
 * ({@link #resolve}, {@link #retryClass}, {@link #isThrottling}) answer with the topmost source's meaning,
 * because the provider's meaning is what its customers see.
 *
 * <p>Every command_status has an answer: the standard covers reserved numbers and the vendor range
 * 0x400-0x4FF with explicit "reserved" / "vendor-specific" entries. Receipt scopes have entries only where a
 * provider documents codes.
 *
 * <p>Catalogs are data: one resource file per source, e.g. {@code io/github/smppkit/errors/ycloud.tsv},
 * read by one loader (format at the top of {@code standard.tsv}). The {@code 8x8} catalog adds notes only: 8x8
 * documents that a bind beyond 4 per sub-account is rejected but not with which status, so no number is
 * mapped and the standard meanings apply.
 *
 * <p>Not meant to be implemented outside this module. Thread-safety: instances are immutable and safe to
 * share; the built-in ones are loaded once and cached.
 *
 * @since 0.1.0
 */
public sealed interface ErrorCatalog permits LayeredCatalog {

    /**
     * Returns the SMPP 3.4 and 5.0 standard catalog.
     *
     * @return the cached standard catalog (source {@code "standard"})
     */
    static ErrorCatalog standard() {
        return BuiltInCatalogs.standard();
    }

    /**
     * Returns the standard catalog with a provider's catalog on top.
     *
     * @param name a profile name from {@link #providerNames()}, case-insensitive; {@code generic} is the
     *             standard catalog alone
     * @return the cached catalog
     * @throws IllegalArgumentException for an unknown name
     */
    static ErrorCatalog forProvider(String name) {
        return BuiltInCatalogs.forProvider(name);
    }

    /**
     * Returns the profile names {@link #forProvider} knows.
     *
     * @return {@code 8x8, sms-smpp-routes, ycloud, selfhost, generic}
     */
    static List<String> providerNames() {
        return BuiltInCatalogs.PROVIDERS;
    }

    /**
     * Parses a catalog in the data-file format and puts it on top of the standard catalog, e.g. for a provider
     * smppkit does not ship.
     *
     * @param file label used in error messages, e.g. {@code "acme.tsv"}
     * @param text the data; its {@code @source} line names the source
     * @return the standard catalog with the parsed one on top
     * @throws CatalogFormatException naming the line of the first problem
     */
    static ErrorCatalog parse(String file, String text) {
        return BuiltInCatalogs.parse(file, text);
    }

    /**
     * Returns the sources of this catalog, bottom first.
     *
     * @return e.g. {@code [standard, selfhost]}
     */
    List<String> sources();

    /**
     * Returns the sources' notes on documented behaviour that has no code, each prefixed by its source.
     *
     * @return e.g. {@code ["8x8: A bind beyond the maximum of 4 binds ..."]}, maybe empty
     */
    List<String> notes();

    /**
     * Returns every entry: each source's entries in data order, bottom source first. Reserved and
     * vendor-specific ranges appear once, with their first code.
     *
     * @return all entries
     */
    List<ErrorInfo> entries();

    /**
     * Looks up a command_status seen in an unknown context; same as
     * {@code lookup(ErrorScope.COMMAND_STATUS, code)}.
     *
     * @param code the command_status
     * @return the standard meaning first, then each provider's (bind and submit meanings included), never empty
     */
    List<ErrorInfo> lookup(int code);

    /**
     * Looks up a code in a scope. Per source: in {@link ErrorScope#BIND_STATUS} and
     * {@link ErrorScope#SUBMIT_STATUS} the scope's own entry, else the source's generic command_status entry;
     * in {@link ErrorScope#COMMAND_STATUS} the generic entry plus the bind and submit entries; in receipt
     * scopes that scope's entry.
     *
     * @param scope where the code was seen
     * @param code  the code
     * @return matching entries, bottom source first; empty only for receipt codes no source documents
     */
    List<ErrorInfo> lookup(ErrorScope scope, int code);

    /**
     * Finds entries by spec name or alias, ignoring case, in every scope.
     *
     * @param name e.g. {@code "ESME_RTHROTTLED"}, {@code "ESME_RINVOPTPARSTREAM"} or {@code "DELIVRD"}
     * @return the standard entry first, then providers' entries for the same number; empty when unknown
     */
    List<ErrorInfo> lookupByName(String name);

    /**
     * Returns the meaning that applies: the topmost source's entry, in the scope's own entries before the
     * generic command_status ones. In {@link ErrorScope#COMMAND_STATUS} bind and submit entries do not apply.
     *
     * @param scope where the code was seen
     * @param code  the code
     * @return the applicable entry; empty only for receipt codes no source documents
     */
    Optional<ErrorInfo> resolve(ErrorScope scope, int code);

    /**
     * Returns the retry class of a command_status seen in an unknown context.
     *
     * @param code the command_status
     * @return the retry class of {@code resolve(COMMAND_STATUS, code)}
     */
    RetryClass retryClass(int code);

    /**
     * Returns the retry class that applies to a code.
     *
     * @param scope where the code was seen
     * @param code  the code
     * @return the retry class of {@link #resolve}; {@link RetryClass#PERMANENT} for an undocumented receipt code,
     *         since a receipt reports a final outcome
     */
    RetryClass retryClass(ErrorScope scope, int code);

    /**
     * Tells whether a command_status asks the sender to slow down.
     *
     * @param code the command_status
     * @return {@code true} when {@link #retryClass(int)} is {@link RetryClass#THROTTLED}
     */
    boolean isThrottling(int code);

    /**
     * Tells whether a code seen in a scope asks the sender to slow down, e.g. in a {@code submit_sm_resp}.
     *
     * @param scope where the code was seen
     * @param code  the code
     * @return {@code true} when {@link #retryClass(ErrorScope, int)} is {@link RetryClass#THROTTLED}
     */
    boolean isThrottling(ErrorScope scope, int code);

    /**
     * Stacks another catalog's sources on top of this one's; sources already present are not repeated.
     *
     * @param provider the catalog to put on top, e.g. {@code ErrorCatalog.forProvider("ycloud")}
     * @return the combined catalog
     */
    ErrorCatalog with(ErrorCatalog provider);

    /**
     * Explains a command_status seen in an unknown context, one line per source.
     *
     * @param code the command_status
     * @return human-readable text, e.g. for {@code smpp errors 0x58 --provider selfhost}
     */
    String explain(int code);

    /**
     * Explains a code seen in a scope, one line per source, with contradictions and remedies spelled out.
     *
     * @param scope where the code was seen
     * @param code  the code
     * @return human-readable text; never empty
     */
    String explain(ErrorScope scope, int code);
}
