package io.github.smppkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code smpp} command. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
@Command(name = "smpp", mixinStandardHelpOptions = true, version = "smppkit 0.1.0",
        description = "SMPP toolkit: decode PDUs, plan texts, explain status codes, simulate an SMSC, send and listen.",
        subcommands = {DemoCommand.class, DecodeCommand.class, PlanCommand.class, SimulateCommand.class,
            SendCommand.class, ListenCommand.class, ProvidersCommand.class, ErrorsCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given output streams and returns its exit code.
     *
     * @param out standard output
     * @param err standard error
     * @param args command line arguments
     * @return 0 ok, 1 failure, 2 usage error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof CliFailure failure) {
                cmd.getErr().println("smpp " + cmd.getCommandName() + ": " + failure.getMessage());
                return failure.exitCode();
            }
            cmd.getErr().println("smpp " + cmd.getCommandName() + ": " + ex);
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
