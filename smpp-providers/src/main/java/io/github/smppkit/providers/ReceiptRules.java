package io.github.smppkit.providers;

import io.github.smppkit.dlr.StandardIdPolicy;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provider says about delivery receipts. Empty optionals and lists mean the provider's documentation
 * is silent. Meanings of receipt status and error codes are in the profile's error catalog.
 *
 * <p>Thread-safety: immutable.
 *
 * @param format          the receipt text format, {@code "standard"} for the v3.4 Appendix B text
 * @param dateZone        the zone of {@code submit date} and {@code done date}
 * @param statWords       the {@code stat:} words the provider documents
 * @param routing         which bind receives receipts
 * @param messageIdPolicy how message ids in {@code submit_sm_resp} and receipts compare
 * @since 0.1.0
 */
public record ReceiptRules(Optional<String> format, Optional<ZoneId> dateZone, List<String> statWords,
        ReceiptRouting routing, Optional<StandardIdPolicy> messageIdPolicy) {

    /**
     * Copies the list and checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public ReceiptRules {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dateZone, "dateZone");
        statWords = Checks.list(statWords, "statWords");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(messageIdPolicy, "messageIdPolicy");
    }
}
