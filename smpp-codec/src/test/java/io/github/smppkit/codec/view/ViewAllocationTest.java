package io.github.smppkit.codec.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.AllocationMeter;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandId;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Reading frames through reused views allocates nothing (STYLE §2): header fields, the int fields, offsets and
 * lengths of each view, and every TLV through a reused cursor, from heap and direct buffers. The String
 * accessors and {@code toRecord} allocate by design and are not measured. Counts bytes, never time.
 */
class ViewAllocationTest {

    private static final PduCodec CODEC = PduCodec.defaults();

    private final HeaderView header = new HeaderView();
    private final SubmitSmView submitSm = new SubmitSmView();
    private final DeliverSmView deliverSm = new DeliverSmView();
    private final DataSmView dataSm = new DataSmView();
    private final MessageIdRespView messageIdResp = new MessageIdRespView();
    private final TlvCursor cursor = new TlvCursor();

    /** A frame at an offset inside its buffer. */
    private record Frame(ByteBuffer buffer, int offset, int length) {
    }

    @Test
    void readingFramesThroughReusedViewsAllocatesNothing() throws ReflectiveOperationException {
        Frame[] frames = frames();
        assertThat(frames).hasSize(1200);
        long perRound = readAll(frames);
        for (int i = 0; i < 300; i++) {
            assertThat(readAll(frames)).isEqualTo(perRound);
        }
        AllocationMeter meter = new AllocationMeter();
        long idle = meter.read();
        long overhead = meter.read() - idle;
        int rounds = 20;
        long sum = 0;
        long before = meter.read();
        for (int i = 0; i < rounds; i++) {
            sum += readAll(frames);
        }
        long allocated = meter.read() - before - overhead;
        assertThat(sum).as("the measured reads are the checked ones").isEqualTo(perRound * rounds);
        long reads = (long) rounds * frames.length;
        // 0 bytes per frame on average; the slack covers only the measurement calls themselves
        assertThat(allocated).as("bytes allocated over %d frames", reads).isLessThan(reads / 8);
    }

    /**
     * Reads every frame through the views.
     *
     * @return a sum of what was read, so that the reads cannot be optimised away
     */
    private long readAll(Frame[] frames) {
        long sum = 0;
        for (Frame f : frames) {
            HeaderView h = header.wrap(f.buffer(), f.offset());
            sum += h.commandLength() + h.commandId() + h.commandStatus() + h.sequenceNumber() + h.command().ordinal();
            switch (h.command()) {
                case SUBMIT_SM:
                    sum += shortMessage(submitSm.wrap(f.buffer(), f.offset(), f.length()));
                    break;
                case DELIVER_SM:
                    sum += shortMessage(deliverSm.wrap(f.buffer(), f.offset(), f.length()));
                    break;
                case DATA_SM:
                    sum += dataSm(dataSm.wrap(f.buffer(), f.offset(), f.length()));
                    break;
                default:
                    sum += messageIdResp(messageIdResp.wrap(f.buffer(), f.offset(), f.length()));
                    break;
            }
        }
        return sum;
    }

    private long shortMessage(ShortMessageView v) {
        if (!v.valid()) {
            return -1;
        }
        return v.sequenceNumber() + v.commandStatus() + v.sourceAddrTon() + v.sourceAddrNpi() + v.sourceAddrOffset()
                + v.sourceAddrLength() + v.destAddrTon() + v.destAddrNpi() + v.destinationAddrOffset()
                + v.destinationAddrLength() + v.esmClass() + v.protocolId() + v.priorityFlag()
                + v.registeredDelivery() + v.replaceIfPresentFlag() + v.dataCoding() + v.smDefaultMsgId()
                + v.smLength() + v.shortMessageOffset() + v.shortMessageLength() + v.tlvsOffset() + v.tlvsLength()
                + tlvs(v.tlvs(cursor));
    }

    private long dataSm(DataSmView v) {
        if (!v.valid()) {
            return -1;
        }
        return v.sequenceNumber() + v.sourceAddrTon() + v.sourceAddrNpi() + v.sourceAddrOffset()
                + v.sourceAddrLength() + v.destAddrTon() + v.destAddrNpi() + v.destinationAddrOffset()
                + v.destinationAddrLength() + v.esmClass() + v.registeredDelivery() + v.dataCoding()
                + v.tlvsOffset() + v.tlvsLength() + tlvs(v.tlvs(cursor));
    }

    private long messageIdResp(MessageIdRespView v) {
        if (!v.valid()) {
            return -1;
        }
        return v.commandId() + v.commandStatus() + v.sequenceNumber() + v.messageIdOffset() + v.messageIdLength()
                + v.tlvsOffset() + v.tlvsLength() + tlvs(v.tlvs(cursor));
    }

    private static long tlvs(TlvCursor c) {
        long sum = 0;
        while (c.next()) {
            sum += c.tag() + c.length() + c.valueOffset() + c.intValue(-1);
        }
        return sum;
    }

    /**
     * 100 generated PDUs of each type the views read, each in a heap and in a direct buffer, at an offset.
     */
    private Frame[] frames() {
        List<Frame> frames = new ArrayList<>();
        Stream.<Arbitrary<? extends Pdu>>of(PduArbitraries.submitSm(), PduArbitraries.deliverSm(),
                PduArbitraries.dataSm(), PduArbitraries.submitSmResp(), PduArbitraries.deliverSmResp(),
                PduArbitraries.dataSmResp())
                .flatMap(a -> a.sampleStream().limit(100))
                .forEach(p -> {
                    byte[] wire = CODEC.encode(p);
                    int offset = frames.size() % 7;
                    ByteBuffer heap = ByteBuffer.allocate(offset + wire.length).put(offset, wire);
                    ByteBuffer direct = ByteBuffer.allocateDirect(heap.capacity()).put(heap.duplicate()).clear();
                    frames.add(new Frame(heap, offset, wire.length));
                    frames.add(new Frame(direct, offset, wire.length));
                });
        for (Frame f : frames) {
            // an invalid frame would be read for free: every one must parse
            CommandId command = header.wrap(f.buffer(), f.offset()).command();
            FrameView v = command == CommandId.SUBMIT_SM ? submitSm.wrap(f.buffer(), f.offset(), f.length())
                    : command == CommandId.DELIVER_SM ? deliverSm.wrap(f.buffer(), f.offset(), f.length())
                    : command == CommandId.DATA_SM ? dataSm.wrap(f.buffer(), f.offset(), f.length())
                    : messageIdResp.wrap(f.buffer(), f.offset(), f.length());
            assertThat(v.valid()).as("%s", command).isTrue();
        }
        return frames.toArray(new Frame[0]);
    }
}
