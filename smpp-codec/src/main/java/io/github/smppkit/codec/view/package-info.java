/**
 * Zero-allocation flyweight views for hot read loops: header, {@code submit_sm}, {@code deliver_sm},
 * {@code data_sm} and the message-id responses, plus a {@link io.github.smppkit.codec.view.TlvCursor}.
 *
 * @since 0.1.0
 */
package io.github.smppkit.codec.view;
