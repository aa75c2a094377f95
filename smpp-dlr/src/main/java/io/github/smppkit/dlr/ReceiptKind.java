package io.github.smppkit.dlr;

import java.util.Optional;

/**
 * What kind of report a receipt is, from the message-type bits of {@code esm_class} (mask {@code 0x3C},
 * reference §7.1).
 *
 * <p>Only {@link #DELIVERY_RECEIPT} settles a submission in {@link ReceiptCorrelator}; the others are matched
 * without consuming it, because the MC's final receipt may still follow.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum ReceiptKind {
    /** MC delivery receipt, {@code esm_class} type {@code 0x04}; also receipts recognised by their text. */
    DELIVERY_RECEIPT(0x04),
    /** SME delivery acknowledgement, type {@code 0x08}. */
    DELIVERY_ACK(0x08),
    /** SME manual/user acknowledgement, type {@code 0x10}. */
    USER_ACK(0x10),
    /** Intermediate delivery notification, type {@code 0x20}. */
    INTERMEDIATE(0x20);

    private final int messageType;

    ReceiptKind(int messageType) {
        this.messageType = messageType;
    }

    /**
     * Returns the {@code esm_class} message-type bits of this kind.
     *
     * @return {@code 0x04}, {@code 0x08}, {@code 0x10} or {@code 0x20}
     */
    public int messageType() {
        return messageType;
    }

    /**
     * Reads the kind from an {@code esm_class} octet.
     *
     * @param esmClass the whole octet; only bits 5..2 are looked at
     * @return the kind, or empty when the message type is not a receipt type (e.g. a normal message)
     */
    static Optional<ReceiptKind> fromEsmClass(int esmClass) {
        return switch (esmClass & 0x3C) {
            case 0x04 -> Optional.of(DELIVERY_RECEIPT);
            case 0x08 -> Optional.of(DELIVERY_ACK);
            case 0x10 -> Optional.of(USER_ACK);
            case 0x20 -> Optional.of(INTERMEDIATE);
            default -> Optional.empty();
        };
    }
}
