/**
 * smppkit dlr module.
 */
module io.github.smppkit.dlr {
    requires transitive io.github.smppkit.codec;
}
