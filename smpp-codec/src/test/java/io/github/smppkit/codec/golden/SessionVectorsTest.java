package io.github.smppkit.codec.golden;

import static io.github.smppkit.codec.golden.Vectors.assertCanonical;
import static io.github.smppkit.codec.golden.Vectors.assertEncodesHeaderOnly;
import static io.github.smppkit.codec.golden.Vectors.decode;
import static io.github.smppkit.codec.golden.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.Npi;
import io.github.smppkit.codec.type.Ton;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden vectors of the session PDUs (reference §4.1–§4.4, §2.5, §2.6); each field asserted. */
class SessionVectorsTest {

    /**
     * header 0000001b 00000002 00000000 00000001 | system_id "ab" 616200 | password "pw" 707700 |
     * system_type NULL 00 | interface_version 34 | addr_ton 01 | addr_npi 01 | address_range NULL 00.
     */
    @Test
    void bindTransmitter() {
        BindTransmitter p = decode("bind_transmitter/basic", BindTransmitter.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BIND_TRANSMITTER);
        assertThat(p.sequenceNumber()).isEqualTo(1);
        assertThat(p.systemId()).isEqualTo("ab");
        assertThat(p.password()).isEqualTo("pw");
        assertThat(p.systemType()).isEmpty();
        assertThat(p.interfaceVersion()).isEqualTo(InterfaceVersion.V34);
        assertThat(p.addressRange()).isEqualTo(new Address(Ton.of(1), Npi.of(1), ""));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("bind_transmitter/basic", p);
    }

    /**
     * header 0000001e 00000001 0 2 | system_id "r" 7200 | password NULL 00 | system_type "VMA" 564d4100 |
     * interface_version 33 | ton 00 | npi 00 | address_range "^44" 5e343400.
     */
    @Test
    void bindReceiverV33() {
        BindReceiver p = decode("bind_receiver/v33_range", BindReceiver.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BIND_RECEIVER);
        assertThat(p.sequenceNumber()).isEqualTo(2);
        assertThat(p.systemId()).isEqualTo("r");
        assertThat(p.password()).isEmpty();
        assertThat(p.systemType()).isEqualTo("VMA");
        assertThat(p.interfaceVersion()).isEqualTo(InterfaceVersion.V33);
        assertThat(p.addressRange().ton().value()).isZero();
        assertThat(p.addressRange().npi().value()).isZero();
        assertThat(p.addressRange().value()).isEqualTo("^44");
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("bind_receiver/v33_range", p);
    }

    /** header 0000001a 00000009 0 3 | "t" 7400 | "p" 7000 | NULL 00 | 50 | ton 02 | npi 08 | "1" 3100. */
    @Test
    void bindTransceiverV50() {
        BindTransceiver p = decode("bind_transceiver/v50", BindTransceiver.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BIND_TRANSCEIVER);
        assertThat(p.sequenceNumber()).isEqualTo(3);
        assertThat(p.systemId()).isEqualTo("t");
        assertThat(p.password()).isEqualTo("p");
        assertThat(p.systemType()).isEmpty();
        assertThat(p.interfaceVersion()).isEqualTo(InterfaceVersion.V50);
        assertThat(p.addressRange()).isEqualTo(Address.of(2, 8, "1"));
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("bind_transceiver/v50", p);
    }

    /** header 0000001a 80000002 0 1 | system_id "SMSC" 534d534300 | TLV 0210 0001 34. */
    @Test
    void bindTransmitterRespWithScInterfaceVersion() {
        BindTransmitterResp p = decode("bind_transmitter_resp/ok_sc_interface_version", BindTransmitterResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BIND_TRANSMITTER_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(1);
        assertThat(p.systemId()).isEqualTo("SMSC");
        assertThat(p.tlvs().asList()).containsExactly(new Tlv(0x0210, hex("34")));
        assertThat(p.tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).contains(0x34);
        assertCanonical("bind_transmitter_resp/ok_sc_interface_version", p);
    }

    /** header only: 00000010 80000002 0000000d 00000001. */
    @Test
    void bindTransmitterRespErrorHeaderOnly() {
        BindTransmitterResp p = decode("bind_transmitter_resp/error_header_only", BindTransmitterResp.class);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_RBINDFAIL);
        assertThat(p.sequenceNumber()).isEqualTo(1);
        assertThat(p.systemId()).isEmpty();
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("bind_transmitter_resp/error_header_only", p);
    }

    /** header 00000011 80000001 0 2 | system_id NULL 00. */
    @Test
    void bindReceiverRespOk() {
        BindReceiverResp p = decode("bind_receiver_resp/ok_empty_system_id", BindReceiverResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BIND_RECEIVER_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(2);
        assertThat(p.systemId()).isEmpty();
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("bind_receiver_resp/ok_empty_system_id", p);
    }

    /** header 00000011 80000001 0000000e 00000002 | a single NUL 00 (lenient shape 2 of §2.6). */
    @Test
    void bindReceiverRespErrorWithSingleNul() {
        BindReceiverResp p = decode("bind_receiver_resp/error_single_nul", BindReceiverResp.class);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_RINVPASWD);
        assertThat(p.sequenceNumber()).isEqualTo(2);
        assertThat(p.systemId()).isEmpty();
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertEncodesHeaderOnly("bind_receiver_resp/error_single_nul", p);
    }

