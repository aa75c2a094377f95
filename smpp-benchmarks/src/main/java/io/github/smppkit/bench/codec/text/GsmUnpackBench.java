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
 * Decodes 140 packed octets to 160 GSM characters. jSMPP has no GSM 7-bit codec, so it has no figure here.
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
public class GsmUnpackBench {

    private final GsmAlphabet gsm = GsmAlphabet.standard();
    private Bytes packed;
    private byte[] packedArray;

    /** Packs the sample once and checks that both libraries read it back. */
    @Setup
    public void setUp() {
        packed = gsm.encodePacked(GsmText.GSM_160);
        packedArray = packed.toByteArray();
        SameOctets.checkValue("smppkit unpack", GsmText.GSM_160, smppkit());
        SameOctets.checkValue("Cloudhopper unpack", GsmText.GSM_160, cloudhopper());
    }

    /**
     * smppkit: {@link GsmAlphabet#decodePacked}.
     *
     * @return the text
     */
    @Benchmark
    public String smppkit() {
        return gsm.decodePacked(packed);
    }

    /**
     * Cloudhopper: {@code CharsetUtil.CHARSET_PACKED_GSM.decode}.
     *
     * @return the text
     */
    @Benchmark
    public String cloudhopper() {
        return CharsetUtil.CHARSET_PACKED_GSM.decode(packedArray);
    }
}
