/**
 * The PDU model: one immutable record per SMPP command, grouped by {@link io.github.smppkit.codec.pdu.Request},
 * {@link io.github.smppkit.codec.pdu.Response} and {@link io.github.smppkit.codec.pdu.Notification}.
 *
 * @since 0.1.0
 */
package io.github.smppkit.codec.pdu;
