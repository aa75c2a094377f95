package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loopback run on virtual threads; runs on the Java 25 surefire execution and fails below Java 21. */
class LoopbackVirtualThreadsTest {

    static ThreadFactory virtualThreads() throws ReflectiveOperationException {
        assertThat(Runtime.version().feature()).as("virtual threads need Java 21+; this runtime is %s",
                Runtime.version()).isGreaterThanOrEqualTo(21);
        // Thread.ofVirtual() is not in the Java 17 API this module compiles against.
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        Method factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
        return (ThreadFactory) factory.invoke(builder);
    }

    @ParameterizedTest(name = "window {0}, transceiver {1}")
    @CsvSource({"1, true", "100, true", "1, false", "100, false"})
    void tenThousandMessagesWithReceiptsOnVirtualThreads(int window, boolean transceiver) throws Exception {
        ThreadFactory threads = virtualThreads();
        Thread probe = threads.newThread(() -> { });
        assertThat((Boolean) Thread.class.getMethod("isVirtual").invoke(probe)).isTrue();
        LoopbackScenario.run(threads, window, transceiver, 10_000);
    }
}
