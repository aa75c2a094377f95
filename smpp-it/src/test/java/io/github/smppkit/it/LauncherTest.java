package io.github.smppkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./smpp} launcher runs the CLI jar the build just packaged without building again: later runs cost no
 * build time. (Its first-run build is what {@code .ci/run} exercises on a fresh clone.)
 */
class LauncherTest {

    @Test
    void aFreshJarRunsWithoutRebuilding(@TempDir Path tmp) throws Exception {
        Path root = Path.of("..").toRealPath();
        assertThat(root.resolve("smpp-cli/target/smpp.jar"))
                .as("smpp-cli is packaged before smpp-it in the reactor").exists();
        File out = tmp.resolve("out").toFile();
        File err = tmp.resolve("err").toFile();
        Process launcher = new ProcessBuilder("bash", root.resolve("smpp").toString(), "--version")
                .directory(tmp.toFile()).redirectOutput(out).redirectError(err).start();

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
        assertThat(launcher.exitValue()).as(stderr).isZero();
        assertThat(Files.readString(out.toPath(), StandardCharsets.UTF_8)).contains("smppkit 0.1.0");
        assertThat(stderr).as("no rebuild of a fresh jar").doesNotContain("building");
    }

    @Test
    void nonAsciiTextSurvivesALocaleWithoutUtf8(@TempDir Path tmp) throws Exception {
        Path root = Path.of("..").toRealPath();
        File out = tmp.resolve("out").toFile();
        File err = tmp.resolve("err").toFile();
        // the text's UTF-8 octets come from printf, whatever charset this JVM would encode arguments in
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "exec bash \"$0\" plan \"$(printf 'Gr\\303\\274\\303\\237e \\346\\227\\245\\346\\234\\254')\"",
                root.resolve("smpp").toString())
                .directory(tmp.toFile()).redirectOutput(out).redirectError(err);
        // a C locale, as on a server or in a container with no LANG: Java would decode ASCII
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        Process launcher = builder.start();

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
        assertThat(launcher.exitValue()).as(stderr).isZero();
        assertThat(Files.readString(out.toPath(), StandardCharsets.UTF_8)).contains("part 1: \"Grüße 日本\"");
    }
}
