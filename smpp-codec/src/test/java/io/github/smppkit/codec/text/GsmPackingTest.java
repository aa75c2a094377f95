package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.Bytes;
import org.junit.jupiter.api.Test;

/** Packed GSM 7-bit against known vectors (reference §11.3 and §14, vectors 9-11). */
class GsmPackingTest {

    private static final GsmAlphabet GSM = GsmAlphabet.standard();

    private static Bytes hex(String hex) {
        return Bytes.fromHex(hex.replace(" ", ""));
    }

    @Test
    void helloHello() {
        assertThat(GSM.encodePacked("hellohello")).isEqualTo(hex("E8 32 9B FD 46 97 D9 EC 37"));
        assertThat(GSM.decodePacked(hex("E8329BFD4697D9EC37"))).isEqualTo("hellohello");
    }

    @Test
    void sevenSpareBitsCarryCrNotAt() {
        assertThat(GSM.encodePacked("1234567")).isEqualTo(hex("31 D9 8C 56 B3 DD 1A"));
        assertThat(GSM.decodePacked(hex("31D98C56B3DD1A"))).isEqualTo("1234567");
        // zero padding, as senders without the CR rule write it, reads as a trailing '@'
        assertThat(GSM.decodePacked(hex("31D98C56B3DD00"))).isEqualTo("1234567@");
    }

    @Test
    void udhThenFillBitThenText() {
        Bytes udh = hex("050003A70201");
        Bytes userData = GSM.encodeUserData(udh, "Hi", true);
        assertThat(userData).isEqualTo(hex("05 00 03 A7 02 01 90 69"));
        assertThat(GSM.decodeUserData(userData, 6, true)).isEqualTo("Hi");
        // unpacked: no fill bits, one septet per octet
        assertThat(GSM.encodeUserData(udh, "Hi", false)).isEqualTo(hex("050003A70201 48 69"));
    }

    @Test
    void sixteenBitReferenceUdhNeedsNoFill() {
        Bytes udh = hex("0608041234020 1".replace(" ", ""));
        Bytes userData = GSM.encodeUserData(udh, "hellohello", true);
        assertThat(userData.slice(7, userData.size())).isEqualTo(hex("E8329BFD4697D9EC37"));
        assertThat(GSM.decodeUserData(userData, 7, true)).isEqualTo("hellohello");
    }

    @Test
    void fullSingleMessageIs140Octets() {
        String text = ("The quick brown fox jumps over the lazy dog 0123456789 ").repeat(3).substring(0, 160);
        Bytes packed = GSM.encodePacked(text);
        // computed with an independent implementation of the 23.038 bit order
        assertThat(packed).isEqualTo(hex("54741914afa7c76b9058febebb41e6371ea4aeb7e173d0db5e9683e8e832881dd6e741e4"
                + "f719048bc966b49aed86cb81a8e832285e4f8fd720b1fc7d7783cc6f3c485d6fc3e7a0b7bd2c07d1d165103baccf83c8ef33"
                + "081693cd6835db0d970351d16550bc9e1eaf4162f9fbee0699df7890bade86cf416f7b590ea2a3cb2076589f0791df67102c"
                + "269bd16a"));
        assertThat(packed.size()).isEqualTo(140);
        assertThat(GSM.decodePacked(packed)).isEqualTo(text);
    }

    @Test
    void textEndingInAt() {
        // 7 septets: the spare 7 bits get CR, so the real '@' is not confused with padding
        assertThat(GSM.encodePacked("Hello!@")).isEqualTo(hex("C8329BFD0E011A"));
        assertThat(GSM.decodePacked(hex("C8329BFD0E011A"))).isEqualTo("Hello!@");
        // 8 septets end on an octet boundary: no padding at all
        assertThat(GSM.encodePacked("Hello!@@")).isEqualTo(hex("C8329BFD0E0100"));
        assertThat(GSM.decodePacked(hex("C8329BFD0E0100"))).isEqualTo("Hello!@@");
    }

    @Test
    void textEndingInCr() {
        // CR in the 7th slot, then the padding CR: the decoder drops only the padding
        assertThat(GSM.encodePacked("123456\r")).isEqualTo(hex("31D98C56B3351A"));
        assertThat(GSM.decodePacked(hex("31D98C56B3351A"))).isEqualTo("123456\r");
        // CR ending exactly on an octet boundary: 23.038 adds another CR, which the receiver shows as CR CR
        assertThat(GSM.encodePacked("1234567\r")).isEqualTo(hex("31D98C56B3DD1A0D"));
        assertThat(GSM.decodePacked(hex("31D98C56B3DD1A0D"))).isEqualTo("1234567\r\r");
    }

    @Test
    void emptyText() {
        assertThat(GSM.encodePacked("")).isEqualTo(Bytes.EMPTY);
        assertThat(GSM.decodePacked(Bytes.EMPTY)).isEmpty();
        assertThat(GSM.encodeUserData(hex("050003010201"), "", true)).isEqualTo(hex("050003010201"));
    }

    @Test
    void extensionCharactersInPackedForm() {
        String text = "{[€]}|\\~^\f";
        assertThat(GSM.decodePacked(GSM.encodePacked(text))).isEqualTo(text);
        assertThat(GSM.encode("€")).isEqualTo(hex("1B65"));
    }

    @Test
    void badUdhLengthDecodesToEmptyText() {
        assertThat(GSM.decodeUserData(hex("0500"), 6, true)).isEmpty();
    }
}
