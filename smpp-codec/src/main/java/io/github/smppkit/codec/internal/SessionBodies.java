package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.ReplaceSmResp;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;

/**
 * Bodies of the session-management PDUs: binds and their responses (reference §4.1, §4.2), outbind (§4.3),
 * the header-only PDUs (§4.4, §2.5) and the v3.3 param_retrieve pair (§4.21).
 *
 * <p>Thread-safety: stateless.
 */
public final class SessionBodies {

    private SessionBodies() {
    }

    /**
     * Reads a body.
     *
     * @param c the command
     * @param seq sequence_number
     * @param st command_status
     * @param r the reader over the body
     * @return the PDU, or {@code null} if this family does not handle {@code c}; meaningless if {@code r} failed
     */
    public static Pdu read(CommandId c, int seq, CommandStatus st, BodyReader r) {
        switch (c) {
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER:
                return readBind(c, seq, r);
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                return readBindResp(c, seq, st, r);
            case OUTBIND: {
                String systemId = r.cString(16, CommandStatus.ESME_RINVSYSID, "system_id");
                String password = r.cString(9, CommandStatus.ESME_RINVPASWD, "password");
                return new Outbind(seq, systemId, password, r.tlvs());
            }
            case UNBIND:
                return new Unbind(seq, r.tlvs());
            case UNBIND_RESP:
                return new UnbindResp(seq, st, r.tlvs());
            case ENQUIRE_LINK:
                return new EnquireLink(seq, r.tlvs());
            case ENQUIRE_LINK_RESP:
                return new EnquireLinkResp(seq, st, r.tlvs());
            case GENERIC_NACK:
                return new GenericNack(seq, st, r.tlvs());
            case CANCEL_SM_RESP:
                return new CancelSmResp(seq, st, r.tlvs());
            case REPLACE_SM_RESP:
                return new ReplaceSmResp(seq, st, r.tlvs());
            case CANCEL_BROADCAST_SM_RESP:
                return new CancelBroadcastSmResp(seq, st, r.tlvs());
            case PARAM_RETRIEVE: {
                String name = r.cString(32, CommandStatus.ESME_RINVCMDLEN, "param_name");
                return new ParamRetrieve(seq, name, r.tlvs());
            }
            case PARAM_RETRIEVE_RESP: {
                String value = r.cString(101, CommandStatus.ESME_RINVCMDLEN, "param_value");
                return new ParamRetrieveResp(seq, st, value, r.tlvs());
            }
            default:
                return null;
        }
    }

    private static Pdu readBind(CommandId c, int seq, BodyReader r) {
        String systemId = r.cString(16, CommandStatus.ESME_RINVSYSID, "system_id");
        String password = r.cString(9, CommandStatus.ESME_RINVPASWD, "password");
        String systemType = r.cString(13, CommandStatus.ESME_RINVSYSTYP, "system_type");
        InterfaceVersion version = InterfaceVersion.of(r.u8("interface_version"));
        Address range = r.address(41, CommandStatus.ESME_RINVSRCADR, "address_range");
        Tlvs tlvs = r.tlvs();
        if (r.failed()) {
            return null;
        }
        if (c == CommandId.BIND_TRANSMITTER) {
            return new BindTransmitter(seq, systemId, password, systemType, version, range, tlvs);
        }
        if (c == CommandId.BIND_RECEIVER) {
            return new BindReceiver(seq, systemId, password, systemType, version, range, tlvs);
        }
        return new BindTransceiver(seq, systemId, password, systemType, version, range, tlvs);
    }

    private static Pdu readBindResp(CommandId c, int seq, CommandStatus st, BodyReader r) {
        String systemId = r.remaining() == 0 ? "" : r.cString(16, CommandStatus.ESME_RINVSYSID, "system_id");
        Tlvs tlvs = r.tlvs();
        if (c == CommandId.BIND_TRANSMITTER_RESP) {
            return new BindTransmitterResp(seq, st, systemId, tlvs);
        }
        if (c == CommandId.BIND_RECEIVER_RESP) {
            return new BindReceiverResp(seq, st, systemId, tlvs);
        }
        return new BindTransceiverResp(seq, st, systemId, tlvs);
    }

    /**
     * Returns the body length without TLVs.
     *
     * @param p the PDU
     * @return the length, or -1 if this family does not handle it
     */
    public static int length(Pdu p) {
        switch (p.commandId()) {
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER: {
                Bind<?> b = (Bind<?>) p;
                return Wire.cLen(b.systemId()) + Wire.cLen(b.password()) + Wire.cLen(b.systemType()) + 1
                        + Wire.addrLen(b.addressRange());
            }
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                return Wire.cLen(((BindResp) p).systemId());
            case OUTBIND:
                return Wire.cLen(((Outbind) p).systemId()) + Wire.cLen(((Outbind) p).password());
            case UNBIND:
            case UNBIND_RESP:
            case ENQUIRE_LINK:
            case ENQUIRE_LINK_RESP:
            case GENERIC_NACK:
            case CANCEL_SM_RESP:
            case REPLACE_SM_RESP:
            case CANCEL_BROADCAST_SM_RESP:
                return 0;
            case PARAM_RETRIEVE:
                return Wire.cLen(((ParamRetrieve) p).paramName());
            case PARAM_RETRIEVE_RESP:
                return Wire.cLen(((ParamRetrieveResp) p).paramValue());
            default:
                return -1;
        }
    }

    /**
     * Writes the body without TLVs.
     *
     * @param <T> the destination type
     * @param o how to write into {@code d}
     * @param d the destination
     * @param at absolute index of the first body octet
     * @param p the PDU
     * @return the index after the body, or -1 if this family does not handle it
     */
    public static <T> int write(Out<T> o, T d, int at, Pdu p) {
        switch (p.commandId()) {
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER: {
                Bind<?> b = (Bind<?>) p;
                at = o.cString(d, at, b.systemId());
                at = o.cString(d, at, b.password());
                at = o.cString(d, at, b.systemType());
                at = o.u8(d, at, b.interfaceVersion().value());
                return o.address(d, at, b.addressRange());
            }
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                return o.cString(d, at, ((BindResp) p).systemId());
            case OUTBIND:
                at = o.cString(d, at, ((Outbind) p).systemId());
                return o.cString(d, at, ((Outbind) p).password());
            case PARAM_RETRIEVE:
                return o.cString(d, at, ((ParamRetrieve) p).paramName());
            case PARAM_RETRIEVE_RESP:
                return o.cString(d, at, ((ParamRetrieveResp) p).paramValue());
            default:
                return length(p) == 0 ? at : -1;
        }
    }
}
