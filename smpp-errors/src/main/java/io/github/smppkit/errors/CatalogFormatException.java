package io.github.smppkit.errors;

/**
 * A catalog data file is malformed: a bad line, a duplicate code or name, or a relation the standard
 * catalog does not bear out. The message names the source and line, e.g.
 * {@code ycloud.tsv line 12: duplicate code 3 in scope bind (first on line 9)}.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public final class CatalogFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The offending 1-based line number, or 0 when the problem concerns the whole file. */
    private final int lineNumber;

    /**
     * Creates the exception.
     *
     * @param file       the file or source name
     * @param lineNumber the 1-based line, or 0 for the whole file
     * @param problem    what is wrong
     */
    public CatalogFormatException(String file, int lineNumber, String problem) {
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
