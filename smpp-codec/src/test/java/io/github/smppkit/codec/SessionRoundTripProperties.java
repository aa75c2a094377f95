package io.github.smppkit.codec;

import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.contract.PduContract;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.BindReceiverResp;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.AlertNotification;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * decode(encode(p)) equals p, and encode(decode(b)) equals the canonical b, for the session PDUs (bind, outbind, unbind, enquire_link, generic_nack) and alert_notification;
 * 1000 generated values per type (issue 3). See {@link PduContract#roundTrip}.
 */
class SessionRoundTripProperties {

    @Property(tries = 1000)
    void bindTransmitterRoundTrips(@ForAll("bindTransmitter") BindTransmitter p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BindTransmitter> bindTransmitter() {
        return PduArbitraries.bindTransmitter();
    }

    @Property(tries = 1000)
    void bindReceiverRoundTrips(@ForAll("bindReceiver") BindReceiver p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BindReceiver> bindReceiver() {
        return PduArbitraries.bindReceiver();
    }

    @Property(tries = 1000)
    void bindTransceiverRoundTrips(@ForAll("bindTransceiver") BindTransceiver p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BindTransceiver> bindTransceiver() {
        return PduArbitraries.bindTransceiver();
    }

    @Property(tries = 1000)
    void bindTransmitterRespRoundTrips(@ForAll("bindTransmitterResp") BindTransmitterResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BindTransmitterResp> bindTransmitterResp() {
        return PduArbitraries.bindTransmitterResp();
    }

    @Property(tries = 1000)
    void bindReceiverRespRoundTrips(@ForAll("bindReceiverResp") BindReceiverResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BindReceiverResp> bindReceiverResp() {
        return PduArbitraries.bindReceiverResp();
    }

    @Property(tries = 1000)
    void bindTransceiverRespRoundTrips(@ForAll("bindTransceiverResp") BindTransceiverResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BindTransceiverResp> bindTransceiverResp() {
        return PduArbitraries.bindTransceiverResp();
    }

    @Property(tries = 1000)
    void outbindRoundTrips(@ForAll("outbind") Outbind p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<Outbind> outbind() {
        return PduArbitraries.outbind();
    }

    @Property(tries = 1000)
    void unbindRoundTrips(@ForAll("unbind") Unbind p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<Unbind> unbind() {
        return PduArbitraries.unbind();
    }

    @Property(tries = 1000)
    void unbindRespRoundTrips(@ForAll("unbindResp") UnbindResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<UnbindResp> unbindResp() {
        return PduArbitraries.unbindResp();
    }

    @Property(tries = 1000)
    void enquireLinkRoundTrips(@ForAll("enquireLink") EnquireLink p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<EnquireLink> enquireLink() {
        return PduArbitraries.enquireLink();
    }

    @Property(tries = 1000)
    void enquireLinkRespRoundTrips(@ForAll("enquireLinkResp") EnquireLinkResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<EnquireLinkResp> enquireLinkResp() {
        return PduArbitraries.enquireLinkResp();
    }

    @Property(tries = 1000)
    void genericNackRoundTrips(@ForAll("genericNack") GenericNack p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<GenericNack> genericNack() {
        return PduArbitraries.genericNack();
    }

    @Property(tries = 1000)
    void alertNotificationRoundTrips(@ForAll("alertNotification") AlertNotification p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<AlertNotification> alertNotification() {
        return PduArbitraries.alertNotification();
    }
}
