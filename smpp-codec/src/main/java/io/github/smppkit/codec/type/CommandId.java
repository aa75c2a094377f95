package io.github.smppkit.codec.type;

/**
 * The SMPP {@code command_id} of every command of v3.3, v3.4 and v5.0 (reference §3).
 *
 * <p>Requests have bit 31 clear, responses have it set; {@code response_id = request_id | 0x80000000}.
 * {@link #fromId(int)} is an array lookup and answers {@code null} for ids this enum does not know, so a
 * decoder can reply {@code generic_nack}/{@code ESME_RINVCMDID} (reference §2.4).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum CommandId {
    /** generic_nack (0x80000000): response only, no request counterpart. */
    GENERIC_NACK(0x80000000, "generic_nack"),
    /** bind_receiver (0x00000001). */
    BIND_RECEIVER(0x00000001, "bind_receiver"),
    /** bind_receiver_resp (0x80000001). */
    BIND_RECEIVER_RESP(0x80000001, "bind_receiver_resp"),
    /** bind_transmitter (0x00000002). */
    BIND_TRANSMITTER(0x00000002, "bind_transmitter"),
    /** bind_transmitter_resp (0x80000002). */
    BIND_TRANSMITTER_RESP(0x80000002, "bind_transmitter_resp"),
    /** query_sm (0x00000003). */
    QUERY_SM(0x00000003, "query_sm"),
    /** query_sm_resp (0x80000003). */
    QUERY_SM_RESP(0x80000003, "query_sm_resp"),
    /** submit_sm (0x00000004). */
    SUBMIT_SM(0x00000004, "submit_sm"),
    /** submit_sm_resp (0x80000004). */
    SUBMIT_SM_RESP(0x80000004, "submit_sm_resp"),
    /** deliver_sm (0x00000005). */
    DELIVER_SM(0x00000005, "deliver_sm"),
    /** deliver_sm_resp (0x80000005). */
    DELIVER_SM_RESP(0x80000005, "deliver_sm_resp"),
    /** unbind (0x00000006). */
    UNBIND(0x00000006, "unbind"),
    /** unbind_resp (0x80000006). */
    UNBIND_RESP(0x80000006, "unbind_resp"),
    /** replace_sm (0x00000007). */
    REPLACE_SM(0x00000007, "replace_sm"),
    /** replace_sm_resp (0x80000007). */
    REPLACE_SM_RESP(0x80000007, "replace_sm_resp"),
    /** cancel_sm (0x00000008). */
    CANCEL_SM(0x00000008, "cancel_sm"),
    /** cancel_sm_resp (0x80000008). */
    CANCEL_SM_RESP(0x80000008, "cancel_sm_resp"),
    /** bind_transceiver (0x00000009, v3.4+). */
    BIND_TRANSCEIVER(0x00000009, "bind_transceiver"),
    /** bind_transceiver_resp (0x80000009). */
    BIND_TRANSCEIVER_RESP(0x80000009, "bind_transceiver_resp"),
    /** outbind (0x0000000B, v3.4+): no response PDU. */
    OUTBIND(0x0000000B, "outbind"),
    /** enquire_link (0x00000015). */
    ENQUIRE_LINK(0x00000015, "enquire_link"),
    /** enquire_link_resp (0x80000015). */
    ENQUIRE_LINK_RESP(0x80000015, "enquire_link_resp"),
    /** submit_multi (0x00000021). */
    SUBMIT_MULTI(0x00000021, "submit_multi"),
    /** submit_multi_resp (0x80000021). */
    SUBMIT_MULTI_RESP(0x80000021, "submit_multi_resp"),
    /** param_retrieve (0x00000022, v3.3 only). */
    PARAM_RETRIEVE(0x00000022, "param_retrieve"),
    /** param_retrieve_resp (0x80000022, v3.3 only). */
    PARAM_RETRIEVE_RESP(0x80000022, "param_retrieve_resp"),
    /** query_last_msgs (0x00000023, v3.3 only). */
    QUERY_LAST_MSGS(0x00000023, "query_last_msgs"),
    /** query_last_msgs_resp (0x80000023, v3.3 only). */
    QUERY_LAST_MSGS_RESP(0x80000023, "query_last_msgs_resp"),
    /** query_msg_details (0x00000024, v3.3 only). */
    QUERY_MSG_DETAILS(0x00000024, "query_msg_details"),
    /** query_msg_details_resp (0x80000024, v3.3 only). */
    QUERY_MSG_DETAILS_RESP(0x80000024, "query_msg_details_resp"),
    /** alert_notification (0x00000102, v3.4+): no response PDU. */
    ALERT_NOTIFICATION(0x00000102, "alert_notification"),
    /** data_sm (0x00000103, v3.4+). */
    DATA_SM(0x00000103, "data_sm"),
    /** data_sm_resp (0x80000103). */
    DATA_SM_RESP(0x80000103, "data_sm_resp"),
    /** broadcast_sm (0x00000111, v5.0). */
    BROADCAST_SM(0x00000111, "broadcast_sm"),
    /** broadcast_sm_resp (0x80000111, v5.0). */
    BROADCAST_SM_RESP(0x80000111, "broadcast_sm_resp"),
    /** query_broadcast_sm (0x00000112, v5.0). */
    QUERY_BROADCAST_SM(0x00000112, "query_broadcast_sm"),
    /** query_broadcast_sm_resp (0x80000112, v5.0). */
    QUERY_BROADCAST_SM_RESP(0x80000112, "query_broadcast_sm_resp"),
    /** cancel_broadcast_sm (0x00000113, v5.0). */
    CANCEL_BROADCAST_SM(0x00000113, "cancel_broadcast_sm"),
    /** cancel_broadcast_sm_resp (0x80000113, v5.0). */
    CANCEL_BROADCAST_SM_RESP(0x80000113, "cancel_broadcast_sm_resp");

    private static final int TABLE_SIZE = 0x114;
    private static final CommandId[] REQUESTS = new CommandId[TABLE_SIZE];
    private static final CommandId[] RESPONSES = new CommandId[TABLE_SIZE];

    static {
        // values() is fine here: it runs once, at class initialisation, never on a hot path.
        for (CommandId c : values()) {
            CommandId[] table = c.isResponse() ? RESPONSES : REQUESTS;
            int index = c.id & 0x7FFFFFFF;
            if (table[index] != null) {
                throw new ExceptionInInitializerError("duplicate command_id " + c.id);
            }
            table[index] = c;
        }
        for (CommandId c : values()) {
            if (!c.isResponse() && c != OUTBIND && c != ALERT_NOTIFICATION) {
                c.response = RESPONSES[c.id];
            }
        }
    }

    private final int id;
    private final String specName;
    private CommandId response;

    CommandId(int id, String specName) {
        this.id = id;
        this.specName = specName;
    }

    /**
     * Returns the wire value; responses are negative as a Java {@code int}.
     *
     * @return the command_id
     */
    public int id() {
        return id;
    }

    /**
     * Returns the spec name in lower snake case, e.g. {@code "submit_sm_resp"}.
     *
     * @return the spec name
     */
    public String specName() {
        return specName;
    }

    /**
     * Tells whether bit 31 is set.
     *
     * @return {@code true} for responses and {@code generic_nack}
     */
    public boolean isResponse() {
        return id < 0;
    }

    /**
     * Returns the matching response command.
     *
     * @return the response, or {@code null} for responses, {@code outbind} and {@code alert_notification}
     */
    public CommandId response() {
        return response;
    }

    /**
     * Looks a wire value up without scanning.
     *
     * @param id the command_id as read from the wire
     * @return the command, or {@code null} if unknown
     */
    public static CommandId fromId(int id) {
        int index = id & 0x7FFFFFFF;
        if (index >= TABLE_SIZE) {
            return null;
        }
        return id < 0 ? RESPONSES[index] : REQUESTS[index];
    }
}
