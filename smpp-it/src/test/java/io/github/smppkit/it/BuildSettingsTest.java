package io.github.smppkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Pins the build settings the project promises: Java 17 class files in every shipped module, and in the parent
 * POM the release level, the enforcer rules and the jqwik pin (releases from 1.10 on changed their licence terms).
 */
class BuildSettingsTest {

    private static final int JAVA_17_CLASS_VERSION = 61;

    private static Document parentPom;
    private static XPath xpath;

    @BeforeAll
    static void readParentPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        parentPom = factory.newDocumentBuilder().parse(Path.of("..", "pom.xml").toFile());
        xpath = XPathFactory.newInstance().newXPath();
    }

    @Test
    void everyShippedClassIsJava17Bytecode() throws IOException {
        for (Path module : ModuleJars.libraryModules()) {
            List<Integer> versions = classVersions(module);
            assertThat(versions).as(module.toString()).isNotEmpty().containsOnly(JAVA_17_CLASS_VERSION);
        }
    }

    @Test
    void theParentPomCompilesForJava17() throws Exception {
        assertThat(pom("/project/properties/maven.compiler.release")).isEqualTo("17");
        assertThat(pom("//plugin[artifactId='maven-compiler-plugin']/configuration/release")).isEqualTo("17");
    }

    @Test
    void jqwikIsPinnedTo192AndLaterReleasesAreBanned() throws Exception {
        assertThat(pom("/project/properties/jqwik.version")).isEqualTo("1.9.2");
        String rules = "//plugin[artifactId='maven-enforcer-plugin']//rules";
        assertThat(pom(rules + "/bannedDependencies/excludes/exclude")).isEqualTo("net.jqwik:*:[1.10,)");
        assertThat(pom(rules + "/requireJavaVersion/version")).isEqualTo("[17,)");
        assertThat(pom(rules + "/requireMavenVersion/version")).isEqualTo("[3.8,)");
        assertThat(pom("count(" + rules + "/dependencyConvergence)")).isEqualTo("1");
        assertThat(pom("count(" + rules + "/requirePluginVersions)")).isEqualTo("1");
    }

    @Test
    void theJqwikOnTheTestClassPathIs192() {
        String jar = net.jqwik.api.Arbitraries.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertThat(Path.of(jar).getFileName().toString()).isEqualTo("jqwik-api-1.9.2.jar");
    }

    @Test
    void bundlesAreMadeByBnd710ForAJava17Runtime() throws Exception {
        assertThat(pom("/project/properties/bnd.version")).isEqualTo("7.1.0");
        for (Path module : ModuleJars.libraryModules()) {
            assertThat(ModuleJars.manifest(module).getMainAttributes().getValue("Require-Capability"))
                    .as(module.toString()).contains("osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"");
        }
    }

    private static String pom(String expression) throws Exception {
        return xpath.evaluate(expression, parentPom).strip();
    }

    private static List<Integer> classVersions(Path module) throws IOException {
        List<Integer> versions = new ArrayList<>();
        if (Files.isDirectory(module)) {
            try (Stream<Path> files = Files.walk(module)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    try (InputStream in = Files.newInputStream(file)) {
                        versions.add(majorVersion(in));
                    }
                }
            }
            return versions;
        }
        try (JarFile jar = new JarFile(module.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        versions.add(majorVersion(in));
                    }
                }
            }
        }
        return versions;
    }

    /** Reads the major version after the class file's magic number and minor version. */
    private static int majorVersion(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
        data.readUnsignedShort();
        return data.readUnsignedShort();
    }
}
