/**
 * The {@code smpp} command line tool.
 */
module io.github.smppkit.cli {
    requires io.github.smppkit.codec;
    requires io.github.smppkit.errors;
    requires io.github.smppkit.dlr;
    requires io.github.smppkit.session;
    requires io.github.smppkit.providers;
    requires io.github.smppkit.simulator;
    requires io.github.smppkit.cluster;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires me.tongfei.progressbar;

    opens io.github.smppkit.cli to info.picocli;
}
