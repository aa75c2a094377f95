package io.github.smppkit.cli;

import io.github.smppkit.cluster.ClusterException;
import io.github.smppkit.cluster.RedisConnection;
import io.github.smppkit.cluster.RedisReceiptStore;
import io.github.smppkit.cluster.TrackedCodec;
import io.github.smppkit.dlr.ReceiptStore;

/** {@code --store redis://HOST:PORT}: the receipt store that send and listen processes share. */
final class SharedStore implements AutoCloseable {

    private static final TrackedCodec<ReceiptTracker.PartRef> PART_CODEC = new TrackedCodec<>() {
        @Override
        public String encode(ReceiptTracker.PartRef tracked) {
            return tracked.encode();
        }

        @Override
        public ReceiptTracker.PartRef decode(String text) {
            return ReceiptTracker.PartRef.decode(text);
        }
    };

    private final RedisConnection redis;
    final ReceiptStore<ReceiptTracker.PartRef> store;

    private SharedStore(RedisConnection redis) {
        this.redis = redis;
        this.store = RedisReceiptStore.builder(redis, PART_CODEC).keyPrefix("smppkit:cli").build();
    }

    static SharedStore open(String uri) {
        try {
            return new SharedStore(RedisConnection.open(uri));
        } catch (ClusterException e) {
            throw e.reason() == ClusterException.Reason.BAD_URI
                    ? CliFailure.usage("--store: " + e.getMessage())
                    : CliFailure.failed("--store: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
