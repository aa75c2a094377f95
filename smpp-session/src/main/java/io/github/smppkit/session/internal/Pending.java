package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/**
 * An own request awaiting its response. Completed exactly once by whoever removes it from the session's pending
 * map (reader, timer, closer, cancelling sender). {@code onAnswer} runs on the reader thread before the future
 * completes and before the next PDU is read (a client marks itself bound there, so a deliver_sm right behind
 * the bind response finds the session bound).
 *
 * <p>Thread-safety: the fields are set before the entry is published; {@code timeout} is volatile.
 */
final class Pending {

    final Request<?> request;
    final boolean windowed;
    final long startNanos;
    final CompletableFuture<Response> future = new CompletableFuture<>();
    final Consumer<Response> onAnswer;
    volatile ScheduledFuture<?> timeout;

    Pending(Request<?> request, boolean windowed, Consumer<Response> onAnswer) {
        this.request = request;
        this.windowed = windowed;
        this.onAnswer = onAnswer;
        this.startNanos = System.nanoTime();
    }
}
