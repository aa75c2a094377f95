package io.github.smppkit.dlr;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.text.Alphabet;
import io.github.smppkit.codec.text.DataCodingScheme;
import io.github.smppkit.codec.text.GsmAlphabet;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the delivery receipt out of a {@code deliver_sm} or {@code data_sm} (reference §10, §7.1).
 *
 * <p>A PDU is a receipt when its {@code esm_class} message type is {@code 0x04} (MC delivery receipt),
 * {@code 0x08} (SME delivery acknowledgement), {@code 0x10} (SME user acknowledgement) or {@code 0x20}
 * (intermediate notification), or, if enabled, when its esm_class says "normal message" but its text has
 * {@code id:} and {@code stat:} and at least one of {@code sub:}, {@code dlvrd:} or a date (some MCs forget the
 * flag). The receipt TLVs alone never make a normal message a receipt: some MCs put {@code receipted_message_id}
 * on MO messages.
 *
 * <p>The text comes from {@code short_message}, or from {@code message_payload} when {@code short_message} is
 * empty; a UDH is skipped when UDHI is set. It is read as UTF-16BE when {@code data_coding} announces UCS2 (0x08
 * and the 3GPP TS 23.038 UCS2 schemes such as 0x18, 0x19 or 0xE0-0xEF, reference §7.5), as unpacked GSM 7-bit
 * when it names that alphabet outright (e.g. 0x10, 0xF0, 0xF1; trailing 0x00 octets are C-string padding there,
 * not {@code @}), and as Latin-1 otherwise, including 0x00 "MC default", which MCs fill with GSM, ASCII or
 * Latin-1 (receipt labels are the same in all three). The text receipt is
 * merged with the TLVs {@code receipted_message_id}, {@code message_state} and {@code network_error_code}; the
 * TLVs win ({@link DeliveryReceipt#messageId()}, {@link DeliveryReceipt#state()}). A receipt-typed PDU with
 * unreadable text but receipt TLVs is a TLV-only receipt, with a warning. Never throws on any PDU.
 *
 * <p>Thread-safety: immutable, safe to share.
 *
 * @since 0.1.0
 */
public final class ReceiptExtractor {

    private static final ReceiptExtractor STANDARD = new ReceiptExtractor(ReceiptParser.standard(), true);
    private static final int RECEIPTED_MESSAGE_ID_TAG = StandardTlvs.RECEIPTED_MESSAGE_ID.tag();
    private static final int MESSAGE_STATE_TAG = StandardTlvs.MESSAGE_STATE.tag();
    private static final int NETWORK_ERROR_CODE_TAG = StandardTlvs.NETWORK_ERROR_CODE.tag();

    private final ReceiptParser parser;
    private final boolean byContent;

    private ReceiptExtractor(ReceiptParser parser, boolean byContent) {
        this.parser = parser;
        this.byContent = byContent;
    }

    /**
     * Returns the extractor with the standard parser that also recognises receipts by content.
     *
     * @return a shared extractor
     */
    public static ReceiptExtractor standard() {
        return STANDARD;
    }

    /**
     * Returns an extractor.
     *
     * @param parser the text parser (zone, stat aliases, limits)
     * @param recogniseByContent whether a normal-message esm_class with receipt-shaped text is a receipt
     * @return the extractor
     */
    public static ReceiptExtractor of(ReceiptParser parser, boolean recogniseByContent) {
        return new ReceiptExtractor(Objects.requireNonNull(parser, "parser"), recogniseByContent);
    }

    /**
     * Reads the receipt of a {@code deliver_sm}.
     *
     * @param pdu the PDU
     * @return the receipt, or why it is not one
     */
    public ReceiptParseResult extract(DeliverSm pdu) {
        Bytes text = pdu.shortMessage().isEmpty()
                ? pdu.tlvs().get(StandardTlvs.MESSAGE_PAYLOAD).orElse(Bytes.EMPTY)
                : pdu.shortMessage();
        return extract(pdu.esmClass().value(), pdu.dataCoding().value(), text, pdu.tlvs());
    }

    /**
     * Reads the receipt of a {@code data_sm} (its text, if any, is in {@code message_payload}).
     *
     * @param pdu the PDU
     * @return the receipt, or why it is not one
     */
    public ReceiptParseResult extract(DataSm pdu) {
        Bytes text = pdu.tlvs().get(StandardTlvs.MESSAGE_PAYLOAD).orElse(Bytes.EMPTY);
        return extract(pdu.esmClass().value(), pdu.dataCoding().value(), text, pdu.tlvs());
    }

    private ReceiptParseResult extract(int esmClass, int dataCoding, Bytes octets, Tlvs tlvs) {
        Optional<ReceiptKind> kind = ReceiptKind.fromEsmClass(esmClass);
        String text = decode(esmClass, dataCoding, octets);
        ReceiptParseResult fromText = text.isEmpty()
                ? new ReceiptParseResult.NotAReceipt("no text")
                : parser.parse(text);
        if (kind.isEmpty()) {
            return byContent ? byContent(esmClass, fromText, tlvs) : notReceiptType(esmClass);
        }
        List<String> warnings = new ArrayList<>();
        DeliveryReceipt.Builder b;
        if (fromText instanceof ReceiptParseResult.Parsed p) {
            b = p.receipt().toBuilder();
            warnings.addAll(p.warnings());
        } else if (hasReceiptTlvs(tlvs)) {
            b = DeliveryReceipt.builder().state(ReceiptState.OTHER);
            if (!text.isEmpty()) {
                warnings.add("text is not a receipt (" + ((ReceiptParseResult.NotAReceipt) fromText).reason()
                        + "); using the TLVs only");
            }
        } else {
            return new ReceiptParseResult.NotAReceipt("esm_class " + hex(esmClass) + " marks a receipt, but "
                    + ((ReceiptParseResult.NotAReceipt) fromText).reason() + " and no receipt TLVs");
        }
        mergeTlvs(b.kind(kind.get()), tlvs, warnings);
        return new ReceiptParseResult.Parsed(b.build(), warnings);
    }

    private ReceiptParseResult byContent(int esmClass, ReceiptParseResult fromText, Tlvs tlvs) {
        if (!(fromText instanceof ReceiptParseResult.Parsed p) || !looksLikeReceipt(p.receipt())) {
            return notReceiptType(esmClass);
        }
        List<String> warnings = new ArrayList<>(p.warnings());
        warnings.add("recognised by its text: esm_class " + hex(esmClass) + " does not mark a receipt");
        DeliveryReceipt.Builder b = p.receipt().toBuilder().kind(ReceiptKind.DELIVERY_RECEIPT);
        mergeTlvs(b, tlvs, warnings);
        return new ReceiptParseResult.Parsed(b.build(), warnings);
    }

    private static ReceiptParseResult notReceiptType(int esmClass) {
        return new ReceiptParseResult.NotAReceipt("esm_class " + hex(esmClass) + " is not a receipt type");
    }

    private static boolean looksLikeReceipt(DeliveryReceipt r) {
        return !r.id().isEmpty() && !r.stat().isEmpty()
                && (!r.sub().isEmpty() || !r.dlvrd().isEmpty() || r.submitDate().isPresent() || r.doneDate().isPresent());
    }

    private static boolean hasReceiptTlvs(Tlvs tlvs) {
        return tlvs.contains(RECEIPTED_MESSAGE_ID_TAG) || tlvs.contains(MESSAGE_STATE_TAG);
    }

    private static void mergeTlvs(DeliveryReceipt.Builder b, Tlvs tlvs, List<String> warnings) {
        Optional<String> id = tlvs.get(StandardTlvs.RECEIPTED_MESSAGE_ID);
        if (id.isEmpty() && tlvs.contains(RECEIPTED_MESSAGE_ID_TAG)) {
            // Some MCs send the id without its NUL (or padded with several); read the octets leniently.
            id = tlvs.find(RECEIPTED_MESSAGE_ID_TAG).map(t -> latin1WithoutNuls(t.value()));
            warnings.add("receipted_message_id is not a proper C-string; read as \"" + id.orElse("") + "\"");
        }
        id.ifPresent(b::receiptedMessageId);
        Optional<Integer> state = tlvs.get(StandardTlvs.MESSAGE_STATE);
        if (state.isPresent()) {
            b.messageState(state.get()).state(ReceiptState.fromMessageState(state.get()));
        } else if (tlvs.contains(MESSAGE_STATE_TAG)) {
            warnings.add("message_state is not 1 octet; ignored");
        }
        Optional<Tlv> error = tlvs.find(NETWORK_ERROR_CODE_TAG);
        if (error.isPresent()) {
            Bytes v = error.get().value();
            if (v.size() == 3) {
                b.networkErrorCode(new NetworkErrorCode(v.get(0), v.get(1) << 8 | v.get(2)));
            } else {
                warnings.add("network_error_code has " + v.size() + " octets (expected 3); ignored");
            }
        }
    }

    private static String decode(int esmClass, int dataCoding, Bytes octets) {
        int from = 0;
        if ((esmClass & 0x40) != 0 && !octets.isEmpty()) {
            from = Math.min(octets.size(), 1 + octets.get(0));
        }
        byte[] a = octets.toByteArray();
        DataCodingScheme dcs = DataCodingScheme.of(dataCoding);
        int end = a.length;
        if (dcs.alphabet() == Alphabet.UCS2) {
            // The NUL of a C string after UCS-2 text is one octet: padding, as trailing NULs are to the parser.
            if ((end - from) % 2 != 0 && a[end - 1] == 0) {
                end--;
            }
            return new String(a, from, end - from, StandardCharsets.UTF_16BE);
        }
        if (dcs.alphabet() == Alphabet.GSM7 && dataCoding != 0 && !dcs.compressed()) {
            // 0x00 is GSM '@', but trailing ones are C-string padding here as in the other encodings.
            while (end > from && a[end - 1] == 0) {
                end--;
            }
            return GsmAlphabet.standard().decodeSeptets(a, from, end - from);
        }
        return new String(a, from, end - from, StandardCharsets.ISO_8859_1);
    }

    private static String latin1WithoutNuls(Bytes value) {
        byte[] a = value.toByteArray();
        StringBuilder sb = new StringBuilder(a.length);
        for (byte x : a) {
            if (x != 0) {
                sb.append((char) (x & 0xFF));
            }
        }
        return sb.toString();
    }

    private static String hex(int octet) {
        return "0x" + Character.forDigit(octet >> 4 & 0xF, 16) + Character.forDigit(octet & 0xF, 16);
    }
}
