package io.github.smppkit.cluster;

/**
 * Turns what a caller tracks per message into text for Redis and back, because a submission recorded on one
 * node may be matched on another.
 *
 * <p>{@code decode(encode(t))} must give an object equal (for the caller's purposes) to {@code t}, on any node
 * and in any later version of the caller's code that may read entries written before an upgrade.
 *
 * <p>Thread-safety: implementations must be thread-safe.
 *
 * @param <T> what the caller tracks per message
 * @since 0.1.0
 */
public interface TrackedCodec<T> {

    /**
     * Returns the text form.
     *
     * @param tracked the caller's object
     * @return its text, any characters
     */
    String encode(T tracked);

    /**
     * Reads the text form.
     *
     * @param text a text from {@link #encode}
     * @return the caller's object, not null
     */
    T decode(String text);

    /**
     * Returns the codec for {@code String}s: the text is the object.
     *
     * @return the identity codec
     */
    static TrackedCodec<String> identity() {
        return new TrackedCodec<>() {
            @Override
            public String encode(String tracked) {
                return tracked;
            }

            @Override
            public String decode(String text) {
                return text;
            }

            @Override
            public String toString() {
                return "TrackedCodec.identity";
            }
        };
    }
}
