package io.github.smppkit.dlr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptSlicesTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "999", "007", "010", "123", "0", "9", "00", "42", "99"})
    void sharesValuesOfOneToThreeDigits(String value) {
        String first = ReceiptSlices.slice("sub:" + value + " ", 4, 4 + value.length());
        String again = ReceiptSlices.slice("err:" + value, 4, 4 + value.length());
        assertThat(first).isEqualTo(value);
        assertThat(again).isSameAs(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001", "1234", "00a", "a00", "0/0", "0:0", " 01", "-1", "\u0130", "x", "DELIVRD"})
    void slicesOtherValues(String value) {
        String text = "id:" + value + " sub:001";
        assertThat(ReceiptSlices.slice(text, 3, 3 + value.length())).isEqualTo(value);
    }

    @Test
    void slicesAnEmptyRangeToTheEmptyString() {
        assertThat(ReceiptSlices.slice("sub: dlvrd:", 4, 4)).isEmpty();
    }

    @Test
    void doesNotConfuseLengthsOfTheSameNumber() {
        assertThat(ReceiptSlices.slice("7 07 007", 0, 1)).isEqualTo("7");
        assertThat(ReceiptSlices.slice("7 07 007", 2, 4)).isEqualTo("07");
        assertThat(ReceiptSlices.slice("7 07 007", 5, 8)).isEqualTo("007");
    }
}
