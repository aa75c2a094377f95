package io.github.smppkit.cli;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Sends messages part by part through one session, window-limited, and measures every submit_sm round trip. */
final class BatchSender {

    /**
     * What happened to one part.
     *
     * @param notSent the part failed before any of it was written ({@link SmppConnectionException#notSent()}):
     *     sending it again cannot duplicate it
     */
    record PartResult(int message, int part, String messageId, CommandStatus status, String failure,
            boolean notSent, long latencyNanos) {

        boolean accepted() {
            return failure.isEmpty() && status.isOk();
        }
    }

    /** The outcome of a batch. */
    record Report(int messages, int accepted, int segments, Map<String, Integer> failures, long elapsedNanos,
            List<Long> latenciesNanos) {

        double throughput() {
            return elapsedNanos == 0 ? 0 : segments * 1e9 / elapsedNanos;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    /** Sequence numbers in failure messages: without them, the same failure of many parts counts as one reason. */
    private static final Pattern SEQUENCE = Pattern.compile(",? seq \\d+");

    private final SmppSession session;
    private final ReceiptTracker tracker;
    private final Consumer<PartResult> onPart;

    BatchSender(SmppSession session, ReceiptTracker tracker, Consumer<PartResult> onPart) {
        this.session = session;
        this.tracker = tracker;
        this.onPart = onPart;
    }

    Report send(List<List<SubmitSm>> messages) {
        long start = System.nanoTime();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<PartResult> results = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int m = 0; m < messages.size(); m++) {
            List<SubmitSm> parts = messages.get(m);
            for (int p = 0; p < parts.size(); p++) {
                futures.add(sendPart(m, p, parts, latencies, results));
            }
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return report(messages, results, latencies, System.nanoTime() - start);
    }

    private CompletableFuture<?> sendPart(int message, int part, List<SubmitSm> parts,
            ConcurrentLinkedQueue<Long> latencies, ConcurrentLinkedQueue<PartResult> results) {
        long sent = System.nanoTime();
        CompletableFuture<SubmitSmResp> future;
        try {
            future = session.sendAsync(parts.get(part));
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        return future.handle((response, failure) -> {
            long latency = System.nanoTime() - sent;
            PartResult result;
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                result = new PartResult(message, part, "", CommandStatus.ESME_ROK, String.valueOf(cause.getMessage()),
                        cause instanceof SmppConnectionException c && c.notSent(), latency);
            } else {
                latencies.add(latency);
                result = new PartResult(message, part, response.messageId(), response.status(), "", false, latency);
                if (result.accepted()) {
                    tracker.submitted(response.messageId(), new ReceiptTracker.PartRef(message, parts.size(),
                            parts.get(part).destination().value()));
                }
            }
            results.add(result);
            onPart.accept(result);
            return result;
        });
    }

    private static Report report(List<List<SubmitSm>> messages, ConcurrentLinkedQueue<PartResult> results,
            ConcurrentLinkedQueue<Long> latencies, long elapsed) {
        int segments = 0;
        for (List<SubmitSm> parts : messages) {
            segments += parts.size();
        }
        boolean[] failed = new boolean[messages.size()];
        Map<String, Integer> failures = new TreeMap<>();
        for (PartResult result : results) {
            if (!result.accepted()) {
                failed[result.message()] = true;
                String reason = result.failure().isEmpty() ? result.status().toString()
                        : SEQUENCE.matcher(result.failure()).replaceAll("");
                failures.merge(reason, 1, Integer::sum);
            }
        }
        int accepted = 0;
        for (boolean f : failed) {
            accepted += f ? 0 : 1;
        }
        return new Report(messages.size(), accepted, segments, failures, elapsed, List.copyOf(latencies));
    }
}
