package io.github.smppkit.codec.type;

/**
 * A {@code command_status} value (reference §6): a record over the code, so vendor and unknown codes
 * round-trip unchanged. Constants use the spec spelling; the 0xC0&#8211;0xC4 group carries the v5.0 names, with
 * the v3.4 names as aliases for the same values.
 *
 * <p>Thread-safety: immutable.
 *
 * @param code the 32-bit code as on the wire
 * @since 0.1.0
 */
public record CommandStatus(int code) {

    private static final int CACHED = 0x113;
    private static final String[] NAMES = new String[CACHED];
    private static final CommandStatus[] CACHE = new CommandStatus[CACHED];

    static {
        name(0x0, "ESME_ROK");
        name(0x1, "ESME_RINVMSGLEN");
        name(0x2, "ESME_RINVCMDLEN");
        name(0x3, "ESME_RINVCMDID");
        name(0x4, "ESME_RINVBNDSTS");
        name(0x5, "ESME_RALYBND");
        name(0x6, "ESME_RINVPRTFLG");
        name(0x7, "ESME_RINVREGDLVFLG");
        name(0x8, "ESME_RSYSERR");
        name(0xA, "ESME_RINVSRCADR");
        name(0xB, "ESME_RINVDSTADR");
        name(0xC, "ESME_RINVMSGID");
        name(0xD, "ESME_RBINDFAIL");
        name(0xE, "ESME_RINVPASWD");
        name(0xF, "ESME_RINVSYSID");
        name(0x11, "ESME_RCANCELFAIL");
        name(0x13, "ESME_RREPLACEFAIL");
        name(0x14, "ESME_RMSGQFUL");
        name(0x15, "ESME_RINVSERTYP");
        name(0x33, "ESME_RINVNUMDESTS");
        name(0x34, "ESME_RINVDLNAME");
        name(0x40, "ESME_RINVDESTFLAG");
        name(0x42, "ESME_RINVSUBREP");
        name(0x43, "ESME_RINVESMCLASS");
        name(0x44, "ESME_RCNTSUBDL");
        name(0x45, "ESME_RSUBMITFAIL");
        name(0x48, "ESME_RINVSRCTON");
        name(0x49, "ESME_RINVSRCNPI");
        name(0x50, "ESME_RINVDSTTON");
        name(0x51, "ESME_RINVDSTNPI");
        name(0x53, "ESME_RINVSYSTYP");
        name(0x54, "ESME_RINVREPFLAG");
        name(0x55, "ESME_RINVNUMMSGS");
        name(0x58, "ESME_RTHROTTLED");
        name(0x61, "ESME_RINVSCHED");
        name(0x62, "ESME_RINVEXPIRY");
        name(0x63, "ESME_RINVDFTMSGID");
        name(0x64, "ESME_RX_T_APPN");
        name(0x65, "ESME_RX_P_APPN");
        name(0x66, "ESME_RX_R_APPN");
        name(0x67, "ESME_RQUERYFAIL");
        name(0xC0, "ESME_RINVTLVSTREAM");
        name(0xC1, "ESME_RTLVNOTALLWD");
        name(0xC2, "ESME_RINVTLVLEN");
        name(0xC3, "ESME_RMISSINGTLV");
        name(0xC4, "ESME_RINVTLVVAL");
        name(0xFE, "ESME_RDELIVERYFAILURE");
        name(0xFF, "ESME_RUNKNOWNERR");
        name(0x100, "ESME_RSERTYPUNAUTH");
        name(0x101, "ESME_RPROHIBITED");
        name(0x102, "ESME_RSERTYPUNAVAIL");
        name(0x103, "ESME_RSERTYPDENIED");
        name(0x104, "ESME_RINVDCS");
        name(0x105, "ESME_RINVSRCADDRSUBUNIT");
        name(0x106, "ESME_RINVDSTADDRSUBUNIT");
        name(0x107, "ESME_RINVBCASTFREQINT");
        name(0x108, "ESME_RINVBCASTALIAS_NAME");
        name(0x109, "ESME_RINVBCASTAREAFMT");
        name(0x10A, "ESME_RINVNUMBCAST_AREAS");
        name(0x10B, "ESME_RINVBCASTCNTTYPE");
        name(0x10C, "ESME_RINVBCASTMSGCLASS");
        name(0x10D, "ESME_RBCASTFAIL");
        name(0x10E, "ESME_RBCASTQUERYFAIL");
        name(0x10F, "ESME_RBCASTCANCELFAIL");
        name(0x110, "ESME_RINVBCAST_REP");
        name(0x111, "ESME_RINVBCASTSRVGRP");
        name(0x112, "ESME_RINVBCASTCHANIND");
        for (int i = 0; i < CACHED; i++) {
            CACHE[i] = new CommandStatus(i);
        }
    }

