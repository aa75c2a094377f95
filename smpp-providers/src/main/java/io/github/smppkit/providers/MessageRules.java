package io.github.smppkit.providers;

import io.github.smppkit.codec.type.DataCoding;
import java.util.List;
import java.util.OptionalInt;

/**
 * The provider's rules for message content. Empty lists and optionals mean the provider's documentation is
 * silent and any value passes.
 *
 * <p>Thread-safety: immutable.
 *
 * @param dataCodings           supported {@code data_coding} values
 * @param maxOctets             longest message in octets
 * @param maxDefaultAlphabetChars longest message in characters of the uncompressed default alphabet
 *                              ({@code data_coding} 0, one octet per character), which may exceed
 *                              {@code maxOctets}
 * @param nullFields            {@code submit_sm} fields the provider wants NULL (empty or 0), by spec name,
 *                              e.g. {@code service_type}
 * @since 0.1.0
 */
public record MessageRules(List<DataCoding> dataCodings, OptionalInt maxOctets, OptionalInt maxDefaultAlphabetChars,
        List<String> nullFields) {

    /** The {@code submit_sm} fields {@code nullFields} may name. */
    public static final List<String> NULLABLE_FIELDS = List.of("service_type", "sm_default_msg_id");

    /**
     * Copies the lists and checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a limit is below 1 or a null field is not in {@link #NULLABLE_FIELDS}
     */
    public MessageRules {
        dataCodings = Checks.list(dataCodings, "dataCodings");
        Checks.positive(maxOctets, "maxOctets");
        Checks.positive(maxDefaultAlphabetChars, "maxDefaultAlphabetChars");
        nullFields = Checks.list(nullFields, "nullFields");
        for (String field : nullFields) {
            if (!NULLABLE_FIELDS.contains(field)) {
                throw new IllegalArgumentException("nullFields: '" + field + "' (expected one of "
                        + NULLABLE_FIELDS + ")");
            }
        }
    }
}
