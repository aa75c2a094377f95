package io.github.smppkit.cli;

import io.github.smppkit.codec.type.Address;

/** Turns a command-line address into TON/NPI and digits, as providers expect (reference §13). */
final class Addresses {

    /** source_addr and destination_addr hold 21 octets with the closing NUL. */
    private static final int MAX_CHARS = 20;

    private Addresses() {
    }

    /**
     * The {@code --from} address: {@code +447700900123} or 11+ digits: international (1/1); other digits: unknown
     * (0/1); anything else: an alphanumeric sender id (5/0), which GSM limits to 11 characters.
     */
    static Address source(String text) {
        String value = checked("--from", text);
        if (isNumber(value)) {
            return numeric(value);
        }
        if (value.length() > 11) {
            throw CliFailure.usage("alphanumeric sender '" + value + "' is longer than 11 characters");
        }
        return Address.of(5, 0, value);
    }

    /** The {@code --to} address, a number as for {@link #source}: a handset has no alphanumeric address. */
    static Address destination(String text) {
        String value = checked("--to", text);
        if (!isNumber(value)) {
            throw CliFailure.usage("--to '" + value + "' is not a phone number (digits, with an optional leading +)");
        }
        return numeric(value);
    }

    private static String checked(String option, String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            throw CliFailure.usage(option + " is empty");
        }
        ConnectionOptions.checkField(option, value, MAX_CHARS);
        return value;
    }

    private static boolean isNumber(String value) {
        return digits(value.startsWith("+") ? value.substring(1) : value);
    }

    private static Address numeric(String value) {
        if (value.startsWith("+")) {
            return Address.of(1, 1, value.substring(1));
        }
        return value.length() >= 11 ? Address.of(1, 1, value) : Address.of(0, 1, value);
    }

    private static boolean digits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return !value.isEmpty();
    }
}