    /** 0x00000000: success. */
    public static final CommandStatus ESME_ROK = CACHE[0x0];
    /** 0x00000001: message length invalid. */
    public static final CommandStatus ESME_RINVMSGLEN = CACHE[0x1];
    /** 0x00000002: command_length invalid. */
    public static final CommandStatus ESME_RINVCMDLEN = CACHE[0x2];
    /** 0x00000003: command_id invalid. */
    public static final CommandStatus ESME_RINVCMDID = CACHE[0x3];
    /** 0x00000004: incorrect bind status for this PDU. */
    public static final CommandStatus ESME_RINVBNDSTS = CACHE[0x4];
    /** 0x00000005: already bound. */
    public static final CommandStatus ESME_RALYBND = CACHE[0x5];
    /** 0x00000006: invalid priority_flag. */
    public static final CommandStatus ESME_RINVPRTFLG = CACHE[0x6];
    /** 0x00000007: invalid registered_delivery. */
    public static final CommandStatus ESME_RINVREGDLVFLG = CACHE[0x7];
    /** 0x00000008: system error. */
    public static final CommandStatus ESME_RSYSERR = CACHE[0x8];
    /** 0x0000000A: invalid source address. */
    public static final CommandStatus ESME_RINVSRCADR = CACHE[0xA];
    /** 0x0000000B: invalid destination address. */
    public static final CommandStatus ESME_RINVDSTADR = CACHE[0xB];
    /** 0x0000000C: invalid message_id. */
    public static final CommandStatus ESME_RINVMSGID = CACHE[0xC];
    /** 0x0000000D: bind failed. */
    public static final CommandStatus ESME_RBINDFAIL = CACHE[0xD];
    /** 0x0000000E: invalid password. */
    public static final CommandStatus ESME_RINVPASWD = CACHE[0xE];
    /** 0x0000000F: invalid system_id. */
    public static final CommandStatus ESME_RINVSYSID = CACHE[0xF];
    /** 0x00000011: cancel_sm failed. */
    public static final CommandStatus ESME_RCANCELFAIL = CACHE[0x11];
    /** 0x00000013: replace_sm failed. */
    public static final CommandStatus ESME_RREPLACEFAIL = CACHE[0x13];
    /** 0x00000014: message queue full. */
    public static final CommandStatus ESME_RMSGQFUL = CACHE[0x14];
    /** 0x00000015: invalid service_type. */
    public static final CommandStatus ESME_RINVSERTYP = CACHE[0x15];
    /** 0x00000033: invalid number_of_dests. */
    public static final CommandStatus ESME_RINVNUMDESTS = CACHE[0x33];
    /** 0x00000034: invalid distribution list name. */
    public static final CommandStatus ESME_RINVDLNAME = CACHE[0x34];
    /** 0x00000040: invalid dest_flag. */
    public static final CommandStatus ESME_RINVDESTFLAG = CACHE[0x40];
    /** 0x00000042: submit with replace not allowed. */
    public static final CommandStatus ESME_RINVSUBREP = CACHE[0x42];
    /** 0x00000043: invalid esm_class. */
    public static final CommandStatus ESME_RINVESMCLASS = CACHE[0x43];
    /** 0x00000044: cannot submit to distribution list. */
    public static final CommandStatus ESME_RCNTSUBDL = CACHE[0x44];
    /** 0x00000045: submit failed. */
    public static final CommandStatus ESME_RSUBMITFAIL = CACHE[0x45];
    /** 0x00000048: invalid source TON. */
    public static final CommandStatus ESME_RINVSRCTON = CACHE[0x48];
    /** 0x00000049: invalid source NPI. */
    public static final CommandStatus ESME_RINVSRCNPI = CACHE[0x49];
    /** 0x00000050: invalid destination TON. */
    public static final CommandStatus ESME_RINVDSTTON = CACHE[0x50];
    /** 0x00000051: invalid destination NPI. */
    public static final CommandStatus ESME_RINVDSTNPI = CACHE[0x51];
    /** 0x00000053: invalid system_type. */
    public static final CommandStatus ESME_RINVSYSTYP = CACHE[0x53];
    /** 0x00000054: invalid replace_if_present_flag. */
    public static final CommandStatus ESME_RINVREPFLAG = CACHE[0x54];
    /** 0x00000055: invalid number of messages. */
    public static final CommandStatus ESME_RINVNUMMSGS = CACHE[0x55];
    /** 0x00000058: throttled. */
    public static final CommandStatus ESME_RTHROTTLED = CACHE[0x58];
    /** 0x00000061: invalid schedule_delivery_time. */
    public static final CommandStatus ESME_RINVSCHED = CACHE[0x61];
    /** 0x00000062: invalid validity_period. */
    public static final CommandStatus ESME_RINVEXPIRY = CACHE[0x62];
    /** 0x00000063: invalid predefined message. */
    public static final CommandStatus ESME_RINVDFTMSGID = CACHE[0x63];
    /** 0x00000064: receiver temporary application error. */
    public static final CommandStatus ESME_RX_T_APPN = CACHE[0x64];
    /** 0x00000065: receiver permanent application error. */
    public static final CommandStatus ESME_RX_P_APPN = CACHE[0x65];
    /** 0x00000066: receiver rejects message. */
    public static final CommandStatus ESME_RX_R_APPN = CACHE[0x66];
    /** 0x00000067: query_sm failed. */
    public static final CommandStatus ESME_RQUERYFAIL = CACHE[0x67];
    /** 0x000000C0: error in the TLV part (v3.4 name ESME_RINVOPTPARSTREAM). */
    public static final CommandStatus ESME_RINVTLVSTREAM = CACHE[0xC0];
    /** 0x000000C1: TLV not allowed (v3.4 name ESME_ROPTPARNOTALLWD). */
    public static final CommandStatus ESME_RTLVNOTALLWD = CACHE[0xC1];
    /** 0x000000C2: invalid TLV length (v3.4 name ESME_RINVPARLEN). */
    public static final CommandStatus ESME_RINVTLVLEN = CACHE[0xC2];
    /** 0x000000C3: required TLV missing (v3.4 name ESME_RMISSINGOPTPARAM). */
    public static final CommandStatus ESME_RMISSINGTLV = CACHE[0xC3];
    /** 0x000000C4: invalid TLV value (v3.4 name ESME_RINVOPTPARAMVAL). */
    public static final CommandStatus ESME_RINVTLVVAL = CACHE[0xC4];
    /** 0x000000FE: delivery failure. */
    public static final CommandStatus ESME_RDELIVERYFAILURE = CACHE[0xFE];
    /** 0x000000FF: unknown error. */
    public static final CommandStatus ESME_RUNKNOWNERR = CACHE[0xFF];
    /** 0x00000100: not authorised for this service_type (v5.0). */
    public static final CommandStatus ESME_RSERTYPUNAUTH = CACHE[0x100];
    /** 0x00000101: operation prohibited (v5.0). */
    public static final CommandStatus ESME_RPROHIBITED = CACHE[0x101];
    /** 0x00000102: service_type unavailable (v5.0). */
    public static final CommandStatus ESME_RSERTYPUNAVAIL = CACHE[0x102];
    /** 0x00000103: service_type denied (v5.0). */
    public static final CommandStatus ESME_RSERTYPDENIED = CACHE[0x103];
    /** 0x00000104: invalid data_coding (v5.0). */
    public static final CommandStatus ESME_RINVDCS = CACHE[0x104];
    /** 0x00000105: invalid source address subunit (v5.0). */
    public static final CommandStatus ESME_RINVSRCADDRSUBUNIT = CACHE[0x105];
    /** 0x00000106: invalid destination address subunit (v5.0). */
    public static final CommandStatus ESME_RINVDSTADDRSUBUNIT = CACHE[0x106];
    /** 0x00000107: invalid broadcast frequency interval (v5.0). */
    public static final CommandStatus ESME_RINVBCASTFREQINT = CACHE[0x107];
    /** 0x00000108: invalid broadcast alias name (v5.0). */
    public static final CommandStatus ESME_RINVBCASTALIAS_NAME = CACHE[0x108];
    /** 0x00000109: invalid broadcast area format (v5.0). */
    public static final CommandStatus ESME_RINVBCASTAREAFMT = CACHE[0x109];
    /** 0x0000010A: invalid number of broadcast areas (v5.0). */
    public static final CommandStatus ESME_RINVNUMBCAST_AREAS = CACHE[0x10A];
    /** 0x0000010B: invalid broadcast content type (v5.0). */
    public static final CommandStatus ESME_RINVBCASTCNTTYPE = CACHE[0x10B];
    /** 0x0000010C: invalid broadcast message class (v5.0). */
    public static final CommandStatus ESME_RINVBCASTMSGCLASS = CACHE[0x10C];
    /** 0x0000010D: broadcast_sm failed (v5.0). */
    public static final CommandStatus ESME_RBCASTFAIL = CACHE[0x10D];
    /** 0x0000010E: query_broadcast_sm failed (v5.0). */
    public static final CommandStatus ESME_RBCASTQUERYFAIL = CACHE[0x10E];
    /** 0x0000010F: cancel_broadcast_sm failed (v5.0). */
    public static final CommandStatus ESME_RBCASTCANCELFAIL = CACHE[0x10F];
    /** 0x00000110: invalid number of repeated broadcasts (v5.0). */
    public static final CommandStatus ESME_RINVBCAST_REP = CACHE[0x110];
    /** 0x00000111: invalid broadcast service group (v5.0). */
    public static final CommandStatus ESME_RINVBCASTSRVGRP = CACHE[0x111];
    /** 0x00000112: invalid broadcast channel indicator (v5.0). */
    public static final CommandStatus ESME_RINVBCASTCHANIND = CACHE[0x112];
    /** v3.4 name of {@link #ESME_RINVTLVSTREAM}. */
    public static final CommandStatus ESME_RINVOPTPARSTREAM = ESME_RINVTLVSTREAM;
    /** v3.4 name of {@link #ESME_RTLVNOTALLWD}. */
    public static final CommandStatus ESME_ROPTPARNOTALLWD = ESME_RTLVNOTALLWD;
    /** v3.4 name of {@link #ESME_RINVTLVLEN}. */
    public static final CommandStatus ESME_RINVPARLEN = ESME_RINVTLVLEN;
    /** v3.4 name of {@link #ESME_RMISSINGTLV}. */
    public static final CommandStatus ESME_RMISSINGOPTPARAM = ESME_RMISSINGTLV;
    /** v3.4 name of {@link #ESME_RINVTLVVAL}. */
    public static final CommandStatus ESME_RINVOPTPARAMVAL = ESME_RINVTLVVAL;