    /** header 00000015 80000009 0000000f 00000003 | system_id "smsc" 736d736300 (lenient shape 3). */
    @Test
    void bindTransceiverRespErrorWithBody() {
        BindTransceiverResp p = decode("bind_transceiver_resp/error_with_body", BindTransceiverResp.class);
        assertThat(p.commandId()).isEqualTo(CommandId.BIND_TRANSCEIVER_RESP);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_RINVSYSID);
        assertThat(p.sequenceNumber()).isEqualTo(3);
        assertThat(p.systemId()).isEqualTo("smsc");
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertEncodesHeaderOnly("bind_transceiver_resp/error_with_body", p);
    }

    /** header 00000012 80000009 0 3 | system_id "X" 5800. */
    @Test
    void bindTransceiverRespOk() {
        BindTransceiverResp p = decode("bind_transceiver_resp/ok", BindTransceiverResp.class);
        assertThat(p.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(p.sequenceNumber()).isEqualTo(3);
        assertThat(p.systemId()).isEqualTo("X");
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("bind_transceiver_resp/ok", p);
    }

    /** header 0000001a 0000000b 0 4 | system_id "mc" 6d6300 | password "secret" 73656372657400. */
    @Test
    void outbind() {
        Outbind p = decode("outbind/basic", Outbind.class);
        assertThat(p.commandId()).isEqualTo(CommandId.OUTBIND);
        assertThat(p.sequenceNumber()).isEqualTo(4);
        assertThat(p.systemId()).isEqualTo("mc");
        assertThat(p.password()).isEqualTo("secret");
        assertThat(p.tlvs().isEmpty()).isTrue();
        assertCanonical("outbind/basic", p);
    }

    /** Header-only PDUs: unbind(+resp) seq 5, enquire_link(+resp) seq 6. */
    @Test
    void unbindBasic() {
        Unbind u = decode("unbind/basic", Unbind.class);
        assertThat(u.commandId()).isEqualTo(CommandId.UNBIND);
        assertThat(u.sequenceNumber()).isEqualTo(5);
        assertThat(u.tlvs().isEmpty()).isTrue();
        assertCanonical("unbind/basic", u);
    }

    /** Header-only PDUs: unbind(+resp) seq 5, enquire_link(+resp) seq 6. */
    @Test
    void unbindRespOk() {
        UnbindResp ur = decode("unbind_resp/ok", UnbindResp.class);
        assertThat(ur.commandId()).isEqualTo(CommandId.UNBIND_RESP);
        assertThat(ur.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(ur.sequenceNumber()).isEqualTo(5);
        assertCanonical("unbind_resp/ok", ur);
    }

    /** Header-only PDUs: unbind(+resp) seq 5, enquire_link(+resp) seq 6. */
    @Test
    void enquireLinkBasic() {
        EnquireLink e = decode("enquire_link/basic", EnquireLink.class);
        assertThat(e.commandId()).isEqualTo(CommandId.ENQUIRE_LINK);
        assertThat(e.sequenceNumber()).isEqualTo(6);
        assertThat(e.tlvs().isEmpty()).isTrue();
        assertCanonical("enquire_link/basic", e);
    }

    /** Header-only PDUs: unbind(+resp) seq 5, enquire_link(+resp) seq 6. */
    @Test
    void enquireLinkRespOk() {
        EnquireLinkResp er = decode("enquire_link_resp/ok", EnquireLinkResp.class);
        assertThat(er.commandId()).isEqualTo(CommandId.ENQUIRE_LINK_RESP);
        assertThat(er.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(er.sequenceNumber()).isEqualTo(6);
        assertCanonical("enquire_link_resp/ok", er);
    }

    /** 00000010 80000000 00000003 00000009, and 00000010 80000000 00000002 00000000. */
    @Test
    void genericNackInvalidCommandId() {
        GenericNack n = decode("generic_nack/invalid_command_id", GenericNack.class);
        assertThat(n.commandId()).isEqualTo(CommandId.GENERIC_NACK);
        assertThat(n.status()).isEqualTo(CommandStatus.ESME_RINVCMDID);
        assertThat(n.sequenceNumber()).isEqualTo(9);
        assertThat(n.tlvs().asList()).isEqualTo(List.of());
        assertCanonical("generic_nack/invalid_command_id", n);
    }

    /** 00000010 80000000 00000003 00000009, and 00000010 80000000 00000002 00000000. */
    @Test
    void genericNackSeqZero() {
        GenericNack z = decode("generic_nack/seq_zero", GenericNack.class);
        assertThat(z.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(z.sequenceNumber()).isZero();
        assertCanonical("generic_nack/seq_zero", z);
    }
}
