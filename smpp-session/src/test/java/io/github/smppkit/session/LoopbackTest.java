package io.github.smppkit.session;

import io.github.smppkit.session.internal.DaemonThreads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopbackTest {

    @ParameterizedTest(name = "window {0}, transceiver {1}")
    @CsvSource({"1, true", "100, true", "1, false", "100, false"})
    void tenThousandMessagesWithReceipts(int window, boolean transceiver) throws Exception {
        LoopbackScenario.run(DaemonThreads.INSTANCE, window, transceiver, 10_000);
    }
}
