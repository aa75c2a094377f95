package io.github.smppkit.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ErrorCatalogProperties {

    @Property(tries = 500)
    void everyCommandStatusHasTheStandardMeaningFirst(@ForAll int code, @ForAll("providers") String provider) {
        ErrorCatalog catalog = ErrorCatalog.forProvider(provider);
        List<ErrorInfo> found = catalog.lookup(code);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).isStandard()).isTrue();
        assertThat(found).allSatisfy(info -> assertThat(info.code()).isEqualTo(code));
        assertThat(catalog.resolve(ErrorScope.COMMAND_STATUS, code)).isPresent();
        assertThat(catalog.retryClass(code))
                .isEqualTo(catalog.resolve(ErrorScope.COMMAND_STATUS, code).orElseThrow().retry());
    }

    @Property(tries = 200)
    void everyNameFoundLeadsBackToItsCode(@ForAll("providers") String provider, @ForAll int index) {
        ErrorCatalog catalog = ErrorCatalog.forProvider(provider);
        List<ErrorInfo> named = catalog.entries().stream().filter(e -> !e.name().isEmpty()).toList();
        ErrorInfo info = named.get(Math.floorMod(index, named.size()));
        assertThat(catalog.lookupByName(info.name())).contains(info);
        assertThat(catalog.lookup(info.scope(), info.code())).contains(info);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> providers() {
        return net.jqwik.api.Arbitraries.of(ErrorCatalog.providerNames());
    }
}
