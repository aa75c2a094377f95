package io.github.smppkit.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Finds the library modules' jars (or, in an IDE, their class folders) on the test class path. */
final class ModuleJars {

    /** Every library module that ships as an OSGi bundle and a JPMS module. */
    static final List<String> LIBRARY_MODULES = List.of(
            "smpp-codec", "smpp-errors", "smpp-dlr", "smpp-session", "smpp-providers", "smpp-simulator");

    private ModuleJars() {
    }

    static Path locate(String artifactId) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean jar = name.startsWith(artifactId + "-") && name.endsWith(".jar")
                    && name.substring(artifactId.length() + 1, artifactId.length() + 2).matches("\\d");
            boolean classes = name.equals("classes") && path.getParent() != null
                    && path.getParent().getParent() != null
                    && path.getParent().getParent().getFileName().toString().equals(artifactId);
            if (jar || classes) {
                return path;
            }
        }
        throw new AssertionError(artifactId + " is not on the test class path");
    }

    static List<Path> libraryModules() {
        List<Path> paths = new ArrayList<>();
        for (String module : LIBRARY_MODULES) {
            paths.add(locate(module));
        }
        return paths;
    }

    static Manifest manifest(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new AssertionError(location + " has no manifest");
            }
            return manifest;
        }
    }
}
