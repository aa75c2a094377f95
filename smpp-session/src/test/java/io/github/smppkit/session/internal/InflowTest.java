package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The inbound bound: slots per unanswered request, reused numbers counted once, answers and close free them. */
class InflowTest {

    private static final Duration SHORT = Duration.ofMillis(20);

    @Test
    void aFullBacklogRefusesUntilARequestIsAnswered() {
        Inflow inflow = new Inflow(2, SHORT);
        assertThat(inflow.admit(1)).isTrue();
        assertThat(inflow.admit(2)).isTrue();
        assertThat(inflow.admit(3)).isFalse();
        inflow.answered(1);
        assertThat(inflow.admit(3)).isTrue();
        assertThat(inflow.admit(4)).isFalse();
    }

    @Test
    void whenDrainedRunsOnceTheLastAdmittedRequestIsAnswered() {
        Inflow inflow = new Inflow(4, SHORT);
        AtomicInteger runs = new AtomicInteger();
        inflow.whenDrained(runs::incrementAndGet);
        assertThat(runs).as("nothing owed: at once").hasValue(1);

        inflow.admit(1);
        inflow.admit(2);
        inflow.whenDrained(runs::incrementAndGet);
        inflow.answered(1);
        assertThat(runs).as("one answer still owed").hasValue(1);
        inflow.answered(2);
        assertThat(runs).hasValue(2);
        inflow.admit(3);
        inflow.answered(3);
        assertThat(runs).as("run once only").hasValue(2);

        inflow.admit(4);
        inflow.whenDrained(runs::incrementAndGet);
        inflow.close();
        inflow.answered(4);
        assertThat(runs).as("dropped on close").hasValue(2);
    }

    @Test
    void aReusedSequenceNumberTakesOneSlotAndUnknownAnswersFreeNone() {
        Inflow inflow = new Inflow(2, SHORT);
        assertThat(inflow.admit(7)).isTrue();
        assertThat(inflow.admit(7)).isTrue();
        inflow.answered(99);
        assertThat(inflow.admit(8)).isTrue();
        assertThat(inflow.admit(9)).isFalse();
        inflow.answered(7);
        inflow.answered(7);
        assertThat(inflow.admit(9)).isTrue();
        assertThat(inflow.admit(10)).isFalse();
    }

    @Test
    void sequenceNumberZeroIsCountedLikeAnyOther() {
        Inflow inflow = new Inflow(2, SHORT);
        assertThat(inflow.admit(0)).isTrue();
        assertThat(inflow.admit(0)).isTrue();
        assertThat(inflow.admit(5)).isTrue();
        assertThat(inflow.admit(6)).isFalse();
        inflow.answered(0);
        inflow.answered(0);
        assertThat(inflow.admit(6)).isTrue();
        assertThat(inflow.admit(7)).isFalse();
    }

    @Test
    void anAnswerFromAnotherThreadWakesTheWaitingReader() throws Exception {
        Inflow inflow = new Inflow(1, Duration.ofSeconds(30));
        assertThat(inflow.admit(1)).isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> inflow.admit(2));
        Thread.sleep(20);
        inflow.answered(1);
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closeReleasesAWaiterAndStopsBounding() throws Exception {
        Inflow inflow = new Inflow(1, Duration.ofSeconds(30));
        assertThat(inflow.admit(1)).isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> inflow.admit(2));
        Thread.sleep(20);
        inflow.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inflow.admit(3)).isTrue();
    }

    @Test
    void drainWaitsForEveryAnswerAndNoLongerThanTheDeadline() throws Exception {
        Inflow inflow = new Inflow(2, SHORT);
        inflow.admit(1);
        inflow.admit(2);
        long start = System.nanoTime();
        inflow.drain(start + TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        CompletableFuture<Void> drained = CompletableFuture.runAsync(
                () -> inflow.drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(30)));
        inflow.answered(1);
        Thread.sleep(20);
        assertThat(drained).isNotDone();
        inflow.answered(2);
        drained.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anAnswerWakesBothTheReaderAndAnUnbindingThread() throws Exception {
        Inflow inflow = new Inflow(1, Duration.ofSeconds(30));
        assertThat(inflow.admit(1)).isTrue();
        CompletableFuture<Void> drained = CompletableFuture.runAsync(
                () -> inflow.drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(30)));
        Thread.sleep(20);
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> inflow.admit(2));
        Thread.sleep(20);
        inflow.answered(1);
        assertThat(reader.get(10, TimeUnit.SECONDS)).isTrue();
        inflow.answered(2);
        drained.get(10, TimeUnit.SECONDS);
    }
}
