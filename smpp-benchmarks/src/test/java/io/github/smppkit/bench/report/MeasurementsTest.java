package io.github.smppkit.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.bench.report.Measurements.JmhRow;
import io.github.smppkit.bench.report.Measurements.SessionRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the files a run writes: the JMH rows, and of several session runs the median one, kept whole. */
class MeasurementsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheJmhRowsByClassAndMethod() throws IOException {
        Path codec = Files.writeString(dir.resolve("codec.tsv"),
                "io.github.smppkit.bench.codec.EncodeSubmitSmBench.smppkit\t32.4\t0.7\tns/op\t0.0001\n"
                        + "io.github.smppkit.bench.codec.EncodeSubmitSmBench.cloudhopper\t54.9\t9.1\tns/op\t232.0\n"
                        + "a line that is not a row\n");

        Measurements m = Measurements.read(codec, dir.resolve("absent.tsv"));

        assertThat(m.codec()).containsExactly(new JmhRow("EncodeSubmitSmBench", "smppkit", 32.4, 0.7, 0.0001),
                new JmhRow("EncodeSubmitSmBench", "cloudhopper", 54.9, 9.1, 232.0));
        assertThat(m.session()).isEmpty();
    }

    @Test
    void keepsTheMedianSessionRunWholeWithItsOwnLatencyAndCpu() throws IOException {
        Path codec = Files.writeString(dir.resolve("codec.tsv"), "");
        Path session = Files.writeString(dir.resolve("session.tsv"), "# library\twindow\t...\n"
                + "smppkit\t100\t1300000\t60\t100\t1.2\t1000000\n"
                + "smppkit\t100\t1250000\t70\t140\t1.3\t1000000\n"
                + "smppkit\t100\t1290000\t65\t105\t1.1\t1000000\n"
                + "cloudhopper\t100\t61000\t545\t1401\t30.1\t100000\n");

        Measurements m = Measurements.read(codec, session);

        assertThat(m.session("smppkit", 100)).contains(new SessionRow("smppkit", 100, 1290000, 65, 105, 1.1, 1000000));
        assertThat(m.session("cloudhopper", 100)).map(SessionRow::perSecond).contains(61000.0);
        assertThat(m.sessionRuns()).isEqualTo(3);
    }
}
