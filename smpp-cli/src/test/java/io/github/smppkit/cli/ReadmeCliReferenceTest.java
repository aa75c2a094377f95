package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.errors.ErrorScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Holds the README's reference of the {@code smpp} command (one table row per command) to the commands. */
class ReadmeCliReferenceTest {

    private static final String ROW_START = "| `./smpp ";
    /** An option name, not the middle of a word such as "per-bind" or an em dash written "--". */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");

    /** Each command's row, keyed by the command's name, in README order. */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    @BeforeAll
    static void readRows() throws IOException {
        // the tests run in the module's directory, as smpp-it's ReadmeExamplesTest does
        for (String line : Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith(ROW_START)) {
                String command = line.substring(ROW_START.length()).split("[ `]", 2)[0];
                ROWS.put(command, line);
            }
        }
    }

    @Test
    void everyOptionARowNamesIsAnOptionOfThatCommand() {
        Map<String, CommandLine> commands = new CommandLine(new Main()).getSubcommands();
        List<String> unknown = new ArrayList<>();
        int named = 0;
        for (Map.Entry<String, String> row : ROWS.entrySet()) {
            CommandLine command = commands.get(row.getKey());
            assertThat(command).as("README names a command smpp lacks: %s", row.getKey()).isNotNull();
            CommandSpec spec = command.getCommandSpec();
            Matcher option = OPTION.matcher(row.getValue());
            while (option.find()) {
                named++;
                if (!spec.optionsMap().containsKey(option.group())) {
                    unknown.add(row.getKey() + " " + option.group());
                }
            }
        }
        assertThat(unknown).as("options the README names that the command does not take").isEmpty();
        assertThat(named).as("options found in the README's rows").isGreaterThan(50);
    }

    @Test
    void everyCommandHasARow() {
        assertThat(ROWS.keySet()).containsExactlyInAnyOrderElementsOf(
                new CommandLine(new Main()).getSubcommands().keySet());
    }

    @Test
    void theErrorsRowListsEveryScope() {
        Matcher scopes = Pattern.compile("--scope ([a-z\\\\|-]+)").matcher(ROWS.get("errors"));
        assertThat(scopes.find()).as("the errors row names --scope with its values").isTrue();
        assertThat(scopes.group(1).split("\\\\\\|")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ErrorScope.values()).map(ErrorScope::token).toList());
    }
}
