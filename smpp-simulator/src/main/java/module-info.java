/**
 * smppkit simulator module.
 */
module io.github.smppkit.simulator {
    requires transitive io.github.smppkit.session;
    requires transitive io.github.smppkit.dlr;
    requires transitive io.github.smppkit.providers;
}
