package io.github.smppkit.providers;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the provider says about binding: SMPP version, bind types, how many binds, password limits. An empty
 * optional or list means the provider's documentation is silent.
 *
 * <p>Thread-safety: immutable.
 *
 * @param smppVersion         the {@code interface_version} to bind with, e.g. {@link InterfaceVersion#V34}
 * @param bindTypes           allowed bind commands ({@code BIND_RECEIVER}, {@code BIND_TRANSMITTER},
 *                            {@code BIND_TRANSCEIVER}) in the provider's order; empty when not stated
 * @param recommendedBindType the bind command the provider recommends
 * @param maxBinds            most simultaneous binds allowed
 * @param maxBindsScope       what {@code maxBinds} counts per, e.g. {@code "sub-account"}
 * @param passwordMaxLength   longest password in characters
 * @param passwordNote        the provider's advice about passwords
 * @since 0.1.0
 */
public record BindRules(Optional<InterfaceVersion> smppVersion, List<CommandId> bindTypes,
        Optional<CommandId> recommendedBindType, OptionalInt maxBinds, Optional<String> maxBindsScope,
        OptionalInt passwordMaxLength, Optional<String> passwordNote) {

    /**
     * Copies the list and checks the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a bind type is not a bind command or a limit is below 1
     */
    public BindRules {
        Objects.requireNonNull(smppVersion, "smppVersion");
        bindTypes = Checks.list(bindTypes, "bindTypes");
        Objects.requireNonNull(recommendedBindType, "recommendedBindType");
        Checks.positive(maxBinds, "maxBinds");
        Objects.requireNonNull(maxBindsScope, "maxBindsScope");
        Checks.positive(passwordMaxLength, "passwordMaxLength");
        Objects.requireNonNull(passwordNote, "passwordNote");
        for (CommandId type : bindTypes) {
            checkBind(type, "bindTypes");
        }
        recommendedBindType.ifPresent(type -> checkBind(type, "recommendedBindType"));
    }

    /**
     * Tells whether a command is one of the three bind requests.
     *
     * @param id a command id
     * @return {@code true} for {@code bind_receiver}, {@code bind_transmitter} and {@code bind_transceiver}
     */
    public static boolean isBind(CommandId id) {
        return id == CommandId.BIND_RECEIVER || id == CommandId.BIND_TRANSMITTER || id == CommandId.BIND_TRANSCEIVER;
    }

    private static void checkBind(CommandId type, String name) {
        if (!isBind(Objects.requireNonNull(type, name))) {
            throw new IllegalArgumentException(name + ": " + type.specName() + " is not a bind command");
        }
    }
}
