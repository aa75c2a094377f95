package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.Bytes;
import org.junit.jupiter.api.Test;

/** UCS-2, Latin-1, IA5 and the unencodable-character contract. */
class TextCodecTest {

    @Test
    void ucs2KeepsSurrogatePairs() {
        TextCodec ucs2 = TextCodec.of(TextEncoding.UCS2);
        String text = "A\uD83D\uDE00\u00E9";
        Bytes b = ucs2.encode(text);
        assertThat(b).isEqualTo(Bytes.fromHex("0041d83dde0000e9"));
        assertThat(ucs2.decode(b)).isEqualTo(text);
        assertThat(ucs2.unitCount(text)).isEqualTo(4);
        assertThat(ucs2.units(0x1F600)).isEqualTo(2);
    }

    @Test
    void ucs2RefusesLoneSurrogatesButDecodesOddInput() {
        TextCodec ucs2 = TextCodec.of(TextEncoding.UCS2);
        assertThatThrownBy(() -> ucs2.encode("ab\uD83D"))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessage("cannot encode U+D83D lone surrogate at index 2 in ucs2");
        assertThatThrownBy(() -> ucs2.encode("\uDE00x")).isInstanceOf(UnencodableCharacterException.class);
        assertThat(ucs2.decode(Bytes.fromHex("004100"))).isEqualTo("A\uFFFD");
    }

    @Test
    void latin1AndIa5() {
        TextCodec latin1 = TextCodec.of(TextEncoding.LATIN1);
        TextCodec ia5 = TextCodec.of(TextEncoding.IA5);
        assertThat(latin1.encode("caf\u00E9")).isEqualTo(Bytes.fromHex("636166e9"));
        assertThat(latin1.decode(Bytes.fromHex("636166e9"))).isEqualTo("caf\u00E9");
        assertThat(ia5.encode("a{}")).isEqualTo(Bytes.fromHex("617b7d"));
        assertThat(ia5.decode(Bytes.fromHex("61ff"))).isEqualTo("a\uFFFD");
        assertThatThrownBy(() -> ia5.encode("caf\u00E9"))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessage("cannot encode U+00E9 '\u00E9' at index 3 in ia5");
        assertThatThrownBy(() -> latin1.encode("x\u20AC"))
                .hasMessage("cannot encode U+20AC '\u20AC' at index 1 in latin1");
    }

    @Test
    void gsmErrorNamesCharacterAndIndex() {
        UnencodableCharacterException e = null;
        try {
            GsmAlphabet.standard().encode("Hi \uD83D\uDE00");
        } catch (UnencodableCharacterException ex) {
            e = ex;
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("cannot encode U+1F600 '\uD83D\uDE00' at index 3 in gsm7");
        assertThat(e.codePoint()).isEqualTo(0x1F600);
        assertThat(e.index()).isEqualTo(3);
        assertThat(e.encodingName()).isEqualTo("gsm7");
    }

    @Test
    void replacementOnlyWhenAsked() {
        GsmAlphabet gsm = GsmAlphabet.standard();
        assertThat(gsm.replaceUnencodable("a\uD83D\uDE00b\u0416", "?")).isEqualTo("a?b?");
        assertThat(gsm.encode("a\u0416", "?")).isEqualTo(Bytes.fromHex("613f"));
        assertThatThrownBy(() -> gsm.encode("a\u0416", "\u0416")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replacement");
        assertThatThrownBy(() -> gsm.encode("a\u0416")).isInstanceOf(UnencodableCharacterException.class);
    }

    @Test
    void codecLookupByDataCoding() {
        assertThat(DataCodingScheme.of(0x08).textCodec()).containsSame(TextCodec.of(TextEncoding.UCS2));
        assertThat(DataCodingScheme.of(0x00).textCodec()).contains(GsmAlphabet.standard());
        assertThat(DataCodingScheme.of(0xF1).textCodec()).contains(GsmAlphabet.standard());
        assertThat(DataCodingScheme.of(0x04).textCodec()).isEmpty();
        assertThat(DataCodingScheme.of(0x28).textCodec()).as("compressed UCS2").isEmpty();
    }
}
