package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.text.DataCodingScheme.IndicationType;
import io.github.smppkit.codec.text.DataCodingScheme.MessageWaiting;
import org.junit.jupiter.api.Test;

/** data_coding groups (reference §7.5). */
class DataCodingSchemeTest {

    private static Alphabet alphabet(int v) {
        return DataCodingScheme.of(v).alphabet();
    }

    @Test
    void smppValues() {
        Alphabet[] expected = {
            Alphabet.GSM7, Alphabet.IA5, Alphabet.BINARY, Alphabet.LATIN1, Alphabet.BINARY, Alphabet.JIS,
            Alphabet.CYRILLIC, Alphabet.LATIN_HEBREW, Alphabet.UCS2, Alphabet.PICTOGRAM, Alphabet.ISO_2022_JP,
            Alphabet.RESERVED, Alphabet.RESERVED, Alphabet.EXTENDED_KANJI, Alphabet.KS_C_5601, Alphabet.RESERVED
        };
        for (int v = 0; v < 16; v++) {
            DataCodingScheme d = DataCodingScheme.of(v);
            assertThat(d.alphabet()).as("0x%02x", v).isEqualTo(expected[v]);
            assertThat(d.messageClass()).isEmpty();
            assertThat(d.compressed()).isFalse();
            assertThat(d.messageWaiting()).isEmpty();
        }
    }

    @Test
    void generalDataCodingGroups() {
        assertThat(alphabet(0x10)).isEqualTo(Alphabet.GSM7);
        assertThat(DataCodingScheme.of(0x10).messageClass()).contains(MessageClass.CLASS_0);
        assertThat(alphabet(0x18)).isEqualTo(Alphabet.UCS2);
        assertThat(DataCodingScheme.of(0x18).messageClass()).contains(MessageClass.CLASS_0);
        assertThat(alphabet(0x15)).isEqualTo(Alphabet.BINARY);
        assertThat(DataCodingScheme.of(0x16).messageClass()).contains(MessageClass.CLASS_2);
        assertThat(alphabet(0x1C)).isEqualTo(Alphabet.RESERVED);
        DataCodingScheme compressed = DataCodingScheme.of(0x3B);
        assertThat(compressed.compressed()).isTrue();
        assertThat(compressed.alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(compressed.messageClass()).contains(MessageClass.CLASS_3);
        assertThat(DataCodingScheme.of(0x24).messageClass()).as("class bits not valid").isEmpty();
        DataCodingScheme autoDelete = DataCodingScheme.of(0x59);
        assertThat(autoDelete.autoDelete()).isTrue();
        assertThat(autoDelete.alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(autoDelete.messageClass()).contains(MessageClass.CLASS_1);
        assertThat(DataCodingScheme.of(0x60).compressed()).isTrue();
        assertThat(DataCodingScheme.of(0x3F).autoDelete()).isFalse();
    }

    @Test
    void reservedGroup() {
        for (int v = 0x80; v < 0xC0; v++) {
            assertThat(alphabet(v)).isEqualTo(Alphabet.RESERVED);
            assertThat(DataCodingScheme.of(v).messageClass()).isEmpty();
        }
    }

    @Test
    void messageWaitingGroups() {
        assertThat(DataCodingScheme.of(0xC0).messageWaiting())
                .contains(new MessageWaiting(false, IndicationType.VOICEMAIL, false));
        assertThat(alphabet(0xC0)).isEqualTo(Alphabet.GSM7);
        assertThat(DataCodingScheme.of(0xD9).messageWaiting())
                .contains(new MessageWaiting(true, IndicationType.FAX, true));
        assertThat(alphabet(0xD9)).isEqualTo(Alphabet.GSM7);
        assertThat(DataCodingScheme.of(0xEA).messageWaiting())
                .contains(new MessageWaiting(true, IndicationType.EMAIL, true));
        assertThat(alphabet(0xEA)).isEqualTo(Alphabet.UCS2);
        assertThat(DataCodingScheme.of(0xE3).messageWaiting().orElseThrow().type()).isEqualTo(IndicationType.OTHER);
        assertThat(DataCodingScheme.of(0xF0).messageWaiting()).isEmpty();
    }

    @Test
    void classGroup() {
        assertThat(alphabet(0xF0)).isEqualTo(Alphabet.GSM7);
        assertThat(DataCodingScheme.of(0xF0).messageClass()).contains(MessageClass.CLASS_0);
        assertThat(alphabet(0xF1)).isEqualTo(Alphabet.GSM7);
        assertThat(DataCodingScheme.of(0xF1).messageClass()).contains(MessageClass.CLASS_1);
        assertThat(alphabet(0xF4)).isEqualTo(Alphabet.BINARY);
        assertThat(DataCodingScheme.of(0xF6).messageClass()).contains(MessageClass.CLASS_2);
        assertThat(DataCodingScheme.of(0xF7).messageClass()).contains(MessageClass.CLASS_3);
        assertThat(DataCodingScheme.of(0xF7).compressed()).isFalse();
    }

    @Test
    void rangeAndSignedBytes() {
        assertThat(DataCodingScheme.of((byte) 0xF1).value()).isEqualTo(0xF1);
        assertThatThrownBy(() -> DataCodingScheme.of(256)).hasMessageContaining("data_coding: 256");
        assertThat(DataCodingScheme.of(8)).hasToString("DataCodingScheme(0x08 UCS2)");
    }
}
