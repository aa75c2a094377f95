package io.github.smppkit.codec.contract;

import io.github.smppkit.codec.pdu.DestAddress;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.RegisteredDelivery;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Field generators shared by {@link PduArbitraries}: values within SMPP-REFERENCE.md §4 limits (C-string maxima
 * include the NUL; time fields are NULL or 16 valid characters), and TLV lists with typed standard tags,
 * vendor-range tags (0x1400-0x3FFF), unknown tags and repeats.
 */
public final class FieldArbitraries {

    private FieldArbitraries() {
    }

    /** A C-octet string of at most {@code maxOctets - 1} non-NUL Latin-1 characters. */
    public static Arbitrary<String> cString(int maxOctets) {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(maxOctets - 1),
                Arbitraries.strings().withCharRange((char) 1, (char) 0xFF).ofMaxLength(maxOctets - 1));
    }

    public static Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }

    public static Arbitrary<Integer> sequence() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(1, 0x7FFFFFFF),
                Arbitraries.of(0, 1, 0x7FFFFFFF, 0x80000000, -1));
    }

    /** An address whose value fits a C-octet string of {@code maxOctets}. */
    public static Arbitrary<Address> address(int maxOctets) {
        return Combinators.combine(octet(), octet(), cString(maxOctets)).as(Address::of);
    }

    /** "" or a valid 16-character absolute ({@code YYMMDDhhmmsstnnp}) or relative ({@code ...000R}) time. */
    public static Arbitrary<String> time() {
        Arbitrary<String> absolute = Combinators.combine(
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 48))
                .as((y, mo, d, h, mi, s, t, nn) -> String.format("%02d%02d%02d%02d%02d%02d%d%02d", y, mo, d, h, mi,
                        s, t, nn))
                .flatMap(prefix -> Arbitraries.of("+", "-").map(p -> prefix + p));
        Arbitrary<String> relative = Combinators.combine(
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
                .as((y, mo, d, h, mi, s) -> String.format("%02d%02d%02d%02d%02d%02d000R", y, mo, d, h, mi, s));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(2, absolute),
                Tuple.of(2, relative));
    }

    public static Arbitrary<Bytes> bytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize).map(Bytes::of);
    }

    public static Arbitrary<Bytes> shortMessage() {
        return Arbitraries.oneOf(bytes(254), bytes(8), Arbitraries.just(Bytes.EMPTY));
    }

    public static Arbitrary<CommandStatus> status() {
        return Arbitraries.oneOf(Arbitraries.just(CommandStatus.ESME_ROK),
                Arbitraries.of(CommandStatus.ESME_RINVMSGLEN, CommandStatus.ESME_RTHROTTLED,
                        CommandStatus.ESME_RINVDSTADR, CommandStatus.ESME_RSYSERR),
                Arbitraries.integers().map(CommandStatus::of));
    }

    static Arbitrary<CommandStatus> okMostly() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(CommandStatus.ESME_ROK)),
                Tuple.of(1, status()));
    }

    public static Arbitrary<EsmClass> esmClass() {
        return octet().map(EsmClass::of);
    }

    public static Arbitrary<DataCoding> dataCoding() {
        return octet().map(DataCoding::of);
    }

    public static Arbitrary<RegisteredDelivery> registeredDelivery() {
        return octet().map(RegisteredDelivery::of);
    }

    /** One TLV: a typed standard one, a vendor-range one (0x1400-0x3FFF) or an unknown tag. */
    public static Arbitrary<Tlv> tlv() {
        Arbitrary<Tlv> standard = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0xFFFF).map(v -> Tlv.of(StandardTlvs.USER_MESSAGE_REFERENCE, v)),
                Arbitraries.integers().between(0, 0xFFFF).map(v -> Tlv.of(StandardTlvs.SAR_MSG_REF_NUM, v)),
                octet().map(v -> Tlv.of(StandardTlvs.MESSAGE_STATE, v)),
                octet().map(v -> Tlv.of(StandardTlvs.SC_INTERFACE_VERSION, v)),
                cString(65).map(v -> Tlv.of(StandardTlvs.RECEIPTED_MESSAGE_ID, v)),
                bytes(300).map(v -> Tlv.of(StandardTlvs.MESSAGE_PAYLOAD, v)),
                bytes(3).map(v -> Tlv.of(StandardTlvs.NETWORK_ERROR_CODE, padTo(v, 3))));
        Arbitrary<Tlv> vendor = Combinators.combine(Arbitraries.integers().between(0x1400, 0x3FFF), bytes(20))
                .as(Tlv::new);
        Arbitrary<Tlv> unknown = Combinators.combine(Arbitraries.of(0x0000, 0x0001, 0x00FF, 0x4000, 0x7FFF, 0xFFFF,
                0x0700, 0x1234), bytes(12)).as(Tlv::new);
        return Arbitraries.oneOf(standard, vendor, unknown);
    }

    private static Bytes padTo(Bytes b, int size) {
        byte[] out = new byte[size];
        b.copyTo(out, 0);
        return Bytes.of(out);
    }

    /** Ordered TLV lists, often empty, with repeats possible. */
    public static Arbitrary<Tlvs> tlvs() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Tlvs.empty())),
                Tuple.of(2, tlv().list().ofMaxSize(5).map(Tlvs::copyOf)),
                Tuple.of(1, tlv().map(t -> Tlvs.of(t, t))));
    }

    static Arbitrary<InterfaceVersion> interfaceVersion() {
        return Arbitraries.oneOf(Arbitraries.of(InterfaceVersion.V33, InterfaceVersion.V34, InterfaceVersion.V50),
                octet().map(InterfaceVersion::of));
    }

    public static Arbitrary<DestAddress> destAddress() {
        return Arbitraries.oneOf(address(21).map(SmeAddress::new), cString(21).map(DistributionList::new));
    }
}
