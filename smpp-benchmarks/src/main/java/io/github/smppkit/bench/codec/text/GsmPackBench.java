package io.github.smppkit.bench.codec.text;

import com.cloudhopper.commons.charset.CharsetUtil;
import io.github.smppkit.bench.codec.SameOctets;
import io.github.smppkit.codec.text.GsmAlphabet;
import io.github.smppkit.codec.type.Bytes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encodes 160 GSM characters to 140 packed octets. jSMPP has no GSM 7-bit codec, so it has no figure here.
 *
 * <p>Thread-safety: one instance per benchmark thread (JMH {@code Scope.Thread}).
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GsmPackBench {

    private final GsmAlphabet gsm = GsmAlphabet.standard();
    private String text;

    /** Checks that both libraries produce the same 140 octets. */
    @Setup
    public void setUp() {
        text = GsmText.GSM_160;
        byte[] expected = smppkit().toByteArray();
        SameOctets.checkValue("packed length", 140, expected.length);
        SameOctets.check("packed GSM (Cloudhopper)", expected, cloudhopper());
    }

    /**
     * smppkit: {@link GsmAlphabet#encodePacked}.
     *
     * @return the packed octets
     */
    @Benchmark
    public Bytes smppkit() {
        return gsm.encodePacked(text);
    }

    /**
     * Cloudhopper: {@code CharsetUtil.CHARSET_PACKED_GSM.encode}.
     *
     * @return the packed octets
     */
    @Benchmark
    public byte[] cloudhopper() {
        return CharsetUtil.CHARSET_PACKED_GSM.encode(text);
    }
}
