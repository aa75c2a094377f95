package io.github.smppkit.bench.codec;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encodes the submit_sm with three TLVs (sar_msg_ref_num, sar_total_segments, sar_segment_seqnum), TLV objects
 * prebuilt for every library (the benchmarks are those of {@link EncodeBench}).
 *
 * <p>Thread-safety: one instance per benchmark thread (JMH {@code Scope.Thread}).
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
public class EncodeSubmitSmTlvBench extends EncodeBench {

    /**
     * Builds the PDUs and checks that all libraries write the same octets.
     *
     * @throws Exception if a peer rejects the sample
     */
    @Setup
    public void setUp() throws Exception {
        prepare("submit_sm+3 TLVs", SmppkitPdus.submitSmWithTlvs(), CloudhopperPdus.submitSmWithTlvs(),
                JsmppPdus.sarTlvs(), SmppkitPdus.submitSmWithTlvsOctets());
    }
}
