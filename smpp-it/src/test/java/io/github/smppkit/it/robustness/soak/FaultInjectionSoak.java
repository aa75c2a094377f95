package io.github.smppkit.it.robustness.soak;

import io.github.smppkit.it.robustness.FaultRun;
import org.junit.jupiter.api.Test;

/**
 * Fault injection soak (issue 10, profile {@code soak} only): 500,000 submit_sm through the fault proxy with
 * reconnect on; the same checks as the default 100,000-message run, over more faults and reconnects.
 */
class FaultInjectionSoak {

    @Test
    void everyMessageEndsAcceptedOnceRejectedWithAStatusOrReportedFailed() throws Exception {
        System.out.println("fault injection soak: " + FaultRun.run(500_000, 7_345_001L, 0.02));
    }
}
