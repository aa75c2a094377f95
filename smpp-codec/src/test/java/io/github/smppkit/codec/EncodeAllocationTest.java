package io.github.smppkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.contract.PduArbitraries;
import io.github.smppkit.codec.pdu.Pdu;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encoding into a reused buffer must not allocate per PDU (STYLE §2). Counts bytes, never time. */
class EncodeAllocationTest {

    /** Reads the JDK's per-thread allocation counter reflectively (the test runs on the class path). */
    private static long allocatedBytes() throws ReflectiveOperationException {
        Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                .invoke(null);
        Method m = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        return (long) m.invoke(bean);
    }

    @Test
    void encodingIntoAReusedBufferAllocatesNothingPerPdu() throws ReflectiveOperationException {
        PduCodec codec = PduCodec.defaults();
        List<Pdu> pdus = SamplePdus.all();
        ByteBuffer dst = ByteBuffer.allocate(4096);
        Pdu[] array = pdus.toArray(new Pdu[0]);
        for (int i = 0; i < 2_000; i++) {
            encodeAll(codec, array, dst);
        }
        long before = allocatedBytes();
        int rounds = 2_000;
        for (int i = 0; i < rounds; i++) {
            encodeAll(codec, array, dst);
        }
        long allocated = allocatedBytes() - before;
        // Far below one byte per encoded PDU: only the measurement itself may allocate.
        assertThat(allocated).isLessThan((long) rounds * array.length / 8);
    }

    /**
     * The same over 400 generated PDUs of every type and their decoded copies (whose TLVs are parsed lazily), via
     * ThreadMXBean#getThreadAllocatedBytes, 20 rounds of 800 encodes after warm-up.
     */
    @Test
    void encodingGeneratedAndDecodedPdusAllocatesNothing() throws ReflectiveOperationException {
        PduCodec codec = PduCodec.defaults();
        List<Pdu> pdus = new ArrayList<>();
        PduArbitraries.anyPdu().sampleStream().limit(400).forEach(p -> {
            pdus.add(p);
            DecodeResult r = codec.decode(ByteBuffer.wrap(codec.encode(p)));
            pdus.add(((DecodeResult.Decoded) r).pdu());
        });
        Pdu[] array = pdus.toArray(new Pdu[0]);
        ByteBuffer dst = ByteBuffer.allocateDirect(70_000);
        for (int i = 0; i < 200; i++) {
            encodeAll(codec, array, dst);
        }
        AllocationMeter meter = new AllocationMeter();
        long idle = meter.read();
        long overhead = meter.read() - idle;
        int rounds = 20;
        long before = meter.read();
        for (int i = 0; i < rounds; i++) {
            encodeAll(codec, array, dst);
        }
        long allocated = meter.read() - before - overhead;
        long encodes = (long) rounds * array.length;
        assertThat(encodes).isGreaterThanOrEqualTo(10_000);
        // 0 bytes per encode on average; the slack covers only the measurement calls themselves
        assertThat(allocated).as("bytes allocated over %d encodes", encodes).isLessThan(encodes / 8);
    }

    private static void encodeAll(PduCodec codec, Pdu[] pdus, ByteBuffer dst) {
        for (Pdu p : pdus) {
            dst.clear();
            codec.encode(p, dst);
        }
    }
}
