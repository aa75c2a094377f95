/**
 * The {@code smpp} command line tool.
 */
module io.github.smppkit.cli {
    requires io.github.smppkit.simulator;
    requires io.github.smppkit.errors;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens io.github.smppkit.cli to info.picocli;
}
