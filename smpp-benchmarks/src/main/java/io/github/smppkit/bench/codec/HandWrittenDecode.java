package io.github.smppkit.bench.codec;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.EsmClass;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The floor of a decode to records, no library: the least work that builds the same {@link SubmitSm} or
 * {@link DeliverSm} (one layout) from a sample's octets. It knows the command, trusts the frame (no length, field or
 * TLV checks) and reads text with the cheapest String constructor; what is left is finding the NULs, copying the
 * text and building the records, whose constructors check their fields.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class HandWrittenDecode {

    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final SmRecord<SubmitSm> SUBMIT_SM = SubmitSm::new;
    private static final SmRecord<DeliverSm> DELIVER_SM = DeliverSm::new;

    private HandWrittenDecode() {
    }

    /**
     * Builds the submit_sm of a whole frame.
     *
     * @param a the frame
     * @return the record
     */
    public static SubmitSm submitSm(byte[] a) {
        return sm(a, SUBMIT_SM);
    }

    /**
     * Builds the deliver_sm of a whole frame.
     *
     * @param a the frame
     * @return the record
     */
    public static DeliverSm deliverSm(byte[] a) {
        return sm(a, DELIVER_SM);
    }

    private static <T> T sm(byte[] a, SmRecord<T> record) {
        int end = a.length;
        int svcEnd = nul(a, 16);
        int srcEnd = nul(a, svcEnd + 3);
        int dstEnd = nul(a, srcEnd + 3);
        int esm = dstEnd + 1;
        int schedEnd = nul(a, esm + 3);
        int validEnd = nul(a, schedEnd + 1);
        int reg = validEnd + 1;
        int sm = reg + 5;
        int smLen = a[reg + 4] & 0xFF;
        return record.make((int) I32.get(a, 12), latin1(a, 16, svcEnd),
                Address.of(a[svcEnd + 1] & 0xFF, a[svcEnd + 2] & 0xFF, latin1(a, svcEnd + 3, srcEnd)),
                Address.of(a[srcEnd + 1] & 0xFF, a[srcEnd + 2] & 0xFF, latin1(a, srcEnd + 3, dstEnd)),
                EsmClass.of(a[esm] & 0xFF), a[esm + 1] & 0xFF, a[esm + 2] & 0xFF, latin1(a, esm + 3, schedEnd),
                latin1(a, schedEnd + 1, validEnd), RegisteredDelivery.of(a[reg] & 0xFF), a[reg + 1] & 0xFF,
                DataCoding.of(a[reg + 2] & 0xFF), a[reg + 3] & 0xFF, Bytes.copyOf(a, sm, smLen),
                sm + smLen == end ? Tlvs.empty() : Tlvs.parse(a, sm + smLen, end - sm - smLen));
    }

    // eight octets per step, the fastest search known here: (x - 0x0101..) & ~x & 0x8080.. flags the lowest zero
    private static int nul(byte[] a, int from) {
        int i = from;
        for (; i <= a.length - 8; i += 8) {
            long x = (long) I64.get(a, i);
            long zero = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        while (a[i] != 0) {
            i++;
        }
        return i;
    }

    // the hibyte constructor is a bounds check and an array copy; the charset one is too big to inline
    @SuppressWarnings("deprecation")
    private static String latin1(byte[] a, int from, int to) {
        return from == to ? "" : new String(a, 0, from, to - from);
    }

    /** The canonical constructor that submit_sm and deliver_sm records share. */
    @FunctionalInterface
    private interface SmRecord<T> {
        T make(int sequenceNumber, String serviceType, Address source, Address destination, EsmClass esmClass,
                int protocolId, int priorityFlag, String scheduleDeliveryTime, String validityPeriod,
                RegisteredDelivery registeredDelivery, int replaceIfPresentFlag, DataCoding dataCoding,
                int smDefaultMsgId, Bytes shortMessage, Tlvs tlvs);
    }
}
