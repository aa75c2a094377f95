package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.contract.PduContract;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.codec.view.DataSmView;
import io.github.smppkit.codec.view.TlvCursor;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lengths near the unsigned limits, which the shared generators reach rarely: TLV values above 32 767 octets (a
 * signed-short read would go negative) up to 65 535 (reference §5.1), and short_message of 255 octets where the
 * configuration allows v5.0's limit (§4.5).
 */
class LargeValueProperties {

    @Property(tries = 30)
    void tlvValuesUpTo65535OctetsRoundTripAndAreViewed(@ForAll @IntRange(min = 32_000, max = 65_535) int size,
            @ForAll @IntRange(min = 0, max = 0x3FFF) int vendorTag) {
        byte[] value = new byte[size];
        for (int i = 0; i < size; i++) {
            value[i] = (byte) (i * 31 + size);
        }
        DataSm p = new DataSm(1, "", Address.of(1, 1, "1"), Address.of(1, 1, "2"),
                EsmClass.DEFAULT, RegisteredDelivery.NONE,
                DataCoding.BINARY,
                Tlvs.builder().add(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(value))
                        .add(new Tlv(0x1400 + vendorTag % 0x2C00, Bytes.of((byte) 7))).build());
        PduContract.roundTrip(p);

        byte[] wire = PduCodec.defaults().encode(p);
        DataSmView v = new DataSmView().wrap(ByteBuffer.wrap(wire), 0, wire.length);
        TlvCursor c = v.tlvs(new TlvCursor());
        assertThat(c.next()).isTrue();
        assertThat(c.tag()).isEqualTo(0x0424);
        assertThat(c.length()).isEqualTo(size);
        assertThat(c.value()).isEqualTo(Bytes.of(value));
        assertThat(c.next()).isTrue();
        assertThat(c.length()).isEqualTo(1);
        assertThat(c.next()).isFalse();
    }

    @Property(tries = 50)
    void shortMessageOf255OctetsRoundTripsWhenConfiguredForV50(@ForAll @IntRange(min = 0, max = 255) int fill) {
        PduCodec v50 = PduCodec.of(CodecConfig.builder().maxShortMessageLength(255).build());
        byte[] sm = new byte[255];
        Arrays.fill(sm, (byte) fill);
        SubmitSm p = SubmitSm.builder().sequenceNumber(fill + 1).shortMessage(Bytes.of(sm)).build();
        byte[] wire = v50.encode(p);
        assertThat(wire[wire.length - 256] & 0xFF).as("sm_length").isEqualTo(255);
        DecodeResult r = v50.decode(ByteBuffer.wrap(wire));
        assertThat(PduContract.decoded(r, wire.length)).isEqualTo(p);
        // the default (v3.4) decoder is lenient and reads it too
        assertThat(PduContract.decoded(PduCodec.defaults().decode(ByteBuffer.wrap(wire)), wire.length)).isEqualTo(p);
    }
}
