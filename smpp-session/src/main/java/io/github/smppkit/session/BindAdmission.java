package io.github.smppkit.session;

/**
 * A seam to limit binds beyond one process: a client calls {@link #acquire} before each bind attempt and
 * {@link #release} once that connection is closed (or the bind failed). The default admits everything; a
 * cluster module leases bind slots per system_id from a shared store.
 *
 * <p>Thread-safety: implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface BindAdmission {

    /** Admits every bind. */
    BindAdmission UNLIMITED = new BindAdmission() {
        @Override
        public void acquire(String systemId) {
        }

        @Override
        public void release(String systemId) {
        }
    };

    /**
     * Waits for (or refuses) a bind slot.
     *
     * @param systemId the system_id about to bind
     * @throws SmppException (e.g. {@link SmppTimeoutException}) if no slot is available; the bind is not tried
     */
    void acquire(String systemId);

    /**
     * Returns a slot taken by {@link #acquire}; called exactly once per successful acquire.
     *
     * @param systemId the system_id
     */
    void release(String systemId);
}
