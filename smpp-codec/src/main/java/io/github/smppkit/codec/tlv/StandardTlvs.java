package io.github.smppkit.codec.tlv;

import io.github.smppkit.codec.type.Bytes;

/**
 * A key for every standard TLV tag of reference §5.2 (v3.4 and v5.0), named in upper snake case of the spec
 * name. Length rules follow the reference; where sources disagree (marked [!] there) the rule admits every
 * size seen on the wire, e.g. {@code source_telematics_id} and {@code broadcast_rep_num} 1 or 2 octets,
 * {@code alert_on_message_delivery} 0 or 1, {@code source_network_id} 1..66. {@code ms_validity} is 1 or 4
 * octets (kept raw: its v5.0 4-octet form is a code, a unit and a count).
 *
 * <p>Thread-safety: constants only.
 *
 * @since 0.1.0
 */
public final class StandardTlvs {

    private static final TlvKey<?>[] BY_TAG = new TlvKey<?>[0x10000];

    /** 0x0005 dest_addr_subunit: int, 1..1 octets. */
    public static final TlvKey<Integer> DEST_ADDR_SUBUNIT =
            key(0x0005, "dest_addr_subunit", TlvType.INT, 1, 1);
    /** 0x0006 dest_network_type: int, 1..1 octets. */
    public static final TlvKey<Integer> DEST_NETWORK_TYPE =
            key(0x0006, "dest_network_type", TlvType.INT, 1, 1);
    /** 0x0007 dest_bearer_type: int, 1..1 octets. */
    public static final TlvKey<Integer> DEST_BEARER_TYPE =
            key(0x0007, "dest_bearer_type", TlvType.INT, 1, 1);
    /** 0x0008 dest_telematics_id: int, 2..2 octets. */
    public static final TlvKey<Integer> DEST_TELEMATICS_ID =
            key(0x0008, "dest_telematics_id", TlvType.INT, 2, 2);
    /** 0x000D source_addr_subunit: int, 1..1 octets. */
    public static final TlvKey<Integer> SOURCE_ADDR_SUBUNIT =
            key(0x000D, "source_addr_subunit", TlvType.INT, 1, 1);
    /** 0x000E source_network_type: int, 1..1 octets. */
    public static final TlvKey<Integer> SOURCE_NETWORK_TYPE =
            key(0x000E, "source_network_type", TlvType.INT, 1, 1);
    /** 0x000F source_bearer_type: int, 1..1 octets. */
    public static final TlvKey<Integer> SOURCE_BEARER_TYPE =
            key(0x000F, "source_bearer_type", TlvType.INT, 1, 1);
    /** 0x0010 source_telematics_id: int, 1..2 octets. */
    public static final TlvKey<Integer> SOURCE_TELEMATICS_ID =
            key(0x0010, "source_telematics_id", TlvType.INT, 1, 2);
    /** 0x0017 qos_time_to_live: int, 4..4 octets. */
    public static final TlvKey<Integer> QOS_TIME_TO_LIVE =
            key(0x0017, "qos_time_to_live", TlvType.INT, 4, 4);
    /** 0x0019 payload_type: int, 1..1 octets. */
    public static final TlvKey<Integer> PAYLOAD_TYPE =
            key(0x0019, "payload_type", TlvType.INT, 1, 1);
    /** 0x001D additional_status_info_text: c string, 1..256 octets. */
    public static final TlvKey<String> ADDITIONAL_STATUS_INFO_TEXT =
            key(0x001D, "additional_status_info_text", TlvType.C_STRING, 1, 256);
    /** 0x001E receipted_message_id: c string, 1..65 octets. */
    public static final TlvKey<String> RECEIPTED_MESSAGE_ID =
            key(0x001E, "receipted_message_id", TlvType.C_STRING, 1, 65);
    /** 0x0030 ms_msg_wait_facilities: int, 1..1 octets. */
    public static final TlvKey<Integer> MS_MSG_WAIT_FACILITIES =
            key(0x0030, "ms_msg_wait_facilities", TlvType.INT, 1, 1);
    /** 0x0201 privacy_indicator: int, 1..1 octets. */
    public static final TlvKey<Integer> PRIVACY_INDICATOR =
            key(0x0201, "privacy_indicator", TlvType.INT, 1, 1);
    /** 0x0202 source_subaddress: octets, 2..23 octets. */
    public static final TlvKey<Bytes> SOURCE_SUBADDRESS =
            key(0x0202, "source_subaddress", TlvType.OCTETS, 2, 23);
    /** 0x0203 dest_subaddress: octets, 2..23 octets. */
    public static final TlvKey<Bytes> DEST_SUBADDRESS =
            key(0x0203, "dest_subaddress", TlvType.OCTETS, 2, 23);
    /** 0x0204 user_message_reference: int, 2..2 octets. */
    public static final TlvKey<Integer> USER_MESSAGE_REFERENCE =
            key(0x0204, "user_message_reference", TlvType.INT, 2, 2);
    /** 0x0205 user_response_code: int, 1..1 octets. */
    public static final TlvKey<Integer> USER_RESPONSE_CODE =
            key(0x0205, "user_response_code", TlvType.INT, 1, 1);
    /** 0x020A source_port: int, 2..2 octets. */
    public static final TlvKey<Integer> SOURCE_PORT =
            key(0x020A, "source_port", TlvType.INT, 2, 2);
    /** 0x020B destination_port: int, 2..2 octets. */
    public static final TlvKey<Integer> DESTINATION_PORT =
            key(0x020B, "destination_port", TlvType.INT, 2, 2);
    /** 0x020C sar_msg_ref_num: int, 2..2 octets. */
    public static final TlvKey<Integer> SAR_MSG_REF_NUM =
            key(0x020C, "sar_msg_ref_num", TlvType.INT, 2, 2);
    /** 0x020D language_indicator: int, 1..1 octets. */
    public static final TlvKey<Integer> LANGUAGE_INDICATOR =
            key(0x020D, "language_indicator", TlvType.INT, 1, 1);
    /** 0x020E sar_total_segments: int, 1..1 octets. */
    public static final TlvKey<Integer> SAR_TOTAL_SEGMENTS =
            key(0x020E, "sar_total_segments", TlvType.INT, 1, 1);
    /** 0x020F sar_segment_seqnum: int, 1..1 octets. */
    public static final TlvKey<Integer> SAR_SEGMENT_SEQNUM =
            key(0x020F, "sar_segment_seqnum", TlvType.INT, 1, 1);
    /** 0x0210 sc_interface_version: int, 1..1 octets. */
    public static final TlvKey<Integer> SC_INTERFACE_VERSION =
            key(0x0210, "sc_interface_version", TlvType.INT, 1, 1);
    /** 0x0302 callback_num_pres_ind: int, 1..1 octets. */
    public static final TlvKey<Integer> CALLBACK_NUM_PRES_IND =
            key(0x0302, "callback_num_pres_ind", TlvType.INT, 1, 1);
    /** 0x0303 callback_num_atag: octets, 0..65 octets. */
    public static final TlvKey<Bytes> CALLBACK_NUM_ATAG =
            key(0x0303, "callback_num_atag", TlvType.OCTETS, 0, 65);
    /** 0x0304 number_of_messages: int, 1..1 octets. */
    public static final TlvKey<Integer> NUMBER_OF_MESSAGES =
            key(0x0304, "number_of_messages", TlvType.INT, 1, 1);
    /** 0x0381 callback_num: octets, 4..19 octets. */
    public static final TlvKey<Bytes> CALLBACK_NUM =
            key(0x0381, "callback_num", TlvType.OCTETS, 4, 19);
    /** 0x0420 dpf_result: int, 1..1 octets. */
    public static final TlvKey<Integer> DPF_RESULT =
            key(0x0420, "dpf_result", TlvType.INT, 1, 1);
    /** 0x0421 set_dpf: int, 1..1 octets. */
    public static final TlvKey<Integer> SET_DPF =
            key(0x0421, "set_dpf", TlvType.INT, 1, 1);
    /** 0x0422 ms_availability_status: int, 1..1 octets. */
    public static final TlvKey<Integer> MS_AVAILABILITY_STATUS =
            key(0x0422, "ms_availability_status", TlvType.INT, 1, 1);
    /** 0x0423 network_error_code: octets, 3..3 octets. */
    public static final TlvKey<Bytes> NETWORK_ERROR_CODE =
            key(0x0423, "network_error_code", TlvType.OCTETS, 3, 3);
    /** 0x0424 message_payload: octets, 0..65535 octets. */
    public static final TlvKey<Bytes> MESSAGE_PAYLOAD =
            key(0x0424, "message_payload", TlvType.OCTETS, 0, 65535);
    /** 0x0425 delivery_failure_reason: int, 1..1 octets. */
    public static final TlvKey<Integer> DELIVERY_FAILURE_REASON =
            key(0x0425, "delivery_failure_reason", TlvType.INT, 1, 1);
    /** 0x0426 more_messages_to_send: int, 1..1 octets. */
    public static final TlvKey<Integer> MORE_MESSAGES_TO_SEND =
            key(0x0426, "more_messages_to_send", TlvType.INT, 1, 1);
    /** 0x0427 message_state: int, 1..1 octets. */
    public static final TlvKey<Integer> MESSAGE_STATE =
            key(0x0427, "message_state", TlvType.INT, 1, 1);
    /** 0x0428 congestion_state: int, 1..1 octets. */
    public static final TlvKey<Integer> CONGESTION_STATE =
            key(0x0428, "congestion_state", TlvType.INT, 1, 1);
    /** 0x0501 ussd_service_op: int, 1..1 octets. */
    public static final TlvKey<Integer> USSD_SERVICE_OP =
            key(0x0501, "ussd_service_op", TlvType.INT, 1, 1);
    /** 0x0600 broadcast_channel_indicator: int, 1..1 octets. */
    public static final TlvKey<Integer> BROADCAST_CHANNEL_INDICATOR =
            key(0x0600, "broadcast_channel_indicator", TlvType.INT, 1, 1);
    /** 0x0601 broadcast_content_type: octets, 3..3 octets. */
    public static final TlvKey<Bytes> BROADCAST_CONTENT_TYPE =
            key(0x0601, "broadcast_content_type", TlvType.OCTETS, 3, 3);
    /** 0x0602 broadcast_content_type_info: octets, 0..255 octets. */
    public static final TlvKey<Bytes> BROADCAST_CONTENT_TYPE_INFO =
            key(0x0602, "broadcast_content_type_info", TlvType.OCTETS, 0, 255);
    /** 0x0603 broadcast_message_class: int, 1..1 octets. */
    public static final TlvKey<Integer> BROADCAST_MESSAGE_CLASS =
            key(0x0603, "broadcast_message_class", TlvType.INT, 1, 1);
    /** 0x0604 broadcast_rep_num: int, 1..2 octets. */
    public static final TlvKey<Integer> BROADCAST_REP_NUM =
            key(0x0604, "broadcast_rep_num", TlvType.INT, 1, 2);
    /** 0x0605 broadcast_frequency_interval: octets, 3..3 octets. */
    public static final TlvKey<Bytes> BROADCAST_FREQUENCY_INTERVAL =
            key(0x0605, "broadcast_frequency_interval", TlvType.OCTETS, 3, 3);
    /** 0x0606 broadcast_area_identifier: octets, 1..65535 octets. */
    public static final TlvKey<Bytes> BROADCAST_AREA_IDENTIFIER =
            key(0x0606, "broadcast_area_identifier", TlvType.OCTETS, 1, 65535);
    /** 0x0607 broadcast_error_status: int, 4..4 octets. */
    public static final TlvKey<Integer> BROADCAST_ERROR_STATUS =
            key(0x0607, "broadcast_error_status", TlvType.INT, 4, 4);
    /** 0x0608 broadcast_area_success: int, 1..1 octets. */
    public static final TlvKey<Integer> BROADCAST_AREA_SUCCESS =
            key(0x0608, "broadcast_area_success", TlvType.INT, 1, 1);
    /** 0x0609 broadcast_end_time: c string, 0..17 octets. */
    public static final TlvKey<String> BROADCAST_END_TIME =
            key(0x0609, "broadcast_end_time", TlvType.C_STRING, 0, 17);
    /** 0x060A broadcast_service_group: octets, 1..255 octets. */
    public static final TlvKey<Bytes> BROADCAST_SERVICE_GROUP =
            key(0x060A, "broadcast_service_group", TlvType.OCTETS, 1, 255);
    /** 0x060B billing_identification: octets, 0..1024 octets. */
    public static final TlvKey<Bytes> BILLING_IDENTIFICATION =
            key(0x060B, "billing_identification", TlvType.OCTETS, 0, 1024);
    /** 0x060D source_network_id: c string, 1..66 octets. */
    public static final TlvKey<String> SOURCE_NETWORK_ID =
            key(0x060D, "source_network_id", TlvType.C_STRING, 1, 66);
    /** 0x060E dest_network_id: c string, 1..66 octets. */
    public static final TlvKey<String> DEST_NETWORK_ID =
            key(0x060E, "dest_network_id", TlvType.C_STRING, 1, 66);
    /** 0x060F source_node_id: octets, 6..6 octets. */
    public static final TlvKey<Bytes> SOURCE_NODE_ID =
            key(0x060F, "source_node_id", TlvType.OCTETS, 6, 6);
    /** 0x0610 dest_node_id: octets, 6..6 octets. */
    public static final TlvKey<Bytes> DEST_NODE_ID =
            key(0x0610, "dest_node_id", TlvType.OCTETS, 6, 6);
    /** 0x0611 dest_addr_np_resolution: int, 1..1 octets. */
    public static final TlvKey<Integer> DEST_ADDR_NP_RESOLUTION =
            key(0x0611, "dest_addr_np_resolution", TlvType.INT, 1, 1);
    /** 0x0612 dest_addr_np_information: octets, 0..10 octets. */
    public static final TlvKey<Bytes> DEST_ADDR_NP_INFORMATION =
            key(0x0612, "dest_addr_np_information", TlvType.OCTETS, 0, 10);
    /** 0x0613 dest_addr_np_country: octets, 1..5 octets. */
    public static final TlvKey<Bytes> DEST_ADDR_NP_COUNTRY =
            key(0x0613, "dest_addr_np_country", TlvType.OCTETS, 1, 5);
    /** 0x1201 display_time: int, 1..1 octets. */
    public static final TlvKey<Integer> DISPLAY_TIME =
            key(0x1201, "display_time", TlvType.INT, 1, 1);
    /** 0x1203 sms_signal: int, 2..2 octets. */
    public static final TlvKey<Integer> SMS_SIGNAL =
            key(0x1203, "sms_signal", TlvType.INT, 2, 2);
    /** 0x1204 ms_validity: octets, 1 or 4 octets. */
    public static final TlvKey<Bytes> MS_VALIDITY =
            key(new TlvKey<>(0x1204, "ms_validity", TlvType.OCTETS, 1, 4, true));
    /** 0x130C alert_on_message_delivery: int, 0..1 octets. */
    public static final TlvKey<Integer> ALERT_ON_MESSAGE_DELIVERY =
            key(0x130C, "alert_on_message_delivery", TlvType.INT, 0, 1);
    /** 0x1380 its_reply_type: int, 1..1 octets. */
    public static final TlvKey<Integer> ITS_REPLY_TYPE =
            key(0x1380, "its_reply_type", TlvType.INT, 1, 1);
    /** 0x1383 its_session_info: octets, 2..2 octets. */
    public static final TlvKey<Bytes> ITS_SESSION_INFO =
            key(0x1383, "its_session_info", TlvType.OCTETS, 2, 2);

    private StandardTlvs() {
    }

    private static <T> TlvKey<T> key(int tag, String name, TlvType<T> type, int min, int max) {
        return key(new TlvKey<>(tag, name, type, min, max));
    }

    private static <T> TlvKey<T> key(TlvKey<T> key) {
        if (BY_TAG[key.tag()] != null) {
            throw new ExceptionInInitializerError("duplicate TLV tag " + key.tag());
        }
        BY_TAG[key.tag()] = key;
        return key;
    }

    /**
     * Looks a tag up.
     *
     * @param tag the tag
     * @return the standard key, or {@code null} for vendor, reserved and out-of-range tags
     */
    public static TlvKey<?> byTag(int tag) {
        return tag >= 0 && tag < BY_TAG.length ? BY_TAG[tag] : null;
    }
}
