package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * The {@code registered_delivery} octet (reference §7.2): MC receipt (bits 1&#8211;0), SME acknowledgements
 * (bits 3&#8211;2), intermediate notification (bit 4, 0x10).
 *
 * <p>Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record RegisteredDelivery(int value) {

    private static final RegisteredDelivery[] CACHE = new RegisteredDelivery[256];

    static {
        for (int i = 0; i < 256; i++) {
            CACHE[i] = new RegisteredDelivery(i);
        }
    }

    /** 0: no receipt. */
    public static final RegisteredDelivery NONE = CACHE[0];
    /** 1: receipt on final success or failure. */
    public static final RegisteredDelivery ON_SUCCESS_OR_FAILURE = CACHE[1];
    /** 2: receipt on failure only. */
    public static final RegisteredDelivery ON_FAILURE = CACHE[2];
    /** 3: receipt on success only (v5.0; reserved in v3.4). */
    public static final RegisteredDelivery ON_SUCCESS = CACHE[3];
    /** Mask of the intermediate-notification bit. */
    public static final int INTERMEDIATE_NOTIFICATION = 0x10;

    /**
     * Validates the range.
     *
     * @param value the octet
     */
    public RegisteredDelivery {
        Check.octet(value, "registered_delivery");
    }

    /**
     * Returns the cached instance.
     *
     * @param value 0..255
     * @return the registered_delivery
     */
    public static RegisteredDelivery of(int value) {
        if (value < 0 || value > 255) {
            Check.octet(value, "registered_delivery");
        }
        return CACHE[value];
    }

    /**
     * Returns bits 1&#8211;0.
     *
     * @return 0 none, 1 success or failure, 2 failure, 3 success
     */
    public int receipt() {
        return value & 0x03;
    }

    /**
     * Tells whether any MC delivery receipt is requested.
     *
     * @return {@code receipt() != 0}
     */
    public boolean wantsReceipt() {
        return (value & 0x03) != 0;
    }

    /**
     * Returns bits 3&#8211;2 in place (mask 0x0C).
     *
     * @return 0x04 delivery ack, 0x08 manual ack, 0x0C both
     */
    public int smeAcknowledgement() {
        return value & 0x0C;
    }

    /**
     * Tells whether an intermediate notification is requested.
     *
     * @return bit 0x10
     */
    public boolean wantsIntermediateNotification() {
        return (value & INTERMEDIATE_NOTIFICATION) != 0;
    }

    /**
     * Returns a copy with other receipt bits.
     *
     * @param receipt 0..3
     * @return the new value
     */
    public RegisteredDelivery withReceipt(int receipt) {
        return of((value & ~0x03) | (receipt & 0x03));
    }

    /**
     * Returns a copy with the intermediate flag set or cleared.
     *
     * @param on the flag
     * @return the new value
     */
    public RegisteredDelivery withIntermediateNotification(boolean on) {
        return of(on ? value | INTERMEDIATE_NOTIFICATION : value & ~INTERMEDIATE_NOTIFICATION);
    }
}
