/**
 * smppkit dlr module: delivery receipt parsing and formatting, message-id normalisation and receipt correlation.
 */
module io.github.smppkit.dlr {
    requires transitive io.github.smppkit.codec;

    exports io.github.smppkit.dlr;
}
