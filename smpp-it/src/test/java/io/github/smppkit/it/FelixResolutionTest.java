package io.github.smppkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** All library bundles install, resolve and start in Apache Felix with nothing but the JDK beside them. */
class FelixResolutionTest {

    @Test
    void everyLibraryBundleStarts(@TempDir Path cache) throws Exception {
        Felix felix = new Felix(Map.of(
                Constants.FRAMEWORK_STORAGE, cache.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        try {
            BundleContext context = felix.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (Path location : ModuleJars.libraryModules()) {
                String uri = Files.isDirectory(location)
                        ? "reference:" + location.toUri()
                        : location.toUri().toString();
                bundles.add(context.installBundle(uri));
            }
            for (Bundle bundle : bundles) {
                bundle.start();
            }
            for (Bundle bundle : bundles) {
                assertThat(bundle.getState()).as(bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
                assertThat(bundle.getSymbolicName()).startsWith("io.github.smppkit.");
            }
            Bundle providers = bundles.get(ModuleJars.LIBRARY_MODULES.indexOf("smpp-providers"));
            List<?> profiles = (List<?>) providers.loadClass("io.github.smppkit.providers.Providers")
                    .getMethod("all").invoke(null);
            assertThat(profiles).as("profiles read from the bundle's own resources").hasSize(5);
            Bundle codec = bundles.get(ModuleJars.LIBRARY_MODULES.indexOf("smpp-codec"));
            Object pduCodec = codec.loadClass("io.github.smppkit.codec.PduCodec").getMethod("defaults").invoke(null);
            assertThat(pduCodec.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }
}
