package io.github.smppkit.codec;

import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.contract.PduContract;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.CancelSmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.ReplaceSmResp;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * decode(encode(p)) equals p, and encode(decode(b)) equals the canonical b, for the message PDUs (submit_sm, deliver_sm, data_sm, submit_multi, query_sm, cancel_sm, replace_sm and responses);
 * 1000 generated values per type (issue 3). See {@link PduContract#roundTrip}.
 */
class MessageRoundTripProperties {

    @Property(tries = 1000)
    void submitSmRoundTrips(@ForAll("submitSm") SubmitSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<SubmitSm> submitSm() {
        return PduArbitraries.submitSm();
    }

    @Property(tries = 1000)
    void submitSmRespRoundTrips(@ForAll("submitSmResp") SubmitSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<SubmitSmResp> submitSmResp() {
        return PduArbitraries.submitSmResp();
    }

    @Property(tries = 1000)
    void deliverSmRoundTrips(@ForAll("deliverSm") DeliverSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<DeliverSm> deliverSm() {
        return PduArbitraries.deliverSm();
    }

    @Property(tries = 1000)
    void deliverSmRespRoundTrips(@ForAll("deliverSmResp") DeliverSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<DeliverSmResp> deliverSmResp() {
        return PduArbitraries.deliverSmResp();
    }

    @Property(tries = 1000)
    void dataSmRoundTrips(@ForAll("dataSm") DataSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<DataSm> dataSm() {
        return PduArbitraries.dataSm();
    }

    @Property(tries = 1000)
    void dataSmRespRoundTrips(@ForAll("dataSmResp") DataSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<DataSmResp> dataSmResp() {
        return PduArbitraries.dataSmResp();
    }

    @Property(tries = 1000)
    void submitMultiRoundTrips(@ForAll("submitMulti") SubmitMulti p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<SubmitMulti> submitMulti() {
        return PduArbitraries.submitMulti();
    }

    @Property(tries = 1000)
    void submitMultiRespRoundTrips(@ForAll("submitMultiResp") SubmitMultiResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<SubmitMultiResp> submitMultiResp() {
        return PduArbitraries.submitMultiResp();
    }

    @Property(tries = 1000)
    void querySmRoundTrips(@ForAll("querySm") QuerySm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QuerySm> querySm() {
        return PduArbitraries.querySm();
    }

    @Property(tries = 1000)
    void querySmRespRoundTrips(@ForAll("querySmResp") QuerySmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QuerySmResp> querySmResp() {
        return PduArbitraries.querySmResp();
    }

    @Property(tries = 1000)
    void cancelSmRoundTrips(@ForAll("cancelSm") CancelSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<CancelSm> cancelSm() {
        return PduArbitraries.cancelSm();
    }

    @Property(tries = 1000)
    void cancelSmRespRoundTrips(@ForAll("cancelSmResp") CancelSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<CancelSmResp> cancelSmResp() {
        return PduArbitraries.cancelSmResp();
    }

    @Property(tries = 1000)
    void replaceSmRoundTrips(@ForAll("replaceSm") ReplaceSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<ReplaceSm> replaceSm() {
        return PduArbitraries.replaceSm();
    }

    @Property(tries = 1000)
    void replaceSmRespRoundTrips(@ForAll("replaceSmResp") ReplaceSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<ReplaceSmResp> replaceSmResp() {
        return PduArbitraries.replaceSmResp();
    }
}
