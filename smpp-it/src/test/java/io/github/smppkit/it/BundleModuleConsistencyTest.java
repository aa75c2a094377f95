package io.github.smppkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Each library jar is an OSGi bundle whose exports are exactly its JPMS module's exports. */
class BundleModuleConsistencyTest {

    /** The dependency-free library modules, plus smpp-cluster, the one bundle that brings a Redis client. */
    static final List<String> MODULES = java.util.stream.Stream.concat(ModuleJars.LIBRARY_MODULES.stream(),
            java.util.stream.Stream.of("smpp-cluster")).toList();

    @ParameterizedTest
    @FieldSource("MODULES")
    void osgiExportsEqualJpmsExports(String artifactId) throws Exception {
        Path location = ModuleJars.locate(artifactId);
        ModuleDescriptor descriptor = descriptor(location);
        Attributes manifest = ModuleJars.manifest(location).getMainAttributes();

        Set<String> jpmsExports = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> osgiExports = new TreeSet<>(OsgiHeaders.packageNames(manifest.getValue("Export-Package")));

        assertThat(osgiExports).as("Export-Package of %s", artifactId).isEqualTo(jpmsExports);
        assertThat(osgiExports).noneMatch(p -> p.contains(".internal"));
        assertThat(descriptor.exports()).noneMatch(e -> e.source().contains(".internal"));
    }

    @ParameterizedTest
    @FieldSource("MODULES")
    void bundleSymbolicNameIsTheModuleName(String artifactId) throws Exception {
        Path location = ModuleJars.locate(artifactId);
        String symbolicName = ModuleJars.manifest(location).getMainAttributes().getValue("Bundle-SymbolicName");
        assertThat(symbolicName).isEqualTo(descriptor(location).name());
        assertThat(symbolicName).isEqualTo("io.github.smppkit." + artifactId.substring("smpp-".length()));
    }

    @Test
    void libraryModulesResolveTogetherWithoutThirdPartyModules() {
        ModuleFinder finder = ModuleFinder.of(ModuleJars.libraryModules().toArray(Path[]::new));
        Set<String> names = finder.findAll().stream()
                .map(r -> r.descriptor().name())
                .collect(Collectors.toSet());
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), names);
        assertThat(configuration.modules()).hasSize(ModuleJars.LIBRARY_MODULES.size());
        for (var module : configuration.modules()) {
            for (ModuleDescriptor.Requires requires : module.reference().descriptor().requires()) {
                if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    continue; // optional at run time (the simulator's JUnit extension)
                }
                assertThat(requires.name()).as("%s requires", module.name())
                        .matches("(java|jdk)\\..*|io\\.github\\.smppkit\\..*");
            }
        }
    }

    private static ModuleDescriptor descriptor(Path location) {
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        assertThat(found).as("module in %s", location).hasSize(1);
        ModuleDescriptor descriptor = found.iterator().next().descriptor();
        assertThat(descriptor.isAutomatic()).as("%s has a module-info", location).isFalse();
        return descriptor;
    }
}
