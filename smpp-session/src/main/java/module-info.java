/**
 * smppkit session module: SMPP client and server sessions over blocking NIO and TLS.
 */
module io.github.smppkit.session {
    requires transitive io.github.smppkit.codec;
    requires jdk.jfr;

    exports io.github.smppkit.session;
}
