package io.github.smppkit.bench.codec;

import org.jsmpp.bean.OptionalParameters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encodes the plain submit_sm (the benchmarks are those of {@link EncodeBench}).
 *
 * <p>Thread-safety: one instance per benchmark thread (JMH {@code Scope.Thread}).
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
public class EncodeSubmitSmBench extends EncodeBench {

    /**
     * Builds the PDUs and checks that all libraries write the same octets.
     *
     * @throws Exception if a peer rejects the sample
     */
    @Setup
    public void setUp() throws Exception {
        prepare("submit_sm", SmppkitPdus.submitSm(), CloudhopperPdus.submitSm(), OptionalParameters.EMPTY_OPTIONAL_PARAMETERS,
                SmppkitPdus.submitSmOctets());
    }
}
