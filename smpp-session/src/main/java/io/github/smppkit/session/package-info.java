/**
 * SMPP client (ESME) and server (SMSC) sessions over blocking NIO and TLS:
 * {@link io.github.smppkit.session.SmppClient}, {@link io.github.smppkit.session.SmppServer} and
 * {@link io.github.smppkit.session.SmppSession}.
 *
 * @since 0.1.0
 */
package io.github.smppkit.session;
