package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.session.ResponseCallback;
import io.github.smppkit.session.SmppException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * An own request awaiting its response. Completed exactly once by whoever removes it from the session's pending
 * map (reader, timeout sweep, closer, cancelling sender). {@code onAnswer} runs on the reader thread before the
 * future completes and before the next PDU is read (a client marks itself bound there, so a deliver_sm right
 * behind the bind response finds the session bound).
 *
 * <p>The request is kept as the caller gave it: its sequence_number may still be 0, the number in use is
 * {@link #sequenceNumber} (the writer patches it into the encoded frame, so no record is rebuilt per send). A
 * {@code trySend} callback is called directly when the entry completes, without a future stage in between.
 *
 * <p>Thread-safety: immutable once published; completion is made exclusive by the pending map.
 */
final class Pending {

    private static final System.Logger LOG = System.getLogger(Pending.class.getName());

    final Request<?> request;
    final int sequenceNumber;
    final boolean windowed;
    final long startNanos;
    final Duration timeout;
    final long deadline;
    /** Completed with the outcome; null for an entry with a callback, which needs none. */
    final CompletableFuture<Response> future;
    final Consumer<Response> onAnswer;
    private final ResponseCallback callback;
    private final Executor executor;

    /**
     * Creates an entry completed through {@link #future} only.
     *
     * @param request the request as given, sequence_number possibly 0
     * @param sequenceNumber the sequence number it is sent with
     * @param windowed whether it holds a window slot
     * @param timeout how long to wait for the response
     * @param onAnswer run on the reader thread before completion, may be null
     */
    Pending(Request<?> request, int sequenceNumber, boolean windowed, Duration timeout, Consumer<Response> onAnswer) {
        this(request, sequenceNumber, windowed, timeout, onAnswer, null, null);
    }

    /**
     * Creates an entry that also calls a callback on completion.
     *
     * @param request the request as given, sequence_number possibly 0
     * @param sequenceNumber the sequence number it is sent with
     * @param timeout how long to wait for the response
     * @param callback called once with the outcome; exceptions are logged
     * @param executor where the callback runs, null for the completing thread
     * @return the windowed entry
     */
    static Pending withCallback(Request<?> request, int sequenceNumber, Duration timeout, ResponseCallback callback,
            Executor executor) {
        return new Pending(request, sequenceNumber, true, timeout, null, callback, executor);
    }

    private Pending(Request<?> request, int sequenceNumber, boolean windowed, Duration timeout,
            Consumer<Response> onAnswer, ResponseCallback callback, Executor executor) {
        this.request = request;
        this.sequenceNumber = sequenceNumber;
        this.windowed = windowed;
        this.onAnswer = onAnswer;
        this.timeout = timeout;
        this.callback = callback;
        this.executor = executor;
        this.future = callback == null ? new CompletableFuture<>() : null;
        this.startNanos = System.nanoTime();
        this.deadline = startNanos + timeout.toNanos();
    }

    /** Completes with a response; the caller has removed the entry from the map. */
    void succeed(Response response) {
        if (future != null) {
            future.complete(response);
        }
        notify(response, null);
    }

    /** Completes with a failure; the caller has removed the entry from the map. */
    void fail(SmppException failure) {
        if (future != null) {
            future.completeExceptionally(failure);
        }
        notify(null, failure);
    }

    private void notify(Response response, SmppException failure) {
        if (callback == null) {
            return;
        }
        runOn(executor, () -> call(response, failure));
    }

    /**
     * Runs a completion on the callback executor, or on this thread when there is none or it refuses the task (shut
     * down): every request is owed exactly one completion, whatever became of the executor.
     *
     * @param executor the callback executor, or null
     * @param completion what to run
     */
    static void runOn(Executor executor, Runnable completion) {
        if (executor == null) {
            completion.run();
            return;
        }
        try {
            executor.execute(completion);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "callback executor rejected a completion; run on this thread", e);
            completion.run();
        }
    }

    private void call(Response response, SmppException failure) {
        try {
            callback.completed(response, failure);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "response callback threw; ignored", e);
        }
    }
}
