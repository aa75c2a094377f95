package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;

/**
 * The three bind requests (reference §4.1). {@code toString()} never shows the password.
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @param <R> the matching bind response
 * @since 0.1.0
 */
public sealed interface Bind<R extends BindResp> extends Request<R>
        permits BindTransmitter, BindReceiver, BindTransceiver {

    /**
     * Returns the ESME identity.
     *
     * @return system_id
     */
    String systemId();

    /**
     * Returns the password.
     *
     * @return password
     */
    String password();

    /**
     * Returns the ESME category.
     *
     * @return system_type, often {@code ""}
     */
    String systemType();

    /**
     * Returns the SMPP version the ESME speaks.
     *
     * @return interface_version
     */
    InterfaceVersion interfaceVersion();

    /**
     * Returns the served address range with its TON and NPI.
     *
     * @return addr_ton, addr_npi, address_range
     */
    Address addressRange();

    @Override
    Bind<R> withSequenceNumber(int sequenceNumber);
}
