package io.github.smppkit.cli;

import io.github.smppkit.codec.type.Address;

/** Turns a command-line address into TON/NPI and digits, as providers expect (reference §13). */
final class Addresses {

    private Addresses() {
    }

    /**
     * {@code +447700900123} or 11+ digits: international (1/1); other digits: unknown (0/1); anything else: an
     * alphanumeric sender id (5/0), which GSM limits to 11 characters.
     */
    static Address parse(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            throw CliFailure.usage("empty address");
        }
        if (value.startsWith("+") && value.length() > 1 && digits(value.substring(1))) {
            return Address.of(1, 1, value.substring(1));
        }
        if (digits(value)) {
            return value.length() >= 11 ? Address.of(1, 1, value) : Address.of(0, 1, value);
        }
        if (value.length() > 11) {
            throw CliFailure.usage("alphanumeric sender '" + value + "' is longer than 11 characters");
        }
        return Address.of(5, 0, value);
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
