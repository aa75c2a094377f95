package io.github.smppkit.codec.text;

import io.github.smppkit.codec.text.internal.SeptetPacker;
import io.github.smppkit.codec.text.internal.UdhInfo;
import io.github.smppkit.codec.type.Bytes;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** Joins the parts of a complete message and decodes its text. Thread-safety: stateless. */
final class TextAssembler {

    private TextAssembler() {
    }

    static ReassembledMessage assemble(InboundPart[] parts, UdhInfo[] udhs, boolean gsmPacked) {
        InboundPart first = parts[0];
        DataCodingScheme dcs = DataCodingScheme.of(first.dataCoding());
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        ByteArrayOutputStream septets = new ByteArrayOutputStream();
        for (int k = 0; k < parts.length; k++) {
            byte[] raw = parts[k].userData().toByteArray();
            int h = udhs[k].length();
            payload.write(raw, h, raw.length - h);
            if (gsmPacked) {
                byte[] s = SeptetPacker.unpack(raw, h, raw.length - h, h == 0 ? 0 : SeptetPacker.fillBits(h));
                septets.write(s, 0, s.length);
            }
        }
        Bytes body = Bytes.of(payload.toByteArray());
        Optional<TextCodec> codec = dcs.textCodec();
        Optional<String> text = Optional.empty();
        if (codec.isPresent()) {
            if (codec.get() instanceof GsmAlphabet) {
                GsmAlphabet gsm = GsmAlphabet.forShiftIds(udhs[0].lockingShift(), udhs[0].singleShift());
                byte[] s = gsmPacked ? septets.toByteArray() : body.toByteArray();
                text = Optional.of(gsm.decodeSeptets(s, 0, s.length));
            } else {
                text = Optional.of(codec.get().decode(body));
            }
        }
        return new ReassembledMessage(first.source(), first.destination(), dcs, parts.length, body, text);
    }
}
