package io.github.smppkit.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.DataCoding;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The validator on arbitrary messages: never throws, names only known rules, and each rule fires exactly when broken. */
class MessageValidatorProperties {
    private static final Set<String> RULES = Set.of("accepted-pdus", "data-codings", "message.max-octets",
            "message.max-default-chars", "submit.null-fields", "source.alphanumeric", "source.ton", "source.npi",
            "destination.ton", "destination.npi", "destination.length", "destination.format");

    @Provide
    Arbitrary<SubmitSm> messages() {
        Arbitrary<Address> source = address(Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'z')
                .ofMaxLength(20));
        Arbitrary<Address> destination = address(Arbitraries.strings().withCharRange('0', '9').ofMaxLength(20));
        Arbitrary<Integer> coding = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 255);
        Arbitrary<String> serviceType = Arbitraries.of("", "CMT", "WAP");
        return Combinators.combine(source, destination, coding, length, serviceType).as((s, d, c, n, st) ->
                SubmitSm.builder().source(s).destination(d).dataCoding(DataCoding.of(c)).serviceType(st)
                        .shortMessage(Bytes.of(new byte[n])).build());
    }

    private static Arbitrary<Address> address(Arbitrary<String> values) {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 9);
        return Combinators.combine(octet, octet, values).as(Address::of);
    }

    @Property(tries = 300)
    void everyProfileNamesOnlyKnownRulesAndItself(@ForAll("messages") SubmitSm message) {
        for (ProviderProfile p : Providers.all()) {
            List<Violation> violations = p.validate(message);
            assertThat(violations).allSatisfy(v -> {
                assertThat(RULES).contains(v.rule());
                assertThat(v.provider()).isEqualTo(p.name());
                assertThat(v.message()).startsWith(p.name());
            });
            assertThat(violations).extracting(Violation::rule).doesNotHaveDuplicates();
        }
    }

    @Property(tries = 300)
    void genericAcceptsEveryMessage(@ForAll("messages") SubmitSm message) {
        assertThat(Providers.generic().validate(message)).isEmpty();
    }

    @Property(tries = 200)
    void selfhostRejectsExactlyTheCodingsItDoesNotList(@ForAll("messages") SubmitSm message) {
        int coding = message.dataCoding().value();
        boolean flagged = Providers.byName("selfhost").orElseThrow().validate(message).stream()
                .anyMatch(v -> v.rule().equals("data-codings"));
        assertThat(flagged).isEqualTo(coding != 0 && coding != 8);
    }

    @Property(tries = 200)
    void routesFlagsDestinationLengthOutsideFourToSixteen(@ForAll("messages") SubmitSm message) {
        int length = message.destination().value().length();
        boolean flagged = Providers.byName("sms-smpp-routes").orElseThrow().validate(message).stream()
                .anyMatch(v -> v.rule().equals("destination.length"));
        assertThat(flagged).isEqualTo(length < 4 || length > 16);
    }

    @Property(tries = 200)
    void selfhostFormatMatchesZeroNineAndNineDigits(@ForAll @NumericChars @StringLength(9) String digits,
            @ForAll @IntRange(min = 0, max = 8) int position, @ForAll("nonDigits") char other) {
        assertThat(AddressRules.matchesFormat("09xxxxxxxxx", "09" + digits)).isTrue();
        String broken = "09" + digits.substring(0, position) + other + digits.substring(position + 1);
        assertThat(AddressRules.matchesFormat("09xxxxxxxxx", broken)).isFalse();
        assertThat(AddressRules.matchesFormat("09xxxxxxxxx", "09" + digits + "1")).isFalse();
        assertThat(AddressRules.matchesFormat("09xxxxxxxxx", "08" + digits)).isFalse();
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.chars().range(' ', '~').filter(c -> c < '0' || c > '9');
    }
}
