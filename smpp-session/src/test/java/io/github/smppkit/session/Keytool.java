package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The running JDK's keytool, for test certificates; every key store it writes has the password "changeit". */
final class Keytool {

    static final char[] PASSWORD = "changeit".toCharArray();

    private Keytool() {
    }

    /** Runs keytool with the arguments and the store password, and fails the test if it fails. */
    static void run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", "changeit", "-noprompt"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** Makes a key pair with a self-signed certificate under the alias "smsc". */
    static KeyStore selfSigned(Path file, String name, String san, String... validity) throws Exception {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", "smsc", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=" + san, "-storetype", "PKCS12", "-keystore",
                file.toString(), "-keypass", "changeit"));
        args.addAll(List.of(validity.length == 0 ? new String[] {"-validity", "2"} : validity));
        run(args.toArray(new String[0]));
        return load(file);
    }

    static KeyStore load(Path file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD);
        }
        return ks;
    }
}
