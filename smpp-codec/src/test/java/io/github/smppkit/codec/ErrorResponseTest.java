package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.DecodeResult.Decoded;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Error responses in their three shapes (reference §2.6). */
class ErrorResponseTest {

    private final PduCodec codec = PduCodec.defaults();

    private Pdu decode(String hex) {
        DecodeResult r = codec.decode(ByteBuffer.wrap(Bytes.fromHex(hex).toByteArray()));
        assertThat(r).as(hex).isInstanceOf(Decoded.class);
        return ((Decoded) r).pdu();
    }

    @Test
    void headerOnlySingleNulAndFullBodyAllDecode() {
        SubmitSmResp expected = SubmitSmResp.of(4, CommandStatus.ESME_RTHROTTLED);
        assertThat(decode("00000010800000040000005800000004")).isEqualTo(expected);
        assertThat(decode("0000001180000004000000580000000400")).isEqualTo(expected);
        assertThat(decode("0000001480000004000000580000000461626300"))
                .isEqualTo(new SubmitSmResp(4, CommandStatus.ESME_RTHROTTLED, "abc", Tlvs.empty()));
    }

    @Test
    void everyResponseTypeAcceptsHeaderOnlyAndSingleNulShapes() {
        for (Pdu p : SamplePdus.all()) {
            if (!(p instanceof Response)) {
                continue;
            }
            Response error = (Response) p.withSequenceNumber(5);
            byte[] header = codec.encode(error);
            ByteBuffer.wrap(header).putInt(8, 0x45);
            Response decoded = (Response) ((Decoded) codec.decode(ByteBuffer.wrap(header))).pdu();
            assertThat(decoded.status()).isEqualTo(CommandStatus.ESME_RSUBMITFAIL);
            assertThat(decoded.sequenceNumber()).isEqualTo(5);
            assertThat(decoded.commandId()).isEqualTo(p.commandId());
            byte[] headerOnly = java.util.Arrays.copyOf(header, 17);
            ByteBuffer.wrap(headerOnly).putInt(0, 17);
            headerOnly[16] = 0;
            DecodeResult r = codec.decode(ByteBuffer.wrap(headerOnly));
            assertThat(r).as(p.commandId().specName()).isInstanceOf(Decoded.class);
        }
    }

    @Test
    void errorResponsesAreEncodedHeaderOnlyUnlessConfiguredOrCarryingTlvs() {
        SubmitSmResp error = new SubmitSmResp(2, CommandStatus.ESME_RINVDSTADR, "id1", Tlvs.empty());
        assertThat(Bytes.of(codec.encode(error)).toHex()).isEqualTo("0000001080000004000000" + "0b00000002");
        PduCodec bodies = PduCodec.of(CodecConfig.builder().errorResponseBody(true).build());
        assertThat(Bytes.of(bodies.encode(error)).toHex())
                .isEqualTo("0000001480000004000000" + "0b00000002" + "69643100");
        DataSmResp withTlv = new DataSmResp(3, CommandStatus.ESME_RDELIVERYFAILURE, "",
                Tlvs.empty().with(StandardTlvs.DELIVERY_FAILURE_REASON, 1));
        byte[] wire = codec.encode(withTlv);
        assertThat(Bytes.of(wire).toHex()).isEqualTo("00000016" + "80000103" + "000000fe" + "00000003" + "00"
                + "0425000101");
        assertThat(decode(Bytes.of(wire).toHex())).isEqualTo(withTlv);
    }

    @Test
    void unparseableErrorBodiesKeepTheHeader() {
        assertThat(decode("000000128000000100000005000000094142"))
                .isEqualTo(BindReceiverResp.of(9, CommandStatus.ESME_RALYBND));
        assertThat(decode("0000001380000005000000080000000100" + "0102"))
                .isEqualTo(DeliverSmResp.of(1, CommandStatus.ESME_RSYSERR));
        assertThat(decode("0000001280000003000000670000000100ff"))
                .isEqualTo(QuerySmResp.of(1, CommandStatus.ESME_RQUERYFAIL));
    }

    @Test
    void submitMultiRespWithoutNoUnsuccessIsAccepted() {
        assertThat(decode("00000013800000210000000000000001616200"))
                .isEqualTo(SubmitMultiResp.ok(1, "ab"));
    }
}
