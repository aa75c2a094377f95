package io.github.smppkit.codec;

import java.lang.reflect.Method;

/**
 * The current thread's allocated bytes, from ThreadMXBean#getThreadAllocatedBytes(long), looked up once so the
 * lookup is not measured. Read reflectively: the tests run on the class path.
 */
public final class AllocationMeter {
    private final Object bean;
    private final Method method;
    private final long threadId = Thread.currentThread().getId();

    /**
     * Looks the counter up for the calling thread.
     *
     * @throws ReflectiveOperationException if the JDK has no such counter
     */
    public AllocationMeter() throws ReflectiveOperationException {
        bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        method = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        read();
    }

    /**
     * Returns the bytes the thread has allocated so far.
     *
     * @return the counter
     * @throws ReflectiveOperationException if the call fails
     */
    public long read() throws ReflectiveOperationException {
        return (long) method.invoke(bean, threadId);
    }
}
