package io.github.smppkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code java} block of the README against the modules. A block made of imports and statements
 * becomes the body of a method; a block that declares a type is compiled as it stands.
 */
class ReadmeExamplesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockCompiles(@TempDir Path out) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        List<JavaFileObject> sources = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(readme);
        while (matcher.find()) {
            sources.add(source("ReadmeExample" + sources.size(), matcher.group(1)));
        }
        assertThat(sources).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(4);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        boolean ok = compiler.getTask(log, null, diagnostics,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                        "-proc:none", "--release", "17"),
                null, sources).call();

        assertThat(ok).as("README examples compile:%n%s%s", diagnostics.getDiagnostics(), log).isTrue();
    }

    private static JavaFileObject source(String className, String block) {
        String code;
        if (block.matches("(?s).*\\n?(public )?(final )?(class|record|interface) .*")) {
            code = block;
            Matcher name = Pattern.compile("(?:class|record|interface) (\\w+)").matcher(block);
            className = name.find() ? name.group(1) : className;
        } else {
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String line : block.split("\n")) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
            code = imports + "class " + className + " {\n void run() throws Exception {\n" + body + "}\n}\n";
        }
        String text = code;
        return new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', File.separatorChar)
                + JavaFileObject.Kind.SOURCE.extension), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
