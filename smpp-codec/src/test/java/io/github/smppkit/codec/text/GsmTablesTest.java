package io.github.smppkit.codec.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.type.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every code point of the reference tables, both directions. */
class GsmTablesTest {

    // shared/ lies beside the repository: module dir/../../shared
    private static final Path REF = Path.of(System.getProperty("smppkit.shared", "../../shared")).resolve("reference");

    private record Row(String table, int id, int code, int unicode) {
    }

    private static List<Row> read(String file, boolean national) throws IOException {
        Path path = REF.resolve(file);
        assertThat(path).as("reference table %s must be present", path).exists();
        List<String> lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (national) {
                rows.add(new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[3], 16),
                        Integer.parseInt(f[4].substring(2), 16)));
            } else {
                rows.add(new Row(f[0].equals("basic") ? "locking" : "single", 0, Integer.parseInt(f[1], 16),
                        Integer.parseInt(f[2].substring(2), 16)));
            }
        }
        return rows;
    }

    private static GsmAlphabet alphabet(String table, int id) {
        GsmAlphabet a = GsmAlphabet.standard();
        if (id == 0) {
            return a;
        }
        NationalLanguage lang = NationalLanguage.fromId(id).orElseThrow();
        return table.equals("locking") ? a.withLockingShift(lang) : a.withSingleShift(lang);
    }

    private static String decode(GsmAlphabet a, int... septets) {
        byte[] b = new byte[septets.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) septets[i];
        }
        return a.decode(Bytes.of(b));
    }

    @Test
    void defaultTablesMatchReference() throws IOException {
        List<Row> rows = read("gsm0338.tsv", false);
        assertThat(rows).hasSize(138);
        checkAll(rows);
    }

    @Test
    void nationalTablesMatchReference() throws IOException {
        List<Row> rows = read("gsm0338-national.tsv", true);
        assertThat(rows).hasSize(2306);
        checkAll(rows);
    }

    /** The characters of each table, keyed "locking" or "single" plus the language id (0: default tables). */
    private static Map<String, List<Integer>> heldByTable() throws IOException {
        Map<String, List<Integer>> held = new HashMap<>();
        List<Row> rows = new ArrayList<>(read("gsm0338.tsv", false));
        rows.addAll(read("gsm0338-national.tsv", true));
        for (Row r : rows) {
            // code 0x1B is the escape, shown but never emitted
            if (r.code() != 0x1B) {
                held.computeIfAbsent(r.table() + r.id(), k -> new ArrayList<>()).add(r.unicode());
            }
        }
        return held;
    }

    @Test
    void everyOtherCharacterIsRefusedIncludingLatin1() throws IOException {
        Map<String, List<Integer>> held = heldByTable();
        for (NationalLanguage lang : NationalLanguage.values()) {
            GsmAlphabet single = GsmAlphabet.standard().withSingleShift(lang);
            List<Integer> known = new ArrayList<>(held.getOrDefault("locking0", List.of()));
            known.addAll(held.getOrDefault("single" + lang.id(), List.of()));
            for (int cp = 0; cp < 0x3000; cp++) {
                boolean teluguEuro = lang.id() == 12 && cp == 0x20AC;
                // U+00E7 is emitted as U+00C7's code in the default table (see cedillaAcceptsBothCasesAndDecodesCapital)
                boolean cedilla = cp == 0xE7;
                if (!teluguEuro && !cedilla) {
                    assertThat(single.units(cp) > 0).as("%s U+%04X", single, cp).isEqualTo(known.contains(cp));
                }
            }
        }
    }

    @Test
    void everyCharacterOutsideALockingTableIsRefused() throws IOException {
        Map<String, List<Integer>> held = heldByTable();
        int checked = 0;
        for (NationalLanguage lang : NationalLanguage.values()) {
            if (!lang.hasLockingShift()) {
                continue;
            }
            GsmAlphabet locking = GsmAlphabet.standard().withLockingShift(lang);
            // the locking table replaces the default basic table; the extension is the default one or its own
            for (GsmAlphabet a : List.of(locking, locking.withSingleShift(lang))) {
                Set<Integer> known = new HashSet<>(held.get("locking" + lang.id()));
                known.addAll(held.get("single" + (a.singleShift().isPresent() ? lang.id() : 0)));
                for (int cp = 0; cp < 0x10000; cp++) {
                    // Telugu single-shift 0x65 (euro) is decoded, never emitted (teluguEuroDecodedNotEmitted)
                    boolean teluguEuro = a.singleShift().isPresent() && lang.id() == 12 && cp == 0x20AC;
                    if (!teluguEuro) {
                        // no U+00E7 alias for 0x09 here: that is the default basic table's
                        assertThat(a.units(cp) > 0).as("%s U+%04X", a, cp).isEqualTo(known.contains(cp));
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2 * 12);
    }

    private static void checkAll(List<Row> rows) {
        // which (table, id) pairs map one character to several codes: the encoder must pick the last one
        Map<String, Integer> lastCode = new HashMap<>();
        for (Row r : rows) {
            if (!(r.table().equals("locking") && r.code() == 0x1B)) {
                lastCode.put(r.table() + r.id() + ":" + r.unicode(), r.code());
            }
        }
        int checked = 0;
        for (Row r : rows) {
            GsmAlphabet a = alphabet(r.table(), r.id());
            String ch = new String(Character.toChars(r.unicode()));
            String where = r.table() + " id " + r.id() + " code " + Integer.toHexString(r.code());
            if (r.table().equals("locking")) {
                if (r.code() == 0x1B) {
                    assertThat(r.unicode()).isEqualTo(0xA0);
                    assertThat(decode(a, 0x1B)).as(where).isEqualTo("\u00A0");
                    continue;
                }
                assertThat(decode(a, r.code())).as(where).isEqualTo(ch);
                assertThat(a.encode(ch)).as(where).isEqualTo(Bytes.of((byte) r.code()));
            } else {
                assertThat(decode(a, 0x1B, r.code())).as(where).isEqualTo(ch);
                boolean teluguEuro = r.id() == 12 && r.code() == 0x65;
                if (teluguEuro) {
                    assertThat(a.units(r.unicode())).as(where + " is never emitted").isZero();
                } else if (a.units(r.unicode()) == 1) {
                    // also in the basic/locking table: one septet is cheaper, and it must decode back
                    assertThat(a.decode(a.encode(ch))).as(where).isEqualTo(ch);
                } else {
                    int expected = lastCode.get(r.table() + r.id() + ":" + r.unicode());
                    assertThat(a.encode(ch)).as(where).isEqualTo(Bytes.of((byte) 0x1B, (byte) expected));
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void cedillaAcceptsBothCasesAndDecodesCapital() {
        GsmAlphabet a = GsmAlphabet.standard();
        assertThat(a.encode("\u00C7")).isEqualTo(Bytes.of((byte) 0x09));
        assertThat(a.encode("\u00E7")).isEqualTo(Bytes.of((byte) 0x09));
        assertThat(a.decode(Bytes.of((byte) 0x09))).isEqualTo("\u00C7");
    }

    @Test
    void indicDuplicatesEncodeToSpecChoice() {
        GsmAlphabet hindi = GsmAlphabet.standard().withSingleShift(NationalLanguage.HINDI);
        // '*' is at single 0x0B and 0x18, inverted '!' at 0x13 and 0x15 in ids 4-13: both decode, 0x18/0x15 emitted
        assertThat(decode(hindi, 0x1B, 0x0B)).isEqualTo("*");
        assertThat(decode(hindi, 0x1B, 0x18)).isEqualTo("*");
        assertThat(decode(hindi, 0x1B, 0x13)).isEqualTo("\u00A1");
        assertThat(hindi.encode("\u00A1")).isEqualTo(Bytes.of((byte) 0x40));
        GsmAlphabet hindiBoth = hindi.withLockingShift(NationalLanguage.HINDI);
        assertThat(hindiBoth.encode("*")).isEqualTo(Bytes.of((byte) 0x1B, (byte) 0x18));
        assertThat(hindiBoth.encode("\u00A1")).isEqualTo(Bytes.of((byte) 0x1B, (byte) 0x15));
    }

    @Test
    void teluguEuroDecodedNotEmitted() {
        GsmAlphabet telugu = GsmAlphabet.standard().withSingleShift(NationalLanguage.TELUGU)
                .withLockingShift(NationalLanguage.TELUGU);
        assertThat(decode(telugu, 0x1B, 0x65)).isEqualTo("\u20AC");
        assertThatThrownBy(() -> telugu.encode("\u20AC")).isInstanceOf(UnencodableCharacterException.class);
    }

    @Test
    void escapeFallbacks() {
        GsmAlphabet a = GsmAlphabet.standard();
        // escape before a code with no extension entry: the basic character (Android behaviour, reference 11.2)
        assertThat(decode(a, 0x1B, 0x41)).isEqualTo("A");
        assertThat(decode(a, 0x1B, 0x0D)).isEqualTo("\r");
        assertThat(decode(a, 0x1B, 0x1B)).isEqualTo(" ");
        assertThat(decode(a, 0x41, 0x1B)).isEqualTo("A\u00A0");
        assertThat(decode(a, 0x80, 0x41)).isEqualTo("\uFFFDA");
        assertThatThrownBy(() -> a.encode("\u00A0")).isInstanceOf(UnencodableCharacterException.class);
    }

    @Test
    void spanishHasNoLockingTable() {
        assertThatThrownBy(() -> GsmAlphabet.standard().withLockingShift(NationalLanguage.SPANISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPANISH");
        assertThat(GsmAlphabet.forShiftIds(2, 2))
                .isEqualTo(GsmAlphabet.standard().withSingleShift(NationalLanguage.SPANISH));
        assertThat(GsmAlphabet.forShiftIds(99, 0)).isEqualTo(GsmAlphabet.standard());
    }
}
