package io.github.smppkit.codec.text;

import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Hands out concatenation references per destination so that a destination does not see the same reference
 * again soon (reference §12.3: same reference for all parts, varied between messages).
 *
 * <p>Destinations are hashed onto a fixed set of counters (bounded memory, no lock): each call advances the
 * counter of the destination's stripe by one, so a destination gets 65,536 distinct 16-bit references (and
 * all 256 values of the low 8 bits) before one repeats. Counters start at random values so that a restarted
 * process does not reuse the references of its predecessor first.
 *
 * <p>Thread-safety: thread-safe and lock-free.
 *
 * @since 0.1.0
 */
public final class ReferenceAllocator {

    private static final int STRIPES = 1024;

    private final AtomicIntegerArray counters = new AtomicIntegerArray(STRIPES);

    private ReferenceAllocator(Random random) {
        for (int i = 0; i < STRIPES; i++) {
            counters.set(i, random.nextInt(0x10000));
        }
    }

    /**
     * Creates an allocator with randomly seeded counters.
     *
     * @return a new allocator
     */
    public static ReferenceAllocator create() {
        return new ReferenceAllocator(new SecureRandom());
    }

    /**
     * Creates an allocator with reproducible counters, for tests.
     *
     * @param seed the seed
     * @return a new allocator
     */
    public static ReferenceAllocator seeded(long seed) {
        return new ReferenceAllocator(new Random(seed));
    }

    /**
     * Returns the next reference for a destination.
     *
     * @param destination the destination address (any stable key)
     * @return 0..65535; use the low 8 bits for an 8-bit UDH reference
     */
    public int next(String destination) {
        int h = destination.hashCode();
        int stripe = (h ^ (h >>> 16)) & (STRIPES - 1);
        return counters.getAndIncrement(stripe) & 0xFFFF;
    }

    /**
     * Returns the next reference for a destination, sized for a carrier.
     *
     * @param destination the destination address
     * @param carrier the carrier; {@link LongMessageCarrier#UDH_8BIT_REFERENCE} gets 0..255
     * @return the reference
     */
    public int next(String destination, LongMessageCarrier carrier) {
        int ref = next(destination);
        return carrier == LongMessageCarrier.UDH_8BIT_REFERENCE ? ref & 0xFF : ref;
    }
}
