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

    @Test
    void argumentsMangledByANonUtf8LocaleAreRefused() {
        // "Grüße" as a C locale's ASCII decoding leaves it: each octet of ü and ß replaced
        String[] mangled = {"send", "--text", "Gr\uFFFD\uFFFD\uFFFD\uFFFDe"};

        assertThat(Main.undecodableArguments(mangled, "ANSI_X3.4-1968"))
                .contains("(ANSI_X3.4-1968) cannot decode").contains("LC_ALL=C.UTF-8");
        assertThat(Main.undecodableArguments(new String[] {"send", "--text", "Grüße"}, "ANSI_X3.4-1968")).isEmpty();
        assertThat(Main.undecodableArguments(mangled, "UTF-8")).as("a replacement character the user typed").isEmpty();
    }
}
