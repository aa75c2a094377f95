/**
 * smppkit session module.
 */
module io.github.smppkit.session {
    requires transitive io.github.smppkit.codec;
}
