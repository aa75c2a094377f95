package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** Jedis logs through SLF4J: without a provider on the class path, every run with --store warns on stderr. */
class Slf4jProviderTest {

    @Test
    void theCommandShipsAnSlf4jProviderSoJedisDoesNotWarn() {
        assertThat(ServiceLoader.load(SLF4JServiceProvider.class).findFirst()).isPresent();
    }
}
