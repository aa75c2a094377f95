package io.github.smppkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code smpp} command.
 */
@Command(name = "smpp", mixinStandardHelpOptions = true, version = "smppkit 0.1.0",
        description = "SMPP toolkit: decode PDUs, plan texts, simulate an SMSC, send and listen.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit code (0 ok, 1 failure, 2 usage error).
     *
     * @param args command line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
