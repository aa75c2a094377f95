package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdPolicyTest {

    @Test
    void asIsOnlyStripsBlanks() {
        assertThat(StandardIdPolicy.AS_IS.submittedKey(" 00Ab ")).isEqualTo("00Ab");
        assertThat(StandardIdPolicy.AS_IS.receiptKey("ab")).isNotEqualTo(StandardIdPolicy.AS_IS.submittedKey("AB"));
    }

    @Test
    void caseInsensitiveLowersCase() {
        assertThat(StandardIdPolicy.CASE_INSENSITIVE.submittedKey("9F1C2E4A-7B3D"))
                .isEqualTo(StandardIdPolicy.CASE_INSENSITIVE.receiptKey("9f1c2e4a-7b3d"));
        assertThat(StandardIdPolicy.CASE_INSENSITIVE.receiptKey("007")).isEqualTo("007");
    }

    @Test
    void hexToDecimalMatchesTheCorpusStyleIds() {
        // node-smpp answers submit_sm_resp with 38e6dff7; a decimal-receipt SMSC reports 954654711.
        assertThat(StandardIdPolicy.HEX_TO_DECIMAL.submittedKey("38e6dff7")).isEqualTo("954654711");
        assertThat(StandardIdPolicy.HEX_TO_DECIMAL.receiptKey("0954654711")).isEqualTo("954654711");
        assertThat(StandardIdPolicy.HEX_TO_DECIMAL.receiptKey("38E6DFF7")).isEqualTo("954654711");
    }

    @Test
    void decimalToHexIsTheOtherDirection() {
        assertThat(StandardIdPolicy.DECIMAL_TO_HEX.submittedKey("954654711"))
                .isEqualTo(StandardIdPolicy.DECIMAL_TO_HEX.receiptKey("38E6DFF7"));
        // An all-digit receipt id is hex under this policy: "10" is sixteen.
        assertThat(StandardIdPolicy.DECIMAL_TO_HEX.receiptKey("10")).isEqualTo("16");
    }

    @Test
    void numericIgnoresLeadingZerosAndReadsLetteredIdsAsHex() {
        assertThat(StandardIdPolicy.NUMERIC.submittedKey("000123")).isEqualTo(StandardIdPolicy.NUMERIC.receiptKey("123"));
        assertThat(StandardIdPolicy.NUMERIC.receiptKey("0")).isEqualTo("0");
        assertThat(StandardIdPolicy.NUMERIC.receiptKey("000")).isEqualTo("0");
        assertThat(StandardIdPolicy.NUMERIC.receiptKey("ff")).isEqualTo("255");
    }

    @Test
    void hexIdsBeyondSixtyFourBitsUseBigNumbers() {
        assertThat(StandardIdPolicy.HEX.submittedKey("fffffffffffffff")).isEqualTo("1152921504606846975");
        assertThat(StandardIdPolicy.HEX.submittedKey("FFFFFFFFFFFFFFFF")).isEqualTo("18446744073709551615");
        assertThat(StandardIdPolicy.HEX_TO_DECIMAL.receiptKey("18446744073709551615"))
                .isEqualTo(StandardIdPolicy.HEX_TO_DECIMAL.submittedKey("0000ffffffffffffffff"));
    }

    @Test
    void idsThatAreNotNumbersFallBackToTextThatCannotCollideWithANumber() {
        assertThat(StandardIdPolicy.HEX.submittedKey("Msg-42")).isEqualTo("msg-42");
        assertThat(StandardIdPolicy.NUMERIC.receiptKey("12x")).isEqualTo("12x");
        assertThat(StandardIdPolicy.HEX_TO_DECIMAL.receiptKey("")).isEmpty();
        String tooLong = "1".repeat(65);
        assertThat(StandardIdPolicy.HEX.submittedKey(tooLong)).isEqualTo(tooLong);
    }
}
