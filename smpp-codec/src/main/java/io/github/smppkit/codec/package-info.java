/**
 * The SMPP codec: {@link io.github.smppkit.codec.PduCodec} decodes frames into PDU records without ever
 * throwing on wire input and encodes records into a caller's buffer; {@link io.github.smppkit.codec.PduFramer}
 * finds frame boundaries; {@link io.github.smppkit.codec.PduFields} describes a PDU field by field.
 *
 * @since 0.1.0
 */
package io.github.smppkit.codec;
