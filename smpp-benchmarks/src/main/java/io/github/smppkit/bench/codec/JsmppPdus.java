package io.github.smppkit.bench.codec;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.PDUComposer;

/**
 * The {@link Sample} PDUs composed with jSMPP, which has no PDU objects on the sending side: its composer takes
 * the fields and returns the octets.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class JsmppPdus {

    /** A shared composer (jSMPP's is stateless). */
    public static final PDUComposer COMPOSER = new DefaultComposer();

    private JsmppPdus() {
    }

    /**
     * Returns the three SAR TLVs.
     *
     * @return new parameters
     */
    public static OptionalParameter[] sarTlvs() {
        return new OptionalParameter[] {
            new OptionalParameter.Short((short) Sample.TAG_SAR_MSG_REF_NUM, (short) Sample.SAR_REF),
            new OptionalParameter.Byte((short) Sample.TAG_SAR_TOTAL_SEGMENTS, (byte) Sample.SAR_TOTAL),
            new OptionalParameter.Byte((short) Sample.TAG_SAR_SEGMENT_SEQNUM, (byte) Sample.SAR_SEQ)
        };
    }

    /**
     * Composes the submit_sm with the given TLVs.
     *
     * @param composer the composer
     * @param tlvs the TLVs
     * @return the octets
     * @throws PDUStringException if jSMPP rejects a field
     */
    public static byte[] submitSm(PDUComposer composer, OptionalParameter... tlvs) throws PDUStringException {
        return composer.submitSm(Sample.SUBMIT_SEQ, "", (byte) 5, (byte) 0, Sample.SENDER, (byte) 1, (byte) 1,
                Sample.MSISDN, (byte) 0, (byte) 0, (byte) 0, "", "", (byte) 1, (byte) 0, (byte) 0, (byte) 0,
                Sample.TEXT_OCTETS, tlvs);
    }

    /**
     * Composes the receipt deliver_sm.
     *
     * @return the octets
     * @throws PDUStringException if jSMPP rejects a field
     */
    public static byte[] receipt() throws PDUStringException {
        return COMPOSER.deliverSm(Sample.RECEIPT_SEQ, "", (byte) 1, (byte) 1, Sample.MSISDN, (byte) 5, (byte) 0,
                Sample.SENDER, (byte) 0x04, (byte) 0, (byte) 0, (byte) 0, (byte) 0, Sample.RECEIPT_OCTETS,
                new OptionalParameter.COctetString((short) Sample.TAG_RECEIPTED_MESSAGE_ID, Sample.MESSAGE_ID),
                new OptionalParameter.Byte((short) Sample.TAG_MESSAGE_STATE, (byte) Sample.STATE_DELIVERED));
    }
}
