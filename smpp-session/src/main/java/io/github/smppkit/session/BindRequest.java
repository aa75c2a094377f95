package io.github.smppkit.session;

import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A bind as a server's {@link BindAuthenticator} sees it. {@code toString()} never shows the password.
 *
 * <p>Thread-safety: immutable.
 *
 * @param systemId system_id
 * @param password password
 * @param systemType system_type
 * @param bindType how the ESME binds
 * @param interfaceVersion interface_version of the ESME
 * @param addressRange address_range with its TON and NPI
 * @param remoteAddress the ESME's socket address
 * @since 0.1.0
 */
public record BindRequest(String systemId, String password, String systemType, BindType bindType,
        InterfaceVersion interfaceVersion, Address addressRange, InetSocketAddress remoteAddress) {

    /**
     * Checks that nothing is null.
     *
     * @param systemId system_id
     * @param password password
     * @param systemType system_type
     * @param bindType bind type
     * @param interfaceVersion interface_version
     * @param addressRange address_range
     * @param remoteAddress remote address
     */
    public BindRequest {
        for (Object o : new Object[] {systemId, password, systemType, bindType, interfaceVersion, addressRange,
            remoteAddress}) {
            if (o == null) {
                throw new NullPointerException("BindRequest field");
            }
        }
    }

    /**
     * Compares the password in time that does not depend on where the two differ, so that a peer cannot guess
     * it character by character from answer times.
     *
     * @param expected the password configured for {@link #systemId()}
     * @return {@code true} when they are equal
     */
    public boolean passwordMatches(String expected) {
        // UTF-8 keeps distinct strings distinct, whatever characters a configured password holds
        return MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the fields with the password masked. */
    @Override
    public String toString() {
        return "BindRequest[systemId=" + systemId + ", password=***, systemType=" + systemType + ", bindType="
                + bindType + ", interfaceVersion=" + interfaceVersion + ", addressRange=" + addressRange
                + ", remoteAddress=" + remoteAddress + "]";
    }
}
