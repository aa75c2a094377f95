package io.github.smppkit.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one profile loader: the shipped files load, and each kind of mistake is named with file, line and key. */
class ProfileLoaderTest {

    static String resource(String file) {
        try (InputStream in = ProviderProfile.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String generic() {
        return resource("generic.profile");
    }

    private static int lineOf(String text, String content) {
        List<String> lines = text.lines().toList();
        int index = lines.indexOf(content);
        assertThat(index).as(content).isNotNegative();
        return index + 1;
    }

    @Test
    void parsingAShippedFileGivesTheBuiltInProfile() {
        for (String name : List.of("8x8", "sms-smpp-routes", "ycloud", "selfhost", "generic")) {
            ProviderProfile parsed = Providers.parse(name + ".profile", resource(name + ".profile"));
            assertThat(parsed).isEqualTo(Providers.byName(name).orElseThrow());
        }
    }

    @Test
    void everyFileStatesEveryKey() {
        long keys = generic().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        for (String name : List.of("8x8", "sms-smpp-routes", "ycloud", "selfhost")) {
            long own = resource(name + ".profile").lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("note ")
                            && !l.startsWith("region."))
                    .count();
            assertThat(own).as(name).isEqualTo(keys);
        }
    }

    @Test
    void seedsNamedByTheProfilesExist() {
        for (ProviderProfile p : Providers.builtIn()) {
            for (String seed : p.seeds()) {
                assertThat(SharedSeeds.read(seed)).as(p.name() + " " + seed).isNotEmpty();
            }
        }
    }

    @Test
    void aMissingKeyIsNamed() {
        String text = generic().replace("tls.port = unspecified\n", "");
        assertThatThrownBy(() -> Providers.parse("acme.profile", text)).isInstanceOf(ProfileFormatException.class)
                .hasMessage("acme.profile: missing key tls.port");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        String text = generic() + "tls.prot = 1\n";
        int line = lineOf(text, "tls.prot = 1");
        assertThatThrownBy(() -> Providers.parse("acme.profile", text))
                .isInstanceOfSatisfying(ProfileFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(line))
                .hasMessage("acme.profile line " + line + ": unknown key tls.prot");
    }

    @Test
    void aRepeatedKeyNamesBothLines() {
        String text = generic() + "port = 2776\n";
        int first = lineOf(text, "port = 2775");
        int second = lineOf(text, "port = 2776");
        assertThatThrownBy(() -> Providers.parse("acme.profile", text))
                .hasMessage("acme.profile line " + second + ": port given twice (first on line " + first + ")");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "port|abc|a port 1..65535 or unspecified",
        "port|70000|a port 1..65535 or unspecified",
        "max-binds|0|a positive integer or unspecified",
        "smpp-version|3.5|3.3, 3.4, 5.0 or unspecified",
        "tls.version|1.2|a javax.net.ssl protocol name such as TLSv1.2, or unspecified",
        "bind-types|bind_transmitter, submit_sm|bind_receiver, bind_transmitter or bind_transceiver",
        "bind-types|bind_transmitter, bind_transmitter|bind_receiver, bind_transmitter or bind_transceiver, each once",
        "accepted-pdus|submit_sm, send_sm|command names such as submit_sm",
        "source.ton|1, 256|TON values 0..255",
        "source.alphanumeric|5|TON/NPI such as 5/0",
        "destination.length|17..4|min..max with 1 <= min <= max, or unspecified",
        "data-codings|x|data_coding values 0..255",
        "submit.null-fields|priority_flag|fields among [service_type, sm_default_msg_id]",
        "throughput.scope|connection|bind, account or unspecified",
        "receipt.routing|same-bind|any-bind-of-system-id or unspecified",
        "receipt.date-zone|Mars/Olympus|a zone id such as UTC",
        "message-id.policy|HEXADECIMAL|a StandardIdPolicy name such as NUMERIC",
        "error-catalog|acme|one of [8x8, sms-smpp-routes, ycloud, selfhost, generic]",
        "default-region|sg|none, as no regions are listed",
        "name|Acme Corp|a lower-case name of letters, digits, '.', '_' and '-'",
    })
    void aBadValueNamesFileLineKeyAndTheExpectedForm(String key, String value, String expected) {
        String text = replaceValue(generic(), key, value);
        int line = lineOf(text, key + " = " + value);
        assertThatThrownBy(() -> Providers.parse("acme.profile", text)).isInstanceOf(ProfileFormatException.class)
                .hasMessage("acme.profile line " + line + ": " + key + " = '" + value + "' (expected " + expected + ")");
    }

    @Test
    void aLineWithoutEqualsSignIsRejected() {
        String text = generic() + "just words\n";
        assertThatThrownBy(() -> Providers.parse("acme.profile", text))
                .hasMessageEndingWith(": 'just words' (expected key = value)");
    }

    @Test
    void anEmptyValueAsksForUnspecified() {
        String text = replaceValue(generic(), "tls.note", "");
        assertThatThrownBy(() -> Providers.parse("acme.profile", text))
                .hasMessageEndingWith("tls.note has no value (write 'unspecified' when the source is silent)");
    }

    @Test
    void regionsNeedHostAndADefaultAmongThem() {
        String regions = replaceValue(replaceValue(generic(), "regions", "north"), "default-region", "north");
        assertThatThrownBy(() -> Providers.parse("acme.profile", regions))
                .hasMessage("acme.profile: missing key region.north.label");
        String complete = regions + "region.north.label = North\nregion.north.host = smpp.example.com\n";
        ProviderProfile parsed = Providers.parse("acme.profile", complete);
        assertThat(parsed.endpoint().host()).hasValue("smpp.example.com");
        assertThat(parsed.endpoint().selectedRegion().orElseThrow().label()).isEqualTo("North");
        String wrongDefault = replaceValue(complete, "default-region", "south");
        assertThatThrownBy(() -> Providers.parse("acme.profile", wrongDefault))
                .hasMessageEndingWith("default-region = 'south' (expected one of [north])");
    }

    @Test
    void theDefaultRegionIsListedFirst() {
        assertThat(Providers.byName("8x8").orElseThrow().endpoint().regions()).extracting(Region::name)
                .containsExactly("sg", "eu");
        ProviderProfile eu = Providers.byName("8x8").orElseThrow().region("eu");
        assertThat(eu.endpoint().regions()).extracting(Region::name).containsExactly("sg", "eu");
        assertThat(eu.toString()).isEqualTo("8x8 (region eu: smpp.8x8.uk)");
    }

    @Test
    void anUnknownRegionListsTheKnownOnes() {
        ProviderProfile x8 = Providers.byName("8x8").orElseThrow();
        assertThatThrownBy(() -> x8.region("us")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region: 'us' (expected one of [sg, eu])");
        assertThatThrownBy(() -> Providers.generic().region("sg")).hasMessage("region: 'sg' (expected one of [])");
    }

    @Test
    void notesMayRepeat() {
        ProviderProfile p = Providers.parse("acme.profile", generic() + "note = first\nnote = second\n");
        assertThat(p.notes()).containsExactly("first", "second");
    }

    private static String replaceValue(String text, String key, String value) {
        String prefix = key + " = ";
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(prefix)) {
                line = value.isEmpty() ? key + " =" : prefix + value;
                found = true;
            }
            out.append(line).append('\n');
        }
        assertThat(found).as(key).isTrue();
        return out.substring(0, out.length() - 1);
    }
}
