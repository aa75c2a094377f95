package io.github.smppkit.codec;

import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetails;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.ReplaceSmResp;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.pdu.UnsuccessSme;
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
import java.util.List;

/** One populated instance of every PDU record, with non-default values in every field. */
final class SamplePdus {

    static final Address SRC = Address.of(1, 1, "447700900123");
    static final Address DST = Address.of(1, 1, "447700900456");
    static final CommandStatus OK = CommandStatus.ESME_ROK;
    static final Tlvs TLVS = Tlvs.builder()
            .add(StandardTlvs.USER_MESSAGE_REFERENCE, 0x1234)
            .add(new Tlv(0x1401, Bytes.of((byte) 1, (byte) 2, (byte) 3)))
            .add(StandardTlvs.USER_MESSAGE_REFERENCE, 7)
            .build();

    private SamplePdus() {
    }

    static SubmitSm submitSm() {
        return SubmitSm.builder().sequenceNumber(7).serviceType("CMT").source(SRC).destination(DST)
                .esmClass(EsmClass.UDHI).protocolId(1).priorityFlag(2).scheduleDeliveryTime("261123120000000+")
                .validityPeriod("000000001000000R").registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
                .replaceIfPresentFlag(1).dataCoding(DataCoding.UCS2).smDefaultMsgId(3)
                .shortMessage(Bytes.fromHex("050003a70201006800690000")).tlvs(TLVS).build();
    }

    static DeliverSm deliverSm() {
        return DeliverSm.builder().sequenceNumber(8).source(DST).destination(SRC)
                .esmClass(EsmClass.DELIVERY_RECEIPT).registeredDelivery(RegisteredDelivery.NONE)
                .shortMessage(Bytes.fromHex("69643a31323320737562"))
                .tlvs(Tlvs.builder().add(StandardTlvs.RECEIPTED_MESSAGE_ID, "123")
                        .add(StandardTlvs.MESSAGE_STATE, 2).build())
                .build();
    }

    static List<Pdu> all() {
        String time = "261123120000000+";
        return List.of(
                new BindTransmitter(1, "sys", "pw", "VMA", InterfaceVersion.V34, Address.of(1, 1, "^44"),
                        Tlvs.empty()),
                new BindReceiver(2, "sysid789012345", "12345678", "", InterfaceVersion.V33, Address.EMPTY,
                        Tlvs.empty()),
                new BindTransceiver(3, "s", "", "t", InterfaceVersion.V50, Address.of(2, 8, "1"), Tlvs.empty()),
                new BindTransmitterResp(1, OK, "smsc", Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34)),
                new BindReceiverResp(2, OK, "", Tlvs.empty()),
                new BindTransceiverResp(3, OK, "smsc-id", Tlvs.empty()),
                new Outbind(4, "smsc", "secret", Tlvs.empty()),
                new Unbind(5), new UnbindResp(5, OK, Tlvs.empty()),
                new EnquireLink(6), new EnquireLinkResp(6, OK, Tlvs.empty()),
                GenericNack.of(9, CommandStatus.ESME_RINVCMDID),
                submitSm(), SubmitSmResp.ok(7, "0A000000A3D323A1"),
                deliverSm(), DeliverSmResp.ok(8, ""),
                DataSm.builder().sequenceNumber(10).serviceType("WAP").source(SRC).destination(DST)
                        .esmClass(EsmClass.DEFAULT).registeredDelivery(RegisteredDelivery.ON_FAILURE)
                        .dataCoding(DataCoding.BINARY)
                        .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.fromHex("00010203"))).build(),
                DataSmResp.ok(10, "abc"),
                SubmitMulti.builder().sequenceNumber(11).source(SRC)
                        .destAddresses(List.of(new SmeAddress(DST), new DistributionList("friends")))
                        .validityPeriod(time).shortMessage(Bytes.fromHex("746f")).build(),
                new SubmitMultiResp(11, OK, "m1",
                        List.of(new UnsuccessSme(DST, CommandStatus.ESME_RINVDSTADR),
                                new UnsuccessSme(SRC, CommandStatus.of(0x400))), Tlvs.empty()),
                new QuerySm(12, "m1", SRC, Tlvs.empty()),
                new QuerySmResp(12, OK, "m1", time, 2, 0, Tlvs.empty()),
                new CancelSm(13, "CMT", "m1", SRC, DST, Tlvs.empty()),
                new CancelSmResp(13, OK, Tlvs.empty()),
                ReplaceSm.builder().sequenceNumber(14).messageId("m1").source(SRC).scheduleDeliveryTime(time)
                        .registeredDelivery(RegisteredDelivery.ON_SUCCESS).smDefaultMsgId(2)
                        .shortMessage(Bytes.fromHex("41")).build(),
                new ReplaceSmResp(14, OK, Tlvs.empty()),
                new AlertNotification(15, SRC, Address.of(1, 1, "12345678901234567890"),
                        Tlvs.empty().with(StandardTlvs.MS_AVAILABILITY_STATUS, 1)),
                BroadcastSm.builder().sequenceNumber(16).source(SRC).priorityFlag(1).dataCoding(DataCoding.LATIN1)
                        .tlvs(Tlvs.builder().add(StandardTlvs.BROADCAST_AREA_IDENTIFIER, Bytes.fromHex("004142"))
                                .add(StandardTlvs.BROADCAST_REP_NUM, 2).build()).build(),
                BroadcastSmResp.ok(16, "b1"),
                new QueryBroadcastSm(17, "b1", SRC, Tlvs.empty()),
                new QueryBroadcastSmResp(17, OK, "b1", Tlvs.empty().with(StandardTlvs.MESSAGE_STATE, 1)),
                new CancelBroadcastSm(18, "", "b1", SRC, Tlvs.empty()),
                new CancelBroadcastSmResp(18, OK, Tlvs.empty()),
                new ParamRetrieve(19, "max_msgs", Tlvs.empty()),
                new ParamRetrieveResp(19, OK, "100", Tlvs.empty()),
                new QueryLastMsgs(20, SRC, 5, Tlvs.empty()),
                new QueryLastMsgsResp(20, OK, List.of("1", "12345678"), Tlvs.empty()),
                new QueryMsgDetails(21, "1a", SRC, 100, Tlvs.empty()),
                new QueryMsgDetailsResp(21, OK, "CMT", SRC, List.of(new SmeAddress(DST)), 0, 1, "", time,
                        RegisteredDelivery.ON_SUCCESS_OR_FAILURE, DataCoding.IA5, Bytes.fromHex("4849"), "1a", time,
                        2, 0, Tlvs.empty()));
    }
}
