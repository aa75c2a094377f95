package io.github.smppkit.codec.text;

/**
 * Part numbering of a concatenated message: UDH IE 0x00 / 0x08 or the SAR TLVs (reference §12.1, §12.4).
 *
 * <p>Thread-safety: immutable.
 *
 * @param reference the reference shared by all parts (0..255 with an 8-bit UDH reference, else 0..65535)
 * @param total number of parts, 1..255
 * @param sequence this part, 1-based
 * @since 0.1.0
 */
public record Concatenation(int reference, int total, int sequence) {

    /** Validates. */
    public Concatenation {
        if (total < 1 || total > 255 || sequence < 1 || sequence > total || reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("concatenation: reference " + reference + ", part " + sequence
                    + " of " + total + " (expected reference 0..65535, 1 <= part <= total <= 255)");
        }
    }

    /**
     * Reads values from the wire leniently: values that SMPP says to ignore give empty (reference §12.1, §12.4).
     *
     * @param reference the reference
     * @param total the total
     * @param sequence the part
     * @return the concatenation, or empty when total or part is 0, part exceeds total or a value is out of range
     */
    public static java.util.Optional<Concatenation> fromWire(int reference, int total, int sequence) {
        boolean ok = total >= 1 && total <= 255 && sequence >= 1 && sequence <= total && reference >= 0
                && reference <= 0xFFFF;
        return ok ? java.util.Optional.of(new Concatenation(reference, total, sequence)) : java.util.Optional.empty();
    }
}
