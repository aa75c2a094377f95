/**
 * smppkit simulator module: an embeddable SMSC for tests and demos, with an optional JUnit 5 extension.
 */
module io.github.smppkit.simulator {
    requires transitive io.github.smppkit.session;
    requires transitive io.github.smppkit.dlr;
    requires transitive io.github.smppkit.providers;
    requires static org.junit.jupiter.api;

    exports io.github.smppkit.simulator;
    exports io.github.smppkit.simulator.junit;
}
