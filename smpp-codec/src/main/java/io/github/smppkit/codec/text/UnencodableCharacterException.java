package io.github.smppkit.codec.text;

/**
 * Thrown when a text holds a character the chosen encoding cannot carry and the caller asked for no
 * replacement. The message names the code point, the character and its index; nothing is replaced silently.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class UnencodableCharacterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int codePoint;
    private final int index;
    private final String encodingName;

    /**
     * Creates the exception.
     *
     * @param codePoint the code point that cannot be encoded (a lone surrogate is reported as itself)
     * @param index its char index in the text
     * @param encodingName the encoding that was asked for, e.g. {@code gsm7}
     */
    public UnencodableCharacterException(int codePoint, int index, String encodingName) {
        super(describe(codePoint, index, encodingName));
        this.codePoint = codePoint;
        this.index = index;
        this.encodingName = encodingName;
    }

    private static String describe(int codePoint, int index, String encodingName) {
        String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
        String padded = "0000".substring(Math.min(4, hex.length())) + hex;
        String shown = Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF
                ? "lone surrogate"
                : "'" + new String(Character.toChars(codePoint)) + "'";
        return "cannot encode U+" + padded + " " + shown + " at index " + index + " in " + encodingName;
    }

    /**
     * Returns the code point that cannot be encoded.
     *
     * @return the code point
     */
    public int codePoint() {
        return codePoint;
    }

    /**
     * Returns the char index of the code point in the text.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * Returns the name of the encoding that could not carry the character.
     *
     * @return e.g. {@code gsm7} or {@code gsm7+turkish}
     */
    public String encodingName() {
        return encodingName;
    }
}
