package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.session.internal.OutbindAcceptor;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Passwords are compared in constant time: a comparison that stops at the first differing character lets a peer
 * guess a password from answer times. A timing test would be flaky, so this checks the code instead.
 */
class PasswordComparisonTest {

    private static final String IS_EQUAL = "java/security/MessageDigest.isEqual([B[B)Z";

    /** Comparisons that return at the first difference. */
    private static final Set<String> EARLY_EXIT = Set.of("java/lang/String.equals(Ljava/lang/Object;)Z",
            "java/lang/String.equalsIgnoreCase(Ljava/lang/String;)Z",
            "java/lang/String.contentEquals(Ljava/lang/CharSequence;)Z",
            "java/lang/String.compareTo(Ljava/lang/String;)I", "java/util/Arrays.equals([B[B)Z",
            "java/util/Objects.equals(Ljava/lang/Object;Ljava/lang/Object;)Z");

    @Test
    void theClassesThatCompareSecretsCallMessageDigestIsEqualAndNoEarlyExitComparison() throws IOException {
        // BindRequest.passwordMatches (server binds) and OutbindAcceptor (an SMSC's outbind credentials)
        for (Class<?> c : List.of(BindRequest.class, OutbindAcceptor.class)) {
            Set<String> called = methodsCalled(c);
            assertThat(called).as(c.getSimpleName()).contains(IS_EQUAL).doesNotContainAnyElementsOf(EARLY_EXIT);
        }
    }

    @Test
    void noMainSourceComparesAPasswordWithEquals() throws IOException {
        // the source, as the bytecode does not say which String a call compares; an alias (String p = password())
        // escapes this check, which the reviews are there for
        Pattern passwordThenEquals = Pattern.compile(
                "password\\w*(\\(\\))?\\s*\\.\\s*(equals|equalsIgnoreCase|contentEquals|compareTo)\\s*\\(",
                Pattern.CASE_INSENSITIVE);
        Pattern equalsThenPassword = Pattern.compile(
                "\\.\\s*(equals|equalsIgnoreCase|contentEquals|compareTo)\\s*\\(\\s*[\\w.]*password\\w*(\\(\\))?\\s*\\)",
                Pattern.CASE_INSENSITIVE);
        assertThat(passwordThenEquals.matcher("request.password().equals(expected)").find()).isTrue();
        assertThat(equalsThenPassword.matcher("expected.equals(o.password())").find()).isTrue();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("main sources found").anyMatch(p -> p.endsWith("BindRequest.java"));
        List<String> offenders = new ArrayList<>();
        for (Path p : sources) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(passwordThenEquals, equalsThenPassword)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    offenders.add(p.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Reads the Methodref entries of a class file's constant pool (JVMS §4.4) as owner.name(descriptor). */
    private static Set<String> methodsCalled(Class<?> c) throws IOException {
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class");
                DataInputStream in = new DataInputStream(raw)) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int[][] refs = new int[count][];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1:
                        utf8[i] = in.readUTF();
                        break;
                    case 7:
                        classNames[i] = in.readUnsignedShort();
                        break;
                    case 10: // Methodref, and NameAndType: two indexes each
                    case 12:
                        refs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                        break;
                    case 3: case 4: case 9: case 11: case 17: case 18:
                        in.skipNBytes(4);
                        break;
                    case 5: case 6:
                        in.skipNBytes(8);
                        i++; // a long or double takes two entries
                        break;
                    case 8: case 16: case 19: case 20:
                        in.skipNBytes(2);
                        break;
                    case 15:
                        in.skipNBytes(3);
                        break;
                    default:
                        throw new IOException(c + ": constant pool tag " + tag + " at " + i);
                }
            }
            Set<String> methods = new HashSet<>();
            for (int[] r : refs) {
                if (r != null && r[0] == 10) {
                    int[] nameAndType = refs[r[2]];
                    methods.add(utf8[classNames[r[1]]] + "." + utf8[nameAndType[1]] + utf8[nameAndType[2]]);
                }
            }
            return methods;
        }
    }
}
