package io.github.smppkit.providers;

/**
 * One data-centre region of a provider and the host to connect to there.
 *
 * <p>Thread-safety: immutable.
 *
 * @param name  short region name used in the API and the CLI, e.g. {@code "eu"}; {@code "main"} for a provider
 *              with a single host
 * @param label human name from the provider's documentation, e.g. {@code "Europe"}; the name when none is given
 * @param host  host name to connect to, e.g. {@code "smpp.8x8.uk"}
 * @since 0.1.0
 */
public record Region(String name, String label, String host) {

    /**
     * Checks that no component is null or blank.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public Region {
        Checks.notBlank(name, "name");
        Checks.notBlank(label, "label");
        Checks.notBlank(host, "host");
    }
}
