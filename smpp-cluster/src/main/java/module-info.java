/**
 * smppkit cluster: several gateway nodes on one provider account, coordinated through Redis.
 */
module io.github.smppkit.cluster {
    requires transitive io.github.smppkit.session;
    requires transitive io.github.smppkit.dlr;
    requires transitive io.github.smppkit.providers;
    requires redis.clients.jedis;
    requires org.apache.commons.pool2;

    exports io.github.smppkit.cluster;
}
