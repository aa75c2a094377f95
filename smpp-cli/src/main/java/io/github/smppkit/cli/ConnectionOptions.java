package io.github.smppkit.cli;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.errors.ErrorCatalog;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.session.TlsConfig;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/** The options every command that binds to an SMSC shares. */
final class ConnectionOptions {

    @Option(names = "--host", required = true, description = "SMSC host")
    String host;

    @Option(names = "--port", required = true, description = "SMSC port")
    int port;

    @Option(names = "--system-id", required = true, paramLabel = "ID", description = "system_id to bind with")
    String systemId;

    @Option(names = "--password", required = true, paramLabel = "PW", description = "password to bind with")
    String password;

    @Option(names = "--tls", description = "connect with TLS 1.2+ (hostname verified against the JDK's trust store)")
    boolean tls;

    @Option(names = "--error-response-body", description = "answer errors with an empty body after the header, for "
            + "SMSCs that cannot read the header-only form the spec asks for (e.g. ones built on libsmpp34)")
    boolean errorResponseBody;

    ClientConfig.Builder builder(BindType bindType) {
        if (port < 1 || port > 65535) {
            throw CliFailure.usage("--port " + port + " is not a TCP port (1..65535)");
        }
        if (host.isBlank()) {
            throw CliFailure.usage("--host is empty");
        }
        checkField("--system-id", systemId, 15);
        checkField("--password", password, 8);
        ClientConfig.Builder builder = SmppClient.builder()
                .host(host)
                .port(port)
                .systemId(systemId)
                .password(password)
                .bindType(bindType);
        if (tls) {
            builder.tls(TlsConfig.systemDefault());
        }
        if (errorResponseBody) {
            builder.codecConfig(CodecConfig.builder().errorResponseBody(true).build());
        }
        return builder;
    }

    /** Binds, turning failures into one clear line: a bind status is explained by the error catalog. */
    static SmppSession connect(ClientConfig config) {
        try {
            return SmppClient.connect(config);
        } catch (SmppBindException e) {
            int code = e.status().code();
            String meaning = ErrorCatalog.standard().lookup(code).stream()
                    .map(info -> info.name().isEmpty() ? info.description() : info.name() + " (" + info.description()
                            + ")")
                    .findFirst().orElse("unknown status");
            throw CliFailure.failed("bind refused by " + config.host() + ":" + config.port() + ": "
                    + String.format("0x%08X", code) + " " + meaning);
        } catch (SmppException e) {
            String why = e.getCause() instanceof UnknownHostException ? "the host " + config.host()
                    + " cannot be resolved" : e.getMessage();
            throw CliFailure.failed("cannot bind to " + config.host() + ":" + config.port() + ": " + why);
        }
    }

    /**
     * Refuses a value the PDU cannot carry as given, before anything is sent: SMPP text fields are Latin-1 without
     * NUL and have a maximum length.
     */
    static void checkField(String option, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw CliFailure.usage(option + " has " + value.length() + " characters; SMPP allows at most " + maxChars);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 0xFF) {
                throw CliFailure.usage(option + ": " + String.format("U+%04X", (int) c) + " at index " + i
                        + " cannot be sent (SMPP carries this field as Latin-1, without NUL)");
            }
        }
    }

    static BindType bindType(String text, String option) {
        return switch (text) {
            case "tx" -> BindType.TRANSMITTER;
            case "rx" -> BindType.RECEIVER;
            case "trx" -> BindType.TRANSCEIVER;
            default -> throw CliFailure.usage("unknown bind type '" + text + "' for " + option);
        };
    }
}
