package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ReferenceAllocatorTest {

    @Test
    void noRepeatWithinCycleForADestination() {
        ReferenceAllocator a = ReferenceAllocator.seeded(42);
        Set<Integer> eight = new HashSet<>();
        for (int i = 0; i < 256; i++) {
            int ref = a.next("447700900123", LongMessageCarrier.UDH_8BIT_REFERENCE);
            assertThat(ref).isBetween(0, 255);
            assertThat(eight.add(ref)).as("8-bit reference %d repeated after %d", ref, i).isTrue();
        }
        Set<Integer> sixteen = new HashSet<>();
        for (int i = 0; i < 65536; i++) {
            assertThat(sixteen.add(a.next("447700900456"))).isTrue();
        }
    }

    @Test
    void concurrentCallersGetDistinctReferences() throws InterruptedException {
        ReferenceAllocator a = ReferenceAllocator.create();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    seen.add(a.next("dest"));
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(4000);
    }
}
