package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.codec.type.RegisteredDelivery;
import java.util.List;

/**
 * <code>query_msg_details_resp</code> (reference §4.21, v3.3 only).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param serviceType service_type
 * @param source source_addr with its TON and NPI
 * @param destAddresses dest_address
 * @param protocolId protocol_id
 * @param priorityFlag priority_flag
 * @param scheduleDeliveryTime schedule_delivery_time ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param validityPeriod validity_period ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param registeredDelivery registered_delivery
 * @param dataCoding data_coding
 * @param shortMessage short_message
 * @param messageId message_id
 * @param finalDate final_date ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param messageState message_state
 * @param errorCode error_code
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record QueryMsgDetailsResp(int sequenceNumber, CommandStatus status, String serviceType, Address source,
        List<DestAddress> destAddresses, int protocolId, int priorityFlag, String scheduleDeliveryTime,
        String validityPeriod, RegisteredDelivery registeredDelivery, DataCoding dataCoding, Bytes shortMessage,
        String messageId, String finalDate, int messageState, int errorCode, Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param serviceType service_type
     * @param source source_addr
     * @param destAddresses dest_address
     * @param protocolId protocol_id
     * @param priorityFlag priority_flag
     * @param scheduleDeliveryTime schedule_delivery_time
     * @param validityPeriod validity_period
     * @param registeredDelivery registered_delivery
     * @param dataCoding data_coding
     * @param shortMessage short_message
     * @param messageId message_id
     * @param finalDate final_date
     * @param messageState message_state
     * @param errorCode error_code
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QueryMsgDetailsResp {
        Check.notNull(status, "command_status");
        Check.cString(serviceType, 6, "service_type");
        Check.address(source, 21, "source_addr");
        destAddresses = List.copyOf(Check.notNull(destAddresses, "dest_address"));
        if (destAddresses.size() > 255) {
            throw new IllegalArgumentException("number_of_dests: " + destAddresses.size() + " > 255");
        }
        Check.octet(protocolId, "protocol_id");
        Check.octet(priorityFlag, "priority_flag");
        Check.time(scheduleDeliveryTime, "schedule_delivery_time");
        Check.time(validityPeriod, "validity_period");
        Check.notNull(registeredDelivery, "registered_delivery");
        Check.notNull(dataCoding, "data_coding");
        if (Check.notNull(shortMessage, "short_message").size() > 255) {
            throw new IllegalArgumentException("short_message: " + shortMessage.size() + " > 255");
        }
        Check.cString(messageId, 9, "message_id");
        Check.time(finalDate, "final_date");
        Check.octet(messageState, "message_state");
        Check.octet(errorCode, "error_code");
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static QueryMsgDetailsResp of(int sequenceNumber, CommandStatus status) {
        return new QueryMsgDetailsResp(sequenceNumber, status, "", Address.EMPTY, List.of(), 0, 0, "", "",
                RegisteredDelivery.NONE, DataCoding.DEFAULT, Bytes.EMPTY, "", "", 0, 0, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_MSG_DETAILS_RESP;
    }

    @Override
    public QueryMsgDetailsResp withSequenceNumber(int sequenceNumber) {
        return new QueryMsgDetailsResp(sequenceNumber, status, serviceType, source, destAddresses, protocolId,
                priorityFlag, scheduleDeliveryTime, validityPeriod, registeredDelivery, dataCoding, shortMessage,
                messageId, finalDate, messageState, errorCode, tlvs);
    }
}
