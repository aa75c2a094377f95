package io.github.smppkit.cli;

/**
 * A failure the command reports as one line on standard error, with its exit code (1 failure, 2 usage error).
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(2, message);
    }

    static CliFailure failed(String message) {
        return new CliFailure(1, message);
    }

    int exitCode() {
        return exitCode;
    }
}
