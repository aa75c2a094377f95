/**
 * Value types of the SMPP wire model: command ids and statuses, addresses and the one-octet bit fields.
 *
 * @since 0.1.0
 */
package io.github.smppkit.codec.type;
