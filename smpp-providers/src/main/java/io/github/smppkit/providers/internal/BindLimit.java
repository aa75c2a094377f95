package io.github.smppkit.providers.internal;

import io.github.smppkit.session.BindAdmission;
import io.github.smppkit.session.SmppException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Admits at most a provider's documented number of binds per {@code system_id} within this process, refusing
 * (never waiting for) a bind beyond it, since the provider would reject it anyway.
 *
 * <p>Thread-safety: thread-safe; one semaphore per system_id, created on first use.
 */
public final class BindLimit implements BindAdmission {
    private final String provider;
    private final int maxBinds;
    private final String scope;
    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

    /**
     * Creates the limit.
     *
     * @param provider profile name, for messages
     * @param maxBinds binds allowed per system_id, at least 1
     * @param scope    what the provider counts per, e.g. {@code " per sub-account"}, or {@code ""}
     */
    public BindLimit(String provider, int maxBinds, String scope) {
        if (maxBinds < 1) {
            throw new IllegalArgumentException("maxBinds: " + maxBinds + " (expected >= 1)");
        }
        this.provider = provider;
        this.maxBinds = maxBinds;
        this.scope = scope;
    }

    @Override
    public void acquire(String systemId) {
        if (!semaphore(systemId).tryAcquire()) {
            throw new SmppException(SmppException.Category.BIND, provider + " allows at most " + maxBinds + " binds"
                    + scope + "; system_id '" + systemId + "' already has " + maxBinds + " open");
        }
    }

    @Override
    public void release(String systemId) {
        semaphore(systemId).release();
    }

    /**
     * Returns the binds currently admitted for a system_id.
     *
     * @param systemId the system_id
     * @return open binds, 0 when none
     */
    public int open(String systemId) {
        Semaphore s = slots.get(systemId);
        return s == null ? 0 : maxBinds - s.availablePermits();
    }

    private Semaphore semaphore(String systemId) {
        return slots.computeIfAbsent(systemId, id -> new Semaphore(maxBinds));
    }

    @Override
    public String toString() {
        return "BindLimit[" + provider + ": " + maxBinds + scope + "]";
    }
}
