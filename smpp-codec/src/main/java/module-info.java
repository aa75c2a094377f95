/**
 * smppkit codec: SMPP 3.3/3.4/5.0 PDU model, decoder, encoder, TLVs and zero-allocation views.
 */
module io.github.smppkit.codec {
    exports io.github.smppkit.codec;
    exports io.github.smppkit.codec.type;
    exports io.github.smppkit.codec.tlv;
    exports io.github.smppkit.codec.pdu;
    exports io.github.smppkit.codec.view;
    exports io.github.smppkit.codec.text;
}
