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
        PrintWriter err = new PrintWriter(System.err, true);
        String undecodable = undecodableArguments(args, System.getProperty("sun.jnu.encoding", ""));
        if (!undecodable.isEmpty()) {
            err.println("smpp: " + undecodable);
            System.exit(2);
        }
        System.exit(run(new PrintWriter(System.out, true), err, args));
    }

    /**
     * Java decodes the arguments in the locale's charset; under a C locale (no LANG, as on many servers and in
     * containers) that is ASCII, and each octet of "Grüße" beyond it becomes U+FFFD. Sending that would send
     * replacement characters, so it is refused; {@code ./smpp} runs Java in a UTF-8 locale.
     *
     * @param args the arguments as Java decoded them
     * @param charset the charset they were decoded in ({@code sun.jnu.encoding})
     * @return why they cannot be used, or "" when they can
     */
    static String undecodableArguments(String[] args, String charset) {
        if (charset.equalsIgnoreCase("UTF-8")) {
            return "";
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return "an argument holds characters that the locale's charset (" + charset + ") cannot decode;"
                        + " run in a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
            }
        }
        return "";
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
