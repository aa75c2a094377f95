package io.github.smppkit.providers;

import io.github.smppkit.codec.type.Npi;
import io.github.smppkit.codec.type.Ton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The provider's rules for {@code source_addr} and {@code destination_addr}. Empty lists and optionals mean
 * the provider's documentation is silent and any value passes.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sourceTons           allowed {@code source_addr_ton} values
 * @param sourceNpis           allowed {@code source_addr_npi} values
 * @param alphanumericSource   TON/NPI required when {@code source_addr} is not all digits
 * @param destinationTons      allowed {@code dest_addr_ton} values
 * @param destinationNpis      allowed {@code dest_addr_npi} values
 * @param destinationMinLength shortest {@code destination_addr} in characters
 * @param destinationMaxLength longest {@code destination_addr} in characters
 * @param destinationFormat    the documented shape of {@code destination_addr}, where {@code x} stands for any
 *                             digit and every other character for itself, e.g. {@code "09xxxxxxxxx"}
 * @since 0.1.0
 */
public record AddressRules(List<Ton> sourceTons, List<Npi> sourceNpis, Optional<TonNpi> alphanumericSource,
        List<Ton> destinationTons, List<Npi> destinationNpis, OptionalInt destinationMinLength,
        OptionalInt destinationMaxLength, Optional<String> destinationFormat) {

    /**
     * Copies the lists and checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a length is below 1 or the minimum exceeds the maximum
     */
    public AddressRules {
        sourceTons = Checks.list(sourceTons, "sourceTons");
        sourceNpis = Checks.list(sourceNpis, "sourceNpis");
        Objects.requireNonNull(alphanumericSource, "alphanumericSource");
        destinationTons = Checks.list(destinationTons, "destinationTons");
        destinationNpis = Checks.list(destinationNpis, "destinationNpis");
        Checks.positive(destinationMinLength, "destinationMinLength");
        Checks.positive(destinationMaxLength, "destinationMaxLength");
        Objects.requireNonNull(destinationFormat, "destinationFormat");
        if (destinationMinLength.isPresent() && destinationMaxLength.isPresent()
                && destinationMinLength.getAsInt() > destinationMaxLength.getAsInt()) {
            throw new IllegalArgumentException("destinationMinLength: " + destinationMinLength.getAsInt()
                    + " > destinationMaxLength " + destinationMaxLength.getAsInt());
        }
        destinationFormat.ifPresent(f -> Checks.notBlank(f, "destinationFormat"));
    }

    /**
     * Tells whether an address matches a format of this record's {@code destinationFormat} syntax.
     *
     * @param format  e.g. {@code "09xxxxxxxxx"}
     * @param address the address text
     * @return {@code true} when the lengths agree and each {@code x} faces an ASCII digit and every other
     *         character itself
     */
    public static boolean matchesFormat(String format, String address) {
        if (format.length() != address.length()) {
            return false;
        }
        for (int i = 0; i < format.length(); i++) {
            char f = format.charAt(i);
            char c = address.charAt(i);
            if (f == 'x' ? c < '0' || c > '9' : f != c) {
                return false;
            }
        }
        return true;
    }
}
