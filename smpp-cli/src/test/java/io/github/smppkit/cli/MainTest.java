package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "decode", "plan", "simulate", "send", "listen", "providers", "errors"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: smpp " + command);
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
        CliRun unknown = CliRun.of("sned");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("sned");
    }
}
