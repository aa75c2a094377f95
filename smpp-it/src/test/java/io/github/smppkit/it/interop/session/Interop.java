package io.github.smppkit.it.interop.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.text.LongMessageCarrier;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.MessagePlanner;
import io.github.smppkit.codec.text.PlanOptions;
import io.github.smppkit.codec.text.ReassembledMessage;
import io.github.smppkit.codec.text.Reassembler;
import io.github.smppkit.codec.text.ReassemblyResult;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.RequestHandler;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Shared fixtures of the session interop tests: the messages sent, the checks of what arrived, bounded waits and
 * a recorder of what one of our sessions saw.
 */
final class Interop {

    static final String HOST = "127.0.0.1";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final long WAIT_MILLIS = WAIT.toMillis();

    static final Address SOURCE = Address.of(1, 1, "447700900001");
    static final Address DESTINATION = Address.of(1, 1, "447700900002");
    static final String SHORT_TEXT = "Hello interop 42.";
    /** Letters, digits, space and full stop: the same octets in ASCII and in the unpacked GSM default alphabet. */
    static final String LONG_TEXT = buildLongText();
    static final int LONG_REFERENCE = 0x2A;
    static final int LONG_PARTS = 3;
    /** Septets per part with an 8-bit-reference concatenation UDH (reference §12). */
    static final int PART_CAPACITY = 153;
    static final Instant SUBMITTED = Instant.parse("2026-11-23T22:30:00Z");
    static final Instant DONE = Instant.parse("2026-11-23T22:31:00Z");

    private Interop() {
    }

    private static String buildLongText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; sb.length() < 2 * PART_CAPACITY + 60; i++) {
            sb.append("Part of a long interop message number ").append(i).append(". ");
        }
        return sb.toString().trim();
    }

    /** Returns a free loopback port for a server that cannot listen on port 0 and tell the port back. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits, bounded by {@link #WAIT}, until the condition holds; fails the test otherwise. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static SubmitSm shortSubmit() {
        return SubmitSm.builder().source(SOURCE).destination(DESTINATION)
                .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE).shortMessage(Bytes.of(ascii(SHORT_TEXT)))
                .build();
    }

    /** Our long message: planned and split by the codec with an 8-bit-reference concatenation UDH. */
    static List<SubmitSm> longSubmits() {
        MessagePlan plan = MessagePlanner.plan(LONG_TEXT, PlanOptions.builder()
                .carrier(LongMessageCarrier.UDH_8BIT_REFERENCE).reference(LONG_REFERENCE).build());
        List<SubmitSm> parts = MessageParts.submitSms(plan, SubmitSm.builder().source(SOURCE)
                .destination(DESTINATION).registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE).build());
        assertThat(parts).hasSize(LONG_PARTS);
        return parts;
    }

    /** The short_message of part {@code seq} (1-based) of the long message, as a peer library builds it. */
    static byte[] longPart(int seq) {
        int from = (seq - 1) * PART_CAPACITY;
        String slice = LONG_TEXT.substring(from, Math.min(LONG_TEXT.length(), from + PART_CAPACITY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(udh(seq));
        out.writeBytes(ascii(slice));
        return out.toByteArray();
    }

    static byte[] udh(int seq) {
        return new byte[] {0x05, 0x00, 0x03, (byte) LONG_REFERENCE, (byte) LONG_PARTS, (byte) seq};
    }

    /**
     * Checks the short_messages another library received for our long message: each starts with the expected
     * concatenation UDH and the texts after it join to the whole message.
     */
    static void assertLongParts(List<byte[]> shortMessages, List<Integer> esmClasses, List<Integer> dataCodings) {
        assertThat(shortMessages).hasSize(LONG_PARTS);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < LONG_PARTS; i++) {
            byte[] sm = shortMessages.get(i);
            assertThat(Arrays.copyOf(sm, 6)).as("UDH of part %d", i + 1).containsExactly(udh(i + 1));
            assertThat(esmClasses.get(i) & 0x40).as("UDHI of part %d", i + 1).isEqualTo(0x40);
            assertThat(dataCodings.get(i)).isZero();
            joined.append(new String(sm, 6, sm.length - 6, StandardCharsets.US_ASCII));
        }
        assertThat(joined.toString()).isEqualTo(LONG_TEXT);
    }

    /** Reassembles what one of our servers received; every part but the last is pending. */
    static ReassembledMessage reassemble(List<SubmitSm> parts) {
        Reassembler reassembler = Reassembler.builder().build();
        ReassemblyResult last = null;
        for (int i = 0; i < parts.size(); i++) {
            last = reassembler.accept(MessageParts.inboundPart(parts.get(i)));
            if (i < parts.size() - 1) {
                assertThat(last).isInstanceOf(ReassemblyResult.Pending.class);
            }
        }
        assertThat(last).isInstanceOf(ReassemblyResult.Complete.class);
        return ((ReassemblyResult.Complete) last).message();
    }

    /** Our receipt for a message id: a deliver_sm from the original destination to the original source. */
    static DeliverSm receipt(String messageId) {
        DeliveryReceipt r = DeliveryReceipt.builder().id(messageId).sub(1).dlvrd(1).submitDate(SUBMITTED)
                .doneDate(DONE).stat(ReceiptState.DELIVRD).err("000").text(ReceiptFormatter.excerpt(SHORT_TEXT))
                .receiptedMessageId(messageId).build();
        return ReceiptFormatter.standard().toDeliverSm(r, DESTINATION, SOURCE);
    }

    /**
     * Records what one of our sessions (client, or every session of a server) saw: inbound requests, PDUs in and
     * out, and how sessions closed. Answers every request with its default OK response unless a submit answer is
     * given.
     */
    static final class Recorder implements RequestHandler, SessionObserver {
        final Queue<Request<?>> requests = new ConcurrentLinkedQueue<>();
        final Queue<Pdu> received = new ConcurrentLinkedQueue<>();
        final Queue<Pdu> sent = new ConcurrentLinkedQueue<>();
        final Queue<String> closedReasons = new ConcurrentLinkedQueue<>();
        final Queue<String> unbound = new ConcurrentLinkedQueue<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final String idPrefix;

        /** A recorder for a client session, which never answers submit_sm. */
        Recorder() {
            this("");
        }

        /** A recorder for a server, answering submit_sm with message ids {@code idPrefix1, idPrefix2, ...}. */
        Recorder(String idPrefix) {
            this.idPrefix = idPrefix;
        }

        @Override
        public HandlerResult handle(SmppSession session, Request<?> request) {
            requests.add(request);
            if (request.commandId() == CommandId.SUBMIT_SM) {
                return HandlerResult.answer(SubmitSmResp.ok(0, idPrefix + ids.incrementAndGet()));
            }
            return HandlerResult.defaultAnswer();
        }

        @Override
        public void pduReceived(SmppSession session, Pdu pdu) {
            received.add(pdu);
        }

        @Override
        public void pduSent(SmppSession session, Pdu pdu) {
            sent.add(pdu);
        }

        @Override
        public void unbound(SmppSession session) {
            unbound.add(session.peerSystemId());
        }

        @Override
        public void closed(SmppSession session, String reason) {
            closedReasons.add(reason);
        }

        <T> List<T> requests(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (Request<?> r : requests) {
                if (type.isInstance(r)) {
                    out.add(type.cast(r));
                }
            }
            return out;
        }

        long count(Queue<Pdu> pdus, CommandId command) {
            return pdus.stream().filter(p -> p.commandId() == command).count();
        }
    }
}
