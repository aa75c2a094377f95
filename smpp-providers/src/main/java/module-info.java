/**
 * smppkit providers module.
 */
module io.github.smppkit.providers {
    requires transitive io.github.smppkit.codec;
    requires transitive io.github.smppkit.errors;
    requires transitive io.github.smppkit.dlr;
    requires transitive io.github.smppkit.session;
}
