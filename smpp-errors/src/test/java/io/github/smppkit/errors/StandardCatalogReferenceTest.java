package io.github.smppkit.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves the standard catalog covers every row of SMPP-REFERENCE.md §6, named codes and reserved ranges alike. */
class StandardCatalogReferenceTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(0x[0-9A-Fa-f]+)(?:\\s*[–-]\\s*(0x[0-9A-Fa-f]+))?\\s*"
                    + "\\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|\\s*$");

    /** One row of the §6 table: a code or range, its names (v3.4 and v5.0 spellings), its meaning. */
    record Row(int low, int high, List<String> names, String meaning) {
    }

    private static List<Row> rows;

    @BeforeAll
    static void parseReference() {
        String markdown = SharedDocs.read("reference/SMPP-REFERENCE.md");
        int start = markdown.indexOf("## 6. command_status codes");
        int end = markdown.indexOf("\n## 7.", start);
        assertThat(start).as("section 6 heading in SMPP-REFERENCE.md").isNotNegative();
        rows = new ArrayList<>();
        for (String line : markdown.substring(start, end).split("\n")) {
            Matcher m = ROW.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            int low = Integer.parseUnsignedInt(m.group(1).substring(2), 16);
            int high = m.group(2) == null ? low : Integer.parseUnsignedInt(m.group(2).substring(2), 16);
            List<String> names = new ArrayList<>();
            Matcher name = Pattern.compile("ESME_R\\w+").matcher(m.group(3));
            while (name.find()) {
                names.add(name.group());
            }
            rows.add(new Row(low, high, names, m.group(4)));
        }
        assertThat(rows).as("rows parsed from the section 6 table").hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void everyNamedCodeOfTheReferenceIsInTheCatalogWithAllItsNames() {
        ErrorCatalog standard = ErrorCatalog.standard();
        int named = 0;
        for (Row row : rows) {
            if (row.names().isEmpty()) {
                continue;
            }
            named++;
            ErrorInfo info = standard.lookup(row.low()).get(0);
            assertThat(info.code()).isEqualTo(row.low());
            assertThat(info.source()).isEqualTo("standard");
            List<String> catalogNames = new ArrayList<>(info.aliases());
            catalogNames.add(info.name());
            assertThat(catalogNames).as("names of %s", ErrorInfo.hex(row.low()))
                    .containsExactlyInAnyOrderElementsOf(row.names());
            for (String name : row.names()) {
                assertThat(standard.lookupByName(name)).as(name).containsExactly(info);
            }
        }
        long catalogNamed = standard.entries().stream()
                .filter(e -> e.scope() == ErrorScope.COMMAND_STATUS && !e.name().isEmpty()).count();
        assertThat(named).as("named codes in the reference").isEqualTo(67);
        assertThat(catalogNamed).as("named command_status entries in the catalog").isEqualTo(named);
    }

    @Test
    void everyReservedOrVendorRowIsAnsweredAsSuch() {
        for (Row row : rows) {
            if (!row.names().isEmpty()) {
                continue;
            }
            boolean vendor = row.meaning().contains("vendor");
            for (int code : new int[] {row.low(), row.high(), row.low() + (int) ((Integer.toUnsignedLong(row.high())
                    - Integer.toUnsignedLong(row.low())) / 2)}) {
                List<ErrorInfo> found = ErrorCatalog.standard().lookup(code);
                assertThat(found).as(ErrorInfo.hex(code)).hasSize(1);
                ErrorInfo info = found.get(0);
                assertThat(info.code()).isEqualTo(code);
                assertThat(info.name()).isEmpty();
                assertThat(info.description()).as(ErrorInfo.hex(code))
                        .startsWith(vendor ? "vendor-specific" : "reserved");
            }
        }
    }

    @Test
    void catalogHasNoCommandStatusTheReferenceLacks() {
        for (ErrorInfo info : ErrorCatalog.standard().entries()) {
            if (info.scope() != ErrorScope.COMMAND_STATUS) {
                continue;
            }
            assertThat(rows).as("reference row starting at %s", ErrorInfo.hex(info.code()))
                    .anyMatch(row -> row.low() == info.code());
        }
    }
}
