package io.github.smppkit.cluster.internal;

import io.github.smppkit.cluster.ClusterException;
import io.github.smppkit.cluster.TrackedCodec;
import io.github.smppkit.dlr.CorrelationKey;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.NetworkErrorCode;
import io.github.smppkit.dlr.ReceiptKind;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes submissions and held receipts as {@link Fields} text and reads them back, every component kept exactly
 * (the receipt's state too, even where a parser alias chose it). The first field is a format tag so that a later
 * version can read what this one wrote; for a receipt it also says whether the receipt is final.
 *
 * <p>Thread-safety: immutable if the tracked codec is thread-safe.
 *
 * @param <T> what the caller tracks per message
 */
public final class EntryCodec<T> {

    private static final String SUBMISSION_V1 = "s1";
    /** A final receipt (the only kind held before intermediate ones were). */
    private static final String RECEIPT_V1 = "r1";
    /** An intermediate receipt, laid out as {@link #RECEIPT_V1}. */
    private static final String INTERMEDIATE_V1 = "i1";

    /**
     * How the text of an intermediate receipt starts, and that of no other entry: the store's scripts, which cannot
     * read the rest, tell intermediate receipts from final ones by it.
     */
    public static final String INTERMEDIATE_PREFIX = Fields.join(List.of(INTERMEDIATE_V1));

    private final TrackedCodec<T> tracked;

    /**
     * Creates a codec.
     *
     * @param tracked how the caller's objects become text
     */
    public EntryCodec(TrackedCodec<T> tracked) {
        this.tracked = tracked;
    }

    /**
     * Returns the member name of a key in the store's indexes: unique per (scope, id).
     *
     * @param key the key
     * @return the member
     */
    public static String member(CorrelationKey key) {
        return key.scope().length() + ":" + key.scope() + key.id();
    }

    /**
     * Writes a submission.
     *
     * @param s the submission
     * @return its text
     */
    public String write(Submission<T> s) {
        return Fields.join(List.of(SUBMISSION_V1, s.key().scope(), s.key().id(), s.messageId(),
                tracked.encode(s.tracked()), s.submittedAt().toString()));
    }

    /**
     * Reads a submission.
     *
     * @param text text from {@link #write(Submission)}
     * @return the submission
     * @throws ClusterException with reason {@code PROTOCOL} if the text is not a submission
     */
    public Submission<T> readSubmission(String text) {
        try {
            List<String> f = Fields.split(text);
            if (f.size() != 6 || !f.get(0).equals(SUBMISSION_V1)) {
                throw new IllegalArgumentException("not a submission entry");
            }
            return new Submission<>(new CorrelationKey(f.get(1), f.get(2)), f.get(3), tracked.decode(f.get(4)),
                    Instant.parse(f.get(5)));
        } catch (RuntimeException e) {
            throw unreadable("submission", e);
        }
    }

    /**
     * Writes a held receipt.
     *
     * @param h the held receipt
     * @return its text
     */
    public String write(HeldReceipt h) {
        DeliveryReceipt r = h.receipt();
        List<String> f = new ArrayList<>(20 + 2 * r.extraFields().size());
        f.add(r.isFinal() ? RECEIPT_V1 : INTERMEDIATE_V1);
        f.add(h.key().scope());
        f.add(h.key().id());
        f.add(h.receivedAt().toString());
        f.add(r.kind().name());
        f.add(r.id());
        f.add(r.sub());
        f.add(r.dlvrd());
        f.add(r.submitDate().map(Instant::toString).orElse(""));
        f.add(r.doneDate().map(Instant::toString).orElse(""));
        f.add(r.stat());
        f.add(r.state().name());
        f.add(r.err());
        f.add(r.text());
        // A leading '=' tells an empty TLV value from an absent one.
        f.add(r.receiptedMessageId().map(v -> "=" + v).orElse(""));
        f.add(r.messageState().isPresent() ? Integer.toString(r.messageState().getAsInt()) : "");
        f.add(r.networkErrorCode().map(n -> n.networkType() + "," + n.errorCode()).orElse(""));
        r.extraFields().forEach((k, v) -> {
            f.add(k);
            f.add(v);
        });
        return Fields.join(f);
    }

    /**
     * Reads a held receipt.
     *
     * @param text text from {@link #write(HeldReceipt)}
     * @return the held receipt
     * @throws ClusterException with reason {@code PROTOCOL} if the text is not a held receipt
     */
    public HeldReceipt readReceipt(String text) {
        try {
            List<String> f = Fields.split(text);
            boolean tagged = f.size() > 0 && (f.get(0).equals(RECEIPT_V1) || f.get(0).equals(INTERMEDIATE_V1));
            if (f.size() < 17 || f.size() % 2 == 0 || !tagged) {
                throw new IllegalArgumentException("not a receipt entry");
            }
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 17; i < f.size(); i += 2) {
                extra.put(f.get(i), f.get(i + 1));
            }
            DeliveryReceipt r = new DeliveryReceipt(ReceiptKind.valueOf(f.get(4)), f.get(5), f.get(6), f.get(7),
                    instant(f.get(8)), instant(f.get(9)), f.get(10), ReceiptState.valueOf(f.get(11)), f.get(12),
                    f.get(13), extra, f.get(14).isEmpty() ? Optional.empty() : Optional.of(f.get(14).substring(1)),
                    f.get(15).isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f.get(15))),
                    networkError(f.get(16)));
            return new HeldReceipt(new CorrelationKey(f.get(1), f.get(2)), r, Instant.parse(f.get(3)));
        } catch (RuntimeException e) {
            throw unreadable("receipt", e);
        }
    }

    private static Optional<Instant> instant(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
    }

    private static Optional<NetworkErrorCode> networkError(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int comma = text.indexOf(',');
        return Optional.of(new NetworkErrorCode(Integer.parseInt(text.substring(0, comma)),
                Integer.parseInt(text.substring(comma + 1))));
    }

    private static ClusterException unreadable(String what, RuntimeException e) {
        return new ClusterException(ClusterException.Reason.PROTOCOL,
                "receipt store: a " + what + " entry in redis cannot be read (" + e.getMessage() + ")", e);
    }
}
