package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MessageIdPolicyProperties {

    @Provide
    Arbitrary<BigInteger> ids() {
        return Arbitraries.oneOf(
                Arbitraries.longs().greaterOrEqual(0).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(200)));
    }

    private static String hex(BigInteger n, int zeros, boolean upper) {
        String h = "0".repeat(zeros) + n.toString(16);
        return upper ? h.toUpperCase(Locale.ROOT) : h;
    }

    private static String decimal(BigInteger n, int zeros) {
        return "0".repeat(zeros) + n.toString();
    }

    @Property(tries = 300)
    void hexToDecimalMatchesHexSubmitsWithDecimalReceipts(@ForAll("ids") BigInteger n,
            @ForAll @IntRange(max = 3) int zeros, @ForAll boolean upper) {
        MessageIdPolicy p = StandardIdPolicy.HEX_TO_DECIMAL;

        assertThat(p.submittedKey(hex(n, zeros, upper))).isEqualTo(p.receiptKey(decimal(n, zeros)));
    }

    @Property(tries = 300)
    void decimalToHexMatchesDecimalSubmitsWithHexReceipts(@ForAll("ids") BigInteger n,
            @ForAll @IntRange(max = 3) int zeros, @ForAll boolean upper) {
        MessageIdPolicy p = StandardIdPolicy.DECIMAL_TO_HEX;

        assertThat(p.submittedKey(decimal(n, zeros))).isEqualTo(p.receiptKey(hex(n, zeros, upper)));
    }

    @Property(tries = 300)
    void hexMatchesAnyCaseAndLeadingZeros(@ForAll("ids") BigInteger n, @ForAll @IntRange(max = 3) int zeros1,
            @ForAll @IntRange(max = 3) int zeros2) {
        MessageIdPolicy p = StandardIdPolicy.HEX;

        assertThat(p.submittedKey(hex(n, zeros1, true))).isEqualTo(p.receiptKey(hex(n, zeros2, false)));
    }

    @Property(tries = 300)
    void numericMatchesLeadingZerosAndLetteredHex(@ForAll("ids") BigInteger n, @ForAll @IntRange(max = 3) int zeros,
            @ForAll boolean upper) {
        MessageIdPolicy p = StandardIdPolicy.NUMERIC;

        assertThat(p.submittedKey(decimal(n, zeros))).isEqualTo(p.receiptKey(decimal(n, 0)));
        String h = hex(n, zeros, upper);
        if (!h.chars().allMatch(Character::isDigit)) {
            assertThat(p.submittedKey(h)).isEqualTo(p.receiptKey(decimal(n, 0)));
        }
    }

    @Property(tries = 300)
    void caseInsensitiveMatchesCaseButNotZeros(@ForAll("ids") BigInteger n) {
        MessageIdPolicy p = StandardIdPolicy.CASE_INSENSITIVE;

        assertThat(p.submittedKey(hex(n, 0, true))).isEqualTo(p.receiptKey(hex(n, 0, false)));
        assertThat(p.submittedKey(decimal(n, 1))).isNotEqualTo(p.receiptKey(decimal(n, 0)));
    }

    @Property(tries = 300)
    void asIsMatchesOnlyTheSameText(@ForAll("ids") BigInteger n) {
        MessageIdPolicy p = StandardIdPolicy.AS_IS;
        String lower = hex(n, 0, false);

        assertThat(p.submittedKey(lower)).isEqualTo(p.receiptKey(lower));
        if (lower.chars().anyMatch(Character::isLetter)) {
            assertThat(p.submittedKey(hex(n, 0, true))).isNotEqualTo(p.receiptKey(lower));
        }
    }

    /** The forms each policy expects on each side; keys must match exactly when the numbers are equal. */
    @Property(tries = 500)
    void keysMatchExactlyWhenTheNumbersAreEqual(@ForAll("ids") BigInteger n, @ForAll("ids") BigInteger m,
            @ForAll boolean same, @ForAll StandardIdPolicy policy) {
        BigInteger other = same ? n : m;
        boolean hexSubmit = policy != StandardIdPolicy.NUMERIC && policy != StandardIdPolicy.DECIMAL_TO_HEX;
        boolean hexReceipt = policy != StandardIdPolicy.NUMERIC && policy != StandardIdPolicy.HEX_TO_DECIMAL;
        String submitted = hexSubmit ? hex(n, 0, false) : decimal(n, 0);
        String receipt = hexReceipt ? hex(other, 0, false) : decimal(other, 0);

        assertThat(policy.submittedKey(submitted).equals(policy.receiptKey(receipt))).isEqualTo(n.equals(other));
    }

    @Property(tries = 300)
    void anyTextGivesAKeyWithoutThrowing(@ForAll String id, @ForAll StandardIdPolicy policy) {
        assertThat(policy.submittedKey(id)).isNotNull();
        assertThat(policy.receiptKey(id)).isNotNull();
    }
}
