package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import io.github.smppkit.session.internal.TokenBucket;

/**
 * Limits how many message <b>segments</b> a session (or, with a shared instance, several sessions) sends per
 * second. Sessions call {@link #acquire} with {@link #segments(Request)} before sending each message request;
 * other requests (enquire_link, unbind, query_sm, ...) are not limited. A shared cluster-wide limiter (e.g. in
 * Redis) implements this interface.
 *
 * <p>Thread-safety: implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface RateLimiter {

    /**
     * Waits until {@code segments} may be sent. Implementations bound the wait by the rate (a request never
     * waits longer than {@code segments / rate} plus the debt of earlier callers).
     *
     * @param segments segments about to be sent, 1 or more
     * @throws InterruptedException if interrupted while waiting
     */
    void acquire(int segments) throws InterruptedException;

    /**
     * Takes {@code segments} if they are available now; never waits. Used by {@link SmppSession#trySend}. The
     * default can only answer for zero segments and refuses the rest, so a limiter that cannot decide without
     * waiting (e.g. one behind a remote store) never lets {@code trySend} exceed the rate; override it.
     *
     * @param segments segments about to be sent
     * @return whether they may be sent
     */
    default boolean tryAcquire(int segments) {
        return segments <= 0;
    }

    /**
     * Returns a limiter that never waits.
     *
     * @return the unlimited limiter
     */
    static RateLimiter unlimited() {
        return TokenBucket.UNLIMITED;
    }

    /**
     * Returns a token bucket of {@code segmentsPerSecond} with a burst of one second's worth (at least 1).
     *
     * @param segmentsPerSecond the sustained rate, &gt; 0
     * @return a new limiter
     */
    static RateLimiter perSecond(double segmentsPerSecond) {
        return new TokenBucket(segmentsPerSecond);
    }

    /**
     * Counts the segments a request represents for rate limiting. submit_sm, deliver_sm and data_sm count 1 per
     * PDU (a part of a UDH or SAR concatenated message is its own PDU), except when the text travels in
     * {@code message_payload}: then it counts the SMS parts the SMSC will make of it, {@code ceil(len / 153)}
     * octets for GSM/IA5 data codings (0 and 1; 160 fit in one) and {@code ceil(len / 134)} otherwise (140 fit in
     * one). submit_multi counts that per destination. Other requests count 0.
     *
     * @param request the request
     * @return segments, 0 for requests that are not messages
     */
    static int segments(Request<?> request) {
        switch (request.commandId()) {
            case SUBMIT_SM: {
                SubmitSm s = (SubmitSm) request;
                return payloadSegments(s.tlvs(), s.dataCoding());
            }
            case DELIVER_SM: {
                DeliverSm d = (DeliverSm) request;
                return payloadSegments(d.tlvs(), d.dataCoding());
            }
            case DATA_SM: {
                DataSm d = (DataSm) request;
                return payloadSegments(d.tlvs(), d.dataCoding());
            }
            case SUBMIT_MULTI: {
                SubmitMulti m = (SubmitMulti) request;
                return Math.max(1, m.destAddresses().size()) * payloadSegments(m.tlvs(), m.dataCoding());
            }
            default:
                return 0;
        }
    }

    private static int payloadSegments(Tlvs tlvs, DataCoding dataCoding) {
        int len = tlvs.get(StandardTlvs.MESSAGE_PAYLOAD).map(Bytes::size).orElse(0);
        boolean septets = dataCoding.value() == 0 || dataCoding.value() == 1;
        int single = septets ? 160 : 140;
        int part = septets ? 153 : 134;
        return len <= single ? 1 : (len + part - 1) / part;
    }
}
