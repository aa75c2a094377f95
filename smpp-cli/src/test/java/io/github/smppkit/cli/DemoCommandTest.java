package io.github.smppkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoSendsTheMixedBatchAndMatchesEveryReceipt() {
        CliRun run = CliRun.of("demo", "--messages", "5");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // 3 kinds x 5 messages + one per provider profile (8x8, sms-smpp-routes, ycloud, selfhost, generic), each
        // of those through a simulator emulating its provider and read by the provider's receipt conventions
        for (String profile : List.of("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic")) {
            assertThat(run.out()).containsPattern("profile " + profile + " +1 message\\(s\\) +1 segment\\(s\\), "
                    + "through its emulated SMSC: receipted");
        }
        assertThat(run.out()).contains("messages           20/20 accepted")
                .contains("receipts           20/20 matched")
                .contains("short GSM").contains("long GSM + extension").contains("long UCS-2 + emoji")
                .contains("profile 8x8").contains("profile selfhost")
                .contains("checked against selfhost: 09555555555 is valid")
                .containsPattern("segments +30\\b") // 5 + 2x5 + 2x5 + 5
                .containsPattern("latency +p50 [0-9.]+ ms, p99 [0-9.]+ ms")
                .containsPattern("throughput +[0-9]+ segments/s");
        // not a terminal here: the bar drawn once, no carriage returns or colours in a log
        assertThat(run.err()).startsWith("receipts 100% [").contains("] 20/20").doesNotContain("\r", "\u001b")
                .endsWith(System.lineSeparator()).hasLineCount(1);
    }

    @Test
    void theSummaryReadsTheSameInEveryLocale() {
        Locale saved = Locale.getDefault();
        // decimal comma, and a dotted capital I that breaks naive case mapping
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            CliRun run = CliRun.of("demo", "--messages", "1");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).containsPattern("latency +p50 [0-9]+\\.[0-9]{2} ms, p99 [0-9]+\\.[0-9]{2} ms");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void onATerminalTheReceiptsShowAsALiveBar() {
        StringWriter err = new StringWriter();
        try (ReceiptProgress progress = ReceiptProgress.on(new PrintWriter(err), 4, true)) {
            progress.stepTo(4);
        }
        assertThat(err.toString()).startsWith("\r").contains("receipts").contains("4/4");
    }

    @Test
    void badCountIsAUsageError() {
        assertThat(CliRun.of("demo", "--messages", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void limitsOfTheBatchAndWindowAreUsageErrors() {
        CliRun window = CliRun.of("demo", "--window", "65536");
        assertThat(window.exitCode()).isEqualTo(2);
        assertThat(window.err().strip()).isEqualTo("smpp demo: --window must be at most 65535");
        // Integer.MAX_VALUE once died of an OutOfMemoryError with a stack trace
        CliRun messages = CliRun.of("demo", "--messages", Integer.toString(Integer.MAX_VALUE));
        assertThat(messages.exitCode()).isEqualTo(2);
        assertThat(messages.err().strip()).isEqualTo("smpp demo: --messages must be at most 100000");
    }
}
