package io.github.smppkit.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.providers.internal.BuiltInProfileSource;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Profiles are found directly, by name, through ServiceLoader on the class path, and as a JPMS service. */
class DiscoveryTest {
    private static final List<String> NAMES = List.of("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic");
    private static final String MODULE = "io.github.smppkit.providers";

    @Test
    void builtInProfilesNeedNoDiscovery() {
        assertThat(Providers.builtIn()).extracting(ProviderProfile::name).containsExactlyElementsOf(NAMES);
        assertThat(Providers.generic().name()).isEqualTo("generic");
    }

    @Test
    void allListsTheBuiltInProfilesOnce() {
        assertThat(Providers.all()).extracting(ProviderProfile::name).containsExactlyElementsOf(NAMES);
        assertThat(Providers.names()).containsExactlyElementsOf(NAMES);
    }

    @Test
    void byNameIgnoresCaseAndBlanks() {
        assertThat(Providers.byName(" YCloud ")).get().extracting(ProviderProfile::name).isEqualTo("ycloud");
        assertThat(Providers.byName("SMS-SMPP-ROUTES")).isPresent();
        assertThat(Providers.byName("twilio")).isEmpty();
        assertThat(Providers.byName("8x8").orElseThrow().region("eu").endpoint().host()).hasValue("smpp.8x8.uk");
    }

    @Test
    void errorCatalogsMatchTheProfiles() {
        for (ProviderProfile p : Providers.all()) {
            assertThat(p.errorCatalog().sources()).last().isEqualTo(p.name().equals("generic") ? "standard" : p.name());
        }
    }

    @Test
    void serviceLoaderFindsTheBuiltInSourceOnTheClassPath() {
        List<ProviderProfileSource> sources = new ArrayList<>();
        ServiceLoader.load(ProviderProfileSource.class).forEach(sources::add);
        assertThat(sources).hasSize(1).first().isInstanceOf(BuiltInProfileSource.class);
        assertThat(sources.get(0).profiles()).isEqualTo(Providers.builtIn());
    }

    @Test
    void theModuleDeclaresItsServiceAndFindsItInAModuleLayer() throws Exception {
        ModuleFinder finder = ModuleFinder.of(modulePath());
        ModuleDescriptor descriptor = finder.find(MODULE).orElseThrow().descriptor();
        assertThat(descriptor.uses()).containsExactly(ProviderProfileSource.class.getName());
        assertThat(descriptor.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo(ProviderProfileSource.class.getName());
            assertThat(p.providers()).containsExactly(BuiltInProfileSource.class.getName());
        });
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(MODULE);

        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> service = loader.loadClass(ProviderProfileSource.class.getName());
        List<String> found = new ArrayList<>();
        ServiceLoader.load(layer, service).stream().forEach(p -> found.add(p.type().getName()));
        assertThat(found).containsExactly(BuiltInProfileSource.class.getName());

        Class<?> providers = loader.loadClass(Providers.class.getName());
        assertThat(providers.getModule().getName()).isEqualTo(MODULE);
        Method names = providers.getMethod("names");
        assertThat(names.invoke(null)).isEqualTo(NAMES);
    }

    @Test
    void theBundleDeclaresTheServiceForTheServiceLoaderMediator() throws Exception {
        String bnd = Files.readString(Path.of("bnd.bnd"));
        assertThat(bnd).contains("Provide-Capability: osgi.serviceloader;osgi.serviceloader="
                + ProviderProfileSource.class.getName());
        assertThat(bnd).contains("osgi.extender;filter:=\"(osgi.extender=osgi.serviceloader.registrar)\";"
                + "resolution:=optional");
        assertThat(bnd).doesNotContain("resolution:=mandatory");
    }

    /** This module's classes plus the smppkit jars it requires, taken from the test class path. */
    private static Path[] modulePath() {
        List<Path> paths = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean own = path.endsWith(Path.of("target", "classes"));
            boolean required = name.startsWith("smpp-") && name.endsWith(".jar");
            if ((own || required) && Files.exists(path)) {
                paths.add(path);
            }
        }
        assertThat(paths).as("module path").hasSizeGreaterThanOrEqualTo(5);
        return paths.toArray(Path[]::new);
    }
}
