package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * The {@code esm_class} octet (reference §7.1): messaging mode (bits 1&#8211;0), message type (bits 5&#8211;2) and
 * GSM features (bits 7&#8211;6). A record so that any octet round-trips.
 *
 * <p>Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record EsmClass(int value) {

    private static final EsmClass[] CACHE = new EsmClass[256];

    static {
        for (int i = 0; i < 256; i++) {
            CACHE[i] = new EsmClass(i);
        }
    }

    /** 0x00: default mode, normal message. */
    public static final EsmClass DEFAULT = CACHE[0x00];
    /** 0x01: datagram mode. */
    public static final EsmClass DATAGRAM = CACHE[0x01];
    /** 0x02: forward (transaction) mode. */
    public static final EsmClass FORWARD = CACHE[0x02];
    /** 0x03: explicit store-and-forward mode. */
    public static final EsmClass STORE_AND_FORWARD = CACHE[0x03];
    /** 0x04: MC delivery receipt. */
    public static final EsmClass DELIVERY_RECEIPT = CACHE[0x04];
    /** 0x08: SME delivery acknowledgement. */
    public static final EsmClass DELIVERY_ACK = CACHE[0x08];
    /** 0x10: SME manual/user acknowledgement. */
    public static final EsmClass MANUAL_ACK = CACHE[0x10];
    /** 0x18: conversation abort. */
    public static final EsmClass CONVERSATION_ABORT = CACHE[0x18];
    /** 0x20: intermediate delivery notification. */
    public static final EsmClass INTERMEDIATE_NOTIFICATION = CACHE[0x20];
    /** 0x40: user data header indicator. */
    public static final EsmClass UDHI = CACHE[0x40];
    /** 0x80: reply path. */
    public static final EsmClass REPLY_PATH = CACHE[0x80];

    /**
     * Validates the range.
     *
     * @param value the octet
     */
    public EsmClass {
        Check.octet(value, "esm_class");
    }

    /**
     * Returns the cached instance.
     *
     * @param value 0..255
     * @return the esm_class
     */
    public static EsmClass of(int value) {
        if (value < 0 || value > 255) {
            Check.octet(value, "esm_class");
        }
        return CACHE[value];
    }

    /**
     * Returns bits 1&#8211;0.
     *
     * @return the messaging mode 0..3
     */
    public int messagingMode() {
        return value & 0x03;
    }

    /**
     * Returns bits 5&#8211;2 in place (mask 0x3C).
     *
     * @return the message type, e.g. 0x04 for a delivery receipt
     */
    public int messageType() {
        return value & 0x3C;
    }

    /**
     * Tells whether the user data starts with a UDH.
     *
     * @return bit 0x40
     */
    public boolean hasUdhi() {
        return (value & 0x40) != 0;
    }

    /**
     * Tells whether reply path is set.
     *
     * @return bit 0x80
     */
    public boolean hasReplyPath() {
        return (value & 0x80) != 0;
    }

    /**
     * Tells whether this marks an MC delivery receipt.
     *
     * @return {@code (value & 0x3C) == 0x04}
     */
    public boolean isDeliveryReceipt() {
        return (value & 0x3C) == 0x04;
    }

    /**
     * Tells whether this marks an intermediate delivery notification.
     *
     * @return {@code (value & 0x3C) == 0x20}
     */
    public boolean isIntermediateNotification() {
        return (value & 0x3C) == 0x20;
    }

    /**
     * Returns a copy with UDHI set or cleared.
     *
     * @param udhi the new flag
     * @return the new esm_class
     */
    public EsmClass withUdhi(boolean udhi) {
        return of(udhi ? value | 0x40 : value & ~0x40);
    }

    /**
     * Returns a copy with reply path set or cleared.
     *
     * @param replyPath the new flag
     * @return the new esm_class
     */
    public EsmClass withReplyPath(boolean replyPath) {
        return of(replyPath ? value | 0x80 : value & ~0x80);
    }

    /**
     * Returns a copy with another message type.
     *
     * @param messageType a value of mask 0x3C
     * @return the new esm_class
     */
    public EsmClass withMessageType(int messageType) {
        return of((value & ~0x3C) | (messageType & 0x3C));
    }

    /**
     * Returns a copy with another messaging mode.
     *
     * @param mode 0..3
     * @return the new esm_class
     */
    public EsmClass withMessagingMode(int mode) {
        return of((value & ~0x03) | (mode & 0x03));
    }
}
