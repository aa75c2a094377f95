package io.github.smppkit.it.robustness;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Byte-level mutations of valid PDUs for live-session fuzzing: bit flips, random and boundary octets, inserted,
 * deleted and appended octets, truncation, C-string terminators removed, and header fields (command_length,
 * command_id) set to boundary or other commands' values. Each case is then made one frame, so that the answer
 * it deserves can be computed from that frame alone: a command_length within 16..max is honoured by cutting or
 * zero-padding the octets to it; one outside that range is kept (it must end the connection).
 */
final class PduMutations {

    static final int MAX = CodecConfig.DEFAULT_MAX_COMMAND_LENGTH;
    private static final CommandId[] COMMANDS = CommandId.values();
    private static final long[] LENGTHS = {0, 1, 15, 16, 17, MAX, MAX + 1L, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL};
    private static final int[] OCTETS = {0x00, 0xFF, 0x7F, 0x80, 0x01, 0x40};

    private PduMutations() {
    }

    /** One edit: a kind, a position (taken modulo the length) and a value. */
    record Mutation(int kind, int position, int value) {
    }

    /** Valid PDUs of many commands, both directions, some with TLVs. */
    static List<byte[]> seeds() {
        Address src = Address.of(1, 1, "447700900123");
        Address dst = Address.of(5, 0, "SMPPKIT");
        Tlvs sar = Tlvs.empty().with(StandardTlvs.SAR_MSG_REF_NUM, 7).with(StandardTlvs.SAR_TOTAL_SEGMENTS, 2)
                .with(StandardTlvs.SAR_SEGMENT_SEQNUM, 1);
        Bytes text = Bytes.of("hello fuzz".getBytes(StandardCharsets.US_ASCII));
        List<Pdu> pdus = new ArrayList<>();
        pdus.add(SubmitSm.builder().sequenceNumber(11).source(src).destination(dst).shortMessage(text)
                .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE).build());
        pdus.add(SubmitSm.builder().sequenceNumber(12).serviceType("CMT").source(src).destination(dst)
                .esmClass(EsmClass.UDHI).dataCoding(DataCoding.UCS2)
                .shortMessage(Bytes.of(new byte[] {5, 0, 3, 9, 2, 1, 0, 0x41, 0, 0x42})).tlvs(sar)
                .validityPeriod("000001000000000R").build());
        pdus.add(DeliverSm.builder().sequenceNumber(13).source(src).destination(dst)
                .esmClass(EsmClass.DELIVERY_RECEIPT)
                .shortMessage(Bytes.of(("id:0123456789 sub:001 dlvrd:001 submit date:2501011200 done date:"
                        + "2501011201 stat:DELIVRD err:000 text:hi").getBytes(StandardCharsets.US_ASCII)))
                .tlvs(Tlvs.empty().with(StandardTlvs.RECEIPTED_MESSAGE_ID, "0123456789")
                        .with(StandardTlvs.MESSAGE_STATE, 2))
                .build());
        pdus.add(new DataSm(14, "", src, dst, EsmClass.DEFAULT, RegisteredDelivery.NONE, DataCoding.DEFAULT,
                Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, text)
                        .with(new Tlv(0x1401, Bytes.of((byte) 1, (byte) 2, (byte) 3)))));
        pdus.add(new BindTransceiver(15, "esme", "pw", "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()));
        pdus.add(new BindTransmitter(16, "esme2", "", "VMS", InterfaceVersion.V33, src, Tlvs.empty()));
        pdus.add(new EnquireLink(17, Tlvs.empty()));
        pdus.add(new Unbind(18, Tlvs.empty()));
        pdus.add(new GenericNack(19, CommandStatus.ESME_RINVCMDID, Tlvs.empty()));
        pdus.add(new SubmitSmResp(20, CommandStatus.ESME_ROK, "abc-123", Tlvs.empty()));
        pdus.add(new DeliverSmResp(21, CommandStatus.ESME_ROK, "", Tlvs.empty()));
        pdus.add(new EnquireLinkResp(22, CommandStatus.ESME_ROK, Tlvs.empty()));
        pdus.add(new QuerySm(23, "abc-123", src, Tlvs.empty()));
        pdus.add(new CancelSm(24, "", "abc-123", src, dst, Tlvs.empty()));
        pdus.add(new ReplaceSm(25, "abc-123", src, "", "", RegisteredDelivery.NONE, 0, text, Tlvs.empty()));
        pdus.add(new AlertNotification(26, src, dst, Tlvs.empty()));
        pdus.add(new Outbind(27, "smsc", "pw", Tlvs.empty()));
        List<byte[]> out = new ArrayList<>();
        for (Pdu p : pdus) {
            out.add(RawPeer.CODEC.encode(p));
        }
        return out;
    }

    /** Generates one-frame cases: a seed with one to four mutations. */
    static Arbitrary<byte[]> frames() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 1 << 16), Arbitraries.integers().between(0, 255))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(seeds()), mutation.list().ofMinSize(1).ofMaxSize(4))
                .as(PduMutations::apply);
    }

    static byte[] apply(byte[] seed, List<Mutation> mutations) {
        byte[] b = seed.clone();
        for (Mutation m : mutations) {
            b = apply(b, m);
        }
        return oneFrame(b);
    }

    private static byte[] apply(byte[] in, Mutation m) {
        byte[] b = in.length == 0 ? new byte[16] : in;
        int n = b.length;
        int p = m.position() % n;
        int v = m.value();
        switch (m.kind()) {
            case 0:
                return set(b, p, b[p] ^ (1 << (v & 7)));
            case 1:
                return set(b, p, v);
            case 2:
                return set(b, p, OCTETS[v % OCTETS.length]);
            case 3: {
                byte[] out = new byte[n + 1];
                System.arraycopy(b, 0, out, 0, p);
                out[p] = (byte) v;
                System.arraycopy(b, p, out, p + 1, n - p);
                return out;
            }
            case 4: {
                byte[] out = new byte[Math.max(0, n - 1)];
                System.arraycopy(b, 0, out, 0, p);
                System.arraycopy(b, p + 1, out, p, n - p - 1);
                return out;
            }
            case 5:
                return Arrays.copyOf(b, p);
            case 6: {
                byte[] out = b.length < 16 ? Arrays.copyOf(b, 16) : b.clone();
                int id = v < 200 ? COMMANDS[v % COMMANDS.length].id() : m.position() * 31 + v;
                ByteBuffer.wrap(out).putInt(4, id);
                return out;
            }
            case 7: {
                byte[] out = b.length < 16 ? Arrays.copyOf(b, 16) : b.clone();
                ByteBuffer.wrap(out).putInt(0, (int) LENGTHS[v % LENGTHS.length]);
                return out;
            }
            case 8: {
                byte[] out = Arrays.copyOf(b, n + 1 + (v & 7));
                Arrays.fill(out, n, out.length, (byte) (m.position() & 0xFF));
                return out;
            }
            case 9: {
                byte[] out = b.clone();
                for (int i = Math.max(16, p); i < out.length && i < p + 24; i++) {
                    if (out[i] == 0) {
                        out[i] = (byte) 'A';
                    }
                }
                return out;
            }
            default: {
                byte[] out = b.length < 16 ? Arrays.copyOf(b, 16) : b.clone();
                ByteBuffer.wrap(out).putInt(8, v < 128 ? v : m.position() << 16 | v);
                return out;
            }
        }
    }

    private static byte[] set(byte[] b, int p, int value) {
        byte[] out = b.clone();
        out[p] = (byte) value;
        return out;
    }

    /** Makes the octets exactly one frame where command_length allows, else leaves them (framing is lost). */
    static byte[] oneFrame(byte[] b) {
        byte[] out = b.length < 16 ? Arrays.copyOf(b, 16) : b;
        long len = ByteBuffer.wrap(out).getInt(0) & 0xFFFFFFFFL;
        if (len >= 16 && len <= MAX) {
            return Arrays.copyOf(out, (int) len);
        }
        return out;
    }
}
