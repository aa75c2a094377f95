/**
 * smppkit codec module.
 */
module io.github.smppkit.codec {
}
