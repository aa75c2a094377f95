/**
 * smppkit errors module.
 */
module io.github.smppkit.errors {
}
