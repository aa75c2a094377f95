package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppBindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-system_id bind limit under binds that race each other. */
class BindLimitTest {

    @Test
    void concurrentBindsNeverExceedTheLimit() throws Exception {
        int attempts = 12;
        List<Esme> open = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try (SmppSimulator smsc = SmppSimulator.builder().provider("sms-smpp-routes").start()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Esme>> binds = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                binds.add(pool.submit(() -> {
                    go.await();
                    try {
                        return Esme.bind(smsc, BindType.TRANSCEIVER);
                    } catch (SmppBindException e) {
                        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RBINDFAIL);
                        return null;
                    }
                }));
            }
            go.countDown();
            for (Future<Esme> f : binds) {
                Esme e = f.get(30, TimeUnit.SECONDS);
                if (e != null) {
                    open.add(e);
                }
            }
            // sms-smpp-routes: "max 2 connections"
            assertThat(open).hasSize(2);
            assertThat(smsc.stats().binds()).isEqualTo(2);
            assertThat(smsc.stats().bindsRejected()).isEqualTo(attempts - 2L);
        } finally {
            open.forEach(Esme::close);
            pool.shutdownNow();
        }
    }
}
