/**
 * TLVs (optional parameters): raw {@link io.github.smppkit.codec.tlv.Tlv}s, ordered
 * {@link io.github.smppkit.codec.tlv.Tlvs} and typed {@link io.github.smppkit.codec.tlv.StandardTlvs} keys.
 *
 * @since 0.1.0
 */
package io.github.smppkit.codec.tlv;
