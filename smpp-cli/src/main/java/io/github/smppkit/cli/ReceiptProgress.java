package io.github.smppkit.cli;

import java.io.Console;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How many receipts have arrived: a live bar on a terminal, one plain line at the end anywhere else (a pipe, a log
 * file, CI), where the bar's carriage returns and colours would only be noise.
 *
 * <p>Thread-safety: confined to the command's thread.
 */
final class ReceiptProgress implements AutoCloseable {

    private final PrintWriter err;
    private final int expected;
    private final ProgressBar bar;
    private long done;
    private boolean closed;

    private ReceiptProgress(PrintWriter err, int expected, boolean terminal) {
        this.err = err;
        this.expected = expected;
        this.bar = terminal ? new ProgressBarBuilder()
                .setTaskName("receipts")
                .setInitialMax(expected)
                .setUpdateIntervalMillis(100)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }))
                .build() : null;
    }

    /** A bar only when both ends of the console are a terminal. */
    static ReceiptProgress on(PrintWriter err, int expected) {
        return new ReceiptProgress(err, expected, isTerminal());
    }

    /** As {@link #on}, the choice given, for tests. */
    static ReceiptProgress on(PrintWriter err, int expected, boolean terminal) {
        return new ReceiptProgress(err, expected, terminal);
    }

    void stepTo(long receipts) {
        done = receipts;
        if (bar != null) {
            bar.stepTo(receipts);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        } else {
            err.println("receipts " + done + "/" + expected);
            err.flush();
        }
    }

    /**
     * From JDK 22 {@link System#console()} is there even when the output is redirected; its {@code isTerminal()}
     * (22+, so looked up by name under --release 17) then tells.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before JDK 22 a console exists only on a terminal
        }
    }
}
