package io.github.smppkit.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How many receipts have arrived, as a progress bar: live on a terminal; anywhere else (a pipe, a log file, CI)
 * drawn once, in plain ASCII, when the wait ends, since carriage returns and colours would only be noise there.
 *
 * <p>Thread-safety: {@link #stepTo} and {@link #close} on the command's thread; the bar library draws from its
 * own thread.
 */
final class ReceiptProgress implements AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private final ProgressBar bar;
    private final AtomicReference<String> lastDrawn = new AtomicReference<>("");
    private boolean closed;

    private ReceiptProgress(PrintWriter err, int expected, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.bar = new ProgressBarBuilder()
                .setTaskName("receipts")
                .setInitialMax(expected)
                .setUpdateIntervalMillis(100)
                .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    if (terminal) {
                        err.print('\r' + line);
                        err.flush();
                    } else {
                        lastDrawn.set(line);
                    }
                }))
                .build();
    }

    /** Live when the console is a terminal. */
    static ReceiptProgress on(PrintWriter err, int expected) {
        return new ReceiptProgress(err, expected, isTerminal());
    }

    /** As {@link #on}, the choice given, for tests. */
    static ReceiptProgress on(PrintWriter err, int expected, boolean terminal) {
        return new ReceiptProgress(err, expected, terminal);
    }

    void stepTo(long receipts) {
        bar.stepTo(receipts);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        bar.close(); // draws the final state
        if (!terminal) {
            err.println(lastDrawn.get().strip());
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
