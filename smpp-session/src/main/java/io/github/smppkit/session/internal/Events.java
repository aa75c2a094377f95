package io.github.smppkit.session.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * JFR events of the session layer. They carry identities, commands, statuses and sizes, never passwords or
 * message text.
 *
 * <p>Thread-safety: each event instance is used by one thread.
 */
final class Events {

    private Events() {
    }

    /** A bind completed (either side). */
    @Name("io.github.smppkit.Bind")
    @Label("SMPP Bind")
    @Category("SMPP")
    @StackTrace(false)
    static final class Bind extends Event {
        @Label("System ID")
        String systemId;
        @Label("Peer System ID")
        String peerSystemId;
        @Label("Bind Type")
        String bindType;
        @Label("Server Side")
        boolean server;
        @Label("Remote Address")
        String remoteAddress;
    }

    /** A session unbound. */
    @Name("io.github.smppkit.Unbind")
    @Label("SMPP Unbind")
    @Category("SMPP")
    @StackTrace(false)
    static final class Unbind extends Event {
        @Label("System ID")
        String systemId;
        @Label("Peer System ID")
        String peerSystemId;
    }

    /** A connection closed. */
    @Name("io.github.smppkit.Close")
    @Label("SMPP Close")
    @Category("SMPP")
    @StackTrace(false)
    static final class Close extends Event {
        @Label("Peer System ID")
        String peerSystemId;
        @Label("Reason")
        String reason;
    }

    /** A PDU was read or written. */
    @Name("io.github.smppkit.Pdu")
    @Label("SMPP PDU")
    @Category("SMPP")
    @StackTrace(false)
    static final class Pdu extends Event {
        @Label("Outbound")
        boolean outbound;
        @Label("Command")
        String command;
        @Label("Sequence Number")
        int sequenceNumber;
        @Label("Command Status")
        int status;
    }

    /** A response arrived for an own request. */
    @Name("io.github.smppkit.ResponseLatency")
    @Label("SMPP Response Latency")
    @Category("SMPP")
    @StackTrace(false)
    static final class Latency extends Event {
        @Label("Command")
        String command;
        @Label("Command Status")
        int status;
        @Label("Latency")
        @Timespan(Timespan.NANOSECONDS)
        long latency;
    }

    /** A sender found the window full. */
    @Name("io.github.smppkit.WindowFull")
    @Label("SMPP Window Full")
    @Category("SMPP")
    @Description("A sender had to wait for a window slot")
    @StackTrace(false)
    static final class WindowFull extends Event {
        @Label("Window Size")
        int windowSize;
    }

    /** A throttling status arrived. */
    @Name("io.github.smppkit.Throttled")
    @Label("SMPP Throttled")
    @Category("SMPP")
    @StackTrace(false)
    static final class Throttled extends Event {
        @Label("Command Status")
        int status;
        @Label("Backoff")
        @Timespan(Timespan.NANOSECONDS)
        long backoff;
    }

    /** An OK answer said the peer is congested (SMPP 5.0 congestion_state 100). */
    @Name("io.github.smppkit.Congested")
    @Label("SMPP Congested")
    @Category("SMPP")
    @StackTrace(false)
    static final class Congested extends Event {
        @Label("Congestion State")
        int congestionState;
        @Label("Backoff")
        @Timespan(Timespan.NANOSECONDS)
        long backoff;
    }
}
