package io.github.smppkit.codec;

import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.contract.PduContract;
import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.CancelBroadcastSmResp;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.ParamRetrieveResp;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QueryLastMsgsResp;
import io.github.smppkit.codec.pdu.QueryMsgDetails;
import io.github.smppkit.codec.pdu.QueryMsgDetailsResp;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * decode(encode(p)) equals p, and encode(decode(b)) equals the canonical b, for the v5.0 broadcast PDUs and the v3.3-only PDUs;
 * 1000 generated values per type (issue 3). See {@link PduContract#roundTrip}.
 */
class BroadcastAndV33RoundTripProperties {

    @Property(tries = 1000)
    void broadcastSmRoundTrips(@ForAll("broadcastSm") BroadcastSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BroadcastSm> broadcastSm() {
        return PduArbitraries.broadcastSm();
    }

    @Property(tries = 1000)
    void broadcastSmRespRoundTrips(@ForAll("broadcastSmResp") BroadcastSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<BroadcastSmResp> broadcastSmResp() {
        return PduArbitraries.broadcastSmResp();
    }

    @Property(tries = 1000)
    void queryBroadcastSmRoundTrips(@ForAll("queryBroadcastSm") QueryBroadcastSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QueryBroadcastSm> queryBroadcastSm() {
        return PduArbitraries.queryBroadcastSm();
    }

    @Property(tries = 1000)
    void queryBroadcastSmRespRoundTrips(@ForAll("queryBroadcastSmResp") QueryBroadcastSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QueryBroadcastSmResp> queryBroadcastSmResp() {
        return PduArbitraries.queryBroadcastSmResp();
    }

    @Property(tries = 1000)
    void cancelBroadcastSmRoundTrips(@ForAll("cancelBroadcastSm") CancelBroadcastSm p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<CancelBroadcastSm> cancelBroadcastSm() {
        return PduArbitraries.cancelBroadcastSm();
    }

    @Property(tries = 1000)
    void cancelBroadcastSmRespRoundTrips(@ForAll("cancelBroadcastSmResp") CancelBroadcastSmResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<CancelBroadcastSmResp> cancelBroadcastSmResp() {
        return PduArbitraries.cancelBroadcastSmResp();
    }

    @Property(tries = 1000)
    void paramRetrieveRoundTrips(@ForAll("paramRetrieve") ParamRetrieve p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<ParamRetrieve> paramRetrieve() {
        return PduArbitraries.paramRetrieve();
    }

    @Property(tries = 1000)
    void paramRetrieveRespRoundTrips(@ForAll("paramRetrieveResp") ParamRetrieveResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<ParamRetrieveResp> paramRetrieveResp() {
        return PduArbitraries.paramRetrieveResp();
    }

    @Property(tries = 1000)
    void queryLastMsgsRoundTrips(@ForAll("queryLastMsgs") QueryLastMsgs p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QueryLastMsgs> queryLastMsgs() {
        return PduArbitraries.queryLastMsgs();
    }

    @Property(tries = 1000)
    void queryLastMsgsRespRoundTrips(@ForAll("queryLastMsgsResp") QueryLastMsgsResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QueryLastMsgsResp> queryLastMsgsResp() {
        return PduArbitraries.queryLastMsgsResp();
    }

    @Property(tries = 1000)
    void queryMsgDetailsRoundTrips(@ForAll("queryMsgDetails") QueryMsgDetails p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QueryMsgDetails> queryMsgDetails() {
        return PduArbitraries.queryMsgDetails();
    }

    @Property(tries = 1000)
    void queryMsgDetailsRespRoundTrips(@ForAll("queryMsgDetailsResp") QueryMsgDetailsResp p) {
        PduContract.roundTrip(p);
    }

    @Provide
    Arbitrary<QueryMsgDetailsResp> queryMsgDetailsResp() {
        return PduArbitraries.queryMsgDetailsResp();
    }
}
