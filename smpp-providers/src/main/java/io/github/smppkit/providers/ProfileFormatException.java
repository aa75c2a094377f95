package io.github.smppkit.providers;

/**
 * A provider profile data file is malformed. The message names the file, the line and the key, e.g.
 * {@code 8x8.profile line 17: port = 'abc' (expected an integer 1..65535)}.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class ProfileFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The offending 1-based line number, or 0 when the problem concerns the whole file (e.g. a missing key). */
    private final int lineNumber;

    /**
     * Creates the exception.
     *
     * @param file       the file name
     * @param lineNumber the 1-based line, or 0 for the whole file
     * @param problem    what is wrong, naming the key
     */
    public ProfileFormatException(String file, int lineNumber, String problem) {
        super(lineNumber > 0 ? file + " line " + lineNumber + ": " + problem : file + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /**
     * Returns the offending line.
     *
     * @return the 1-based line number, or 0 when the problem concerns the whole file
     */
    public int lineNumber() {
        return lineNumber;
    }
}
