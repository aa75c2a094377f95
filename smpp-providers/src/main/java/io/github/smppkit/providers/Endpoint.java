package io.github.smppkit.providers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where and how to connect: the provider's regions (one of them selected), the plain and TLS ports, and what
 * the provider says about TLS. An empty optional means the provider's documentation is silent.
 *
 * <p>Thread-safety: immutable.
 *
 * @param regions        the provider's regions, default first; empty when no host is known ({@code generic})
 * @param region         name of the selected region, {@code ""} when {@code regions} is empty
 * @param port           plain TCP port
 * @param tlsPort        TLS port
 * @param tlsVersion     TLS protocol version as named by {@code javax.net.ssl}, e.g. {@code "TLSv1.2"}
 * @param tlsCertificate how to obtain or trust the server certificate, when the provider says
 * @param tlsNote        anything else the provider says about TLS, e.g. {@code "Not required"}
 * @since 0.1.0
 */
public record Endpoint(List<Region> regions, String region, OptionalInt port, OptionalInt tlsPort,
        Optional<String> tlsVersion, Optional<String> tlsCertificate, Optional<String> tlsNote) {

    /**
     * Copies the region list and checks that the selected region is one of them.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code region} names no region, or a port is out of range
     */
    public Endpoint {
        regions = Checks.list(regions, "regions");
        Objects.requireNonNull(region, "region");
        checkPort(port, "port");
        checkPort(tlsPort, "tlsPort");
        Objects.requireNonNull(tlsVersion, "tlsVersion");
        Objects.requireNonNull(tlsCertificate, "tlsCertificate");
        Objects.requireNonNull(tlsNote, "tlsNote");
        if (regions.isEmpty() ? !region.isEmpty() : find(regions, region).isEmpty()) {
            throw new IllegalArgumentException("region: '" + region + "' (expected one of " + names(regions) + ")");
        }
    }

    /**
     * Returns the selected region.
     *
     * @return the region, empty when no host is known
     */
    public Optional<Region> selectedRegion() {
        return find(regions, region);
    }

    /**
     * Returns the host of the selected region.
     *
     * @return the host, empty when no host is known
     */
    public Optional<String> host() {
        return selectedRegion().map(Region::host);
    }

    /**
     * Returns the port for plain TCP or for TLS.
     *
     * @param tls {@code true} for the TLS port
     * @return the port, empty when the provider does not document it
     */
    public OptionalInt port(boolean tls) {
        return tls ? tlsPort : port;
    }

    /**
     * Returns a copy with another region selected.
     *
     * @param name a region name, case-insensitive
     * @return the copy
     * @throws IllegalArgumentException if the provider has no such region; the message lists the regions
     */
    public Endpoint withRegion(String name) {
        Objects.requireNonNull(name, "name");
        for (Region r : regions) {
            if (r.name().equalsIgnoreCase(name.trim())) {
                return new Endpoint(regions, r.name(), port, tlsPort, tlsVersion, tlsCertificate, tlsNote);
            }
        }
        throw new IllegalArgumentException("region: '" + name + "' (expected one of " + names(regions) + ")");
    }

    private static Optional<Region> find(List<Region> regions, String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static List<String> names(List<Region> regions) {
        List<String> names = new ArrayList<>();
        regions.forEach(r -> names.add(r.name()));
        return names;
    }

    private static void checkPort(OptionalInt port, String name) {
        Objects.requireNonNull(port, name);
        if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65_535)) {
            throw new IllegalArgumentException(name + ": " + port.getAsInt() + " (expected 1..65535)");
        }
    }
}