    private static void name(int code, String name) {
        if (NAMES[code] != null) {
            throw new ExceptionInInitializerError("duplicate command_status " + code);
        }
        NAMES[code] = name;
    }

    /**
     * Returns the status for a code, cached for the standard range.
     *
     * @param code the code
     * @return the status; the same instance for codes below 0x113
     */
    public static CommandStatus of(int code) {
        return code >= 0 && code < CACHED ? CACHE[code] : new CommandStatus(code);
    }

    /**
     * Returns the spec name (v5.0 spelling), or {@code "UNKNOWN"} for reserved and vendor codes.
     *
     * @return the name
     */
    public String name() {
        String n = code >= 0 && code < CACHED ? NAMES[code] : null;
        return n == null ? "UNKNOWN" : n;
    }

    /**
     * Tells whether this is {@code ESME_ROK}.
     *
     * @return {@code true} for code 0
     */
    public boolean isOk() {
        return code == 0;
    }

    /** Returns e.g. {@code ESME_RTHROTTLED(0x00000058)}. */
    @Override
    public String toString() {
        return name() + "(" + hex8(code) + ")";
    }

    static String hex8(int value) {
        char[] out = {'0', 'x', '0', '0', '0', '0', '0', '0', '0', '0'};
        String h = Integer.toHexString(value);
        for (int i = 0; i < h.length(); i++) {
            out[10 - h.length() + i] = Character.toUpperCase(h.charAt(i));
        }
        return new String(out);
    }
}
