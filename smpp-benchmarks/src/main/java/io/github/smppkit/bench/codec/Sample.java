package io.github.smppkit.bench.codec;

import java.nio.charset.StandardCharsets;

/**
 * The field values of the PDUs every library encodes and decodes, so that all of them work on the same octets.
 *
 * <p>Thread-safety: constants only.
 *
 * @since 0.1.0
 */
public final class Sample {

    /** sequence_number of the submit_sm samples. */
    public static final int SUBMIT_SEQ = 0x00012345;
    /** sequence_number of the receipt sample. */
    public static final int RECEIPT_SEQ = 0x00054321;
    /** sequence_number of enquire_link. */
    public static final int ENQUIRE_SEQ = 77;

    /** Alphanumeric sender: TON 5, NPI 0. */
    public static final String SENDER = "SMPPKIT";
    /** International MSISDN: TON 1, NPI 1. */
    public static final String MSISDN = "447700900123";
    /** A one-time-password text, GSM default alphabet sent unpacked (data_coding 0). */
    public static final String TEXT = "Your verification code is 492031. It expires in 10 minutes. Do not share it.";
    /** short_message of the submit_sm samples. */
    public static final byte[] TEXT_OCTETS = TEXT.getBytes(StandardCharsets.US_ASCII);

    /** The SMSC message id of the receipt. */
    public static final String MESSAGE_ID = "5F2C0A19B7E3";
    /** Receipt text in the v3.4 Appendix B layout. */
    public static final String RECEIPT_TEXT = "id:" + MESSAGE_ID + " sub:001 dlvrd:001 submit date:2611232130"
            + " done date:2611232131 stat:DELIVRD err:000 text:Your verification co";
    /** short_message of the receipt deliver_sm. */
    public static final byte[] RECEIPT_OCTETS = RECEIPT_TEXT.getBytes(StandardCharsets.US_ASCII);
    /** message_state DELIVERED. */
    public static final int STATE_DELIVERED = 2;

    /** sar_msg_ref_num of the three-TLV submit_sm. */
    public static final int SAR_REF = 0x1234;
    /** sar_total_segments of the three-TLV submit_sm. */
    public static final int SAR_TOTAL = 3;
    /** sar_segment_seqnum of the three-TLV submit_sm. */
    public static final int SAR_SEQ = 1;

    /** TLV tags used above. */
    public static final int TAG_RECEIPTED_MESSAGE_ID = 0x001E;
    /** message_state tag. */
    public static final int TAG_MESSAGE_STATE = 0x0427;
    /** sar_msg_ref_num tag. */
    public static final int TAG_SAR_MSG_REF_NUM = 0x020C;
    /** sar_total_segments tag. */
    public static final int TAG_SAR_TOTAL_SEGMENTS = 0x020E;
    /** sar_segment_seqnum tag. */
    public static final int TAG_SAR_SEGMENT_SEQNUM = 0x020F;

    private Sample() {
    }
}
