package io.github.smppkit.bench.session;

/**
 * One library's server and client over loopback, bound and ready to carry submit_sm.
 *
 * <p>Thread-safety: {@link #send} may be called from many threads when {@link #blocking()}; otherwise from one.
 *
 * @since 0.1.0
 */
public interface Loopback extends AutoCloseable {

    /**
     * Returns the library name used in the results.
     *
     * @return the name
     */
    String library();

    /**
     * Starts the server and binds one client whose own window allows at least {@code maxWindow} requests.
     *
     * @param maxWindow the largest window the run will use
     * @throws Exception if the library fails to start or bind
     */
    void open(int maxWindow) throws Exception;

    /**
     * Tells whether {@link #send} waits for the response (then the load runs one thread per window slot).
     *
     * @return true for a blocking client API
     */
    boolean blocking();

    /**
     * Sends one submit_sm and runs {@code done} with {@code true} on a successful submit_sm_resp, {@code false} on
     * a failure, on whatever thread the library delivers it.
     *
     * @param done the completion
     * @throws Exception if the library refuses the request
     */
    void send(Completion done) throws Exception;

    /**
     * Starts a load of its own instead of the generic one; the raw ceiling does this to batch frames.
     *
     * @param window requests in flight
     * @param recorder where round trips go
     * @return the running load, or {@code null} to use the generic load over {@link #send}
     * @throws Exception if the load cannot start
     */
    default Load customLoad(int window, LatencyRecorder recorder) throws Exception {
        return null;
    }

    /** Unbinds and stops everything. */
    @Override
    void close();

    /** A request's completion. */
    @FunctionalInterface
    interface Completion {
        /**
         * Reports the outcome.
         *
         * @param ok whether the response was a success
         */
        void complete(boolean ok);
    }

    /** A running load. */
    interface Load {
        /**
         * Stops sending and waits until every request in flight is answered.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        void stop() throws InterruptedException;
    }
}
