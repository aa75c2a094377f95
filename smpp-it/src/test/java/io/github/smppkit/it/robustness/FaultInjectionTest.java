package io.github.smppkit.it.robustness;

import org.junit.jupiter.api.Test;

/**
 * Fault injection (issue 10): 100,000 submit_sm through a {@link FaultProxy} with reconnect on (about 50 s
 * on two cores); see {@link FaultRun} for what is checked. The {@code soak} profile runs 500,000 more with
 * another seed ({@code io.github.smppkit.it.robustness.soak.FaultInjectionSoak}).
 */
class FaultInjectionTest {

    @Test
    void everyMessageEndsAcceptedOnceRejectedWithAStatusOrReportedFailed() throws Exception {
        System.out.println("fault injection: " + FaultRun.run(100_000, 20261123L, 0.02));
    }
}
