package io.github.smppkit.it.robustness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what smppkit logs through {@code System.Logger}, which goes to java.util.logging when no other
 * {@code LoggerFinder} is installed (none is on this test class path). While open, the smppkit loggers log at
 * the given level to this handler only (nothing reaches the console).
 */
final class CapturedLogs extends Handler implements AutoCloseable {

    private static final String ROOT = "io.github.smppkit";

    private final Logger logger = Logger.getLogger(ROOT);
    private final Level previousLevel;
    private final boolean previousParent;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    private CapturedLogs(Level level) {
        previousLevel = logger.getLevel();
        previousParent = logger.getUseParentHandlers();
        setLevel(Level.ALL);
        logger.setLevel(level);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    /**
     * Starts capturing.
     *
     * @param level the smppkit loggers' level while capturing ({@link Level#ALL} makes debug messages too)
     * @return the capture
     */
    static CapturedLogs capture(Level level) {
        return new CapturedLogs(level);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previousParent);
    }

    /** Returns every record as text: level, logger, formatted message and the full stack trace. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (LogRecord r : records) {
            StringBuilder b = new StringBuilder();
            b.append(r.getLevel()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatter.formatMessage(r));
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                b.append('\n').append(w);
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Returns the records at SEVERE (System.Logger ERROR) and above, as text. */
    List<String> severe() {
        List<String> out = new ArrayList<>();
        List<String> all = texts();
        for (int i = 0; i < records.size() && i < all.size(); i++) {
            if (records.get(i).getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(all.get(i));
            }
        }
        return out;
    }

}
