package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.EnquireLink;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The pending map behaves like a HashMap under any mix of puts and removes, in its ring and its overflow. */
class PendingMapProperties {

    @Provide
    Arbitrary<List<Tuple2<Boolean, Integer>>> operations() {
        // Keys 1..300 lap the smallest ring (64 slots) and land on taken slots, as do arbitrary ints: overflow.
        Arbitrary<Integer> keys = Arbitraries.oneOf(Arbitraries.integers().between(1, 300),
                Arbitraries.integers().filter(k -> k != 0));
        return Combinators.combine(Arbitraries.of(true, false), keys).as(Tuple::of).list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void agreesWithHashMap(@ForAll("operations") List<Tuple2<Boolean, Integer>> ops) {
        PendingMap map = new PendingMap(1);
        Map<Integer, Pending> model = new HashMap<>();
        for (Tuple2<Boolean, Integer> op : ops) {
            int key = op.get2();
            if (op.get1()) {
                Pending p = new Pending(new EnquireLink(key), key, false, Duration.ofSeconds(1), null);
                boolean added = map.putIfAbsent(p);
                assertThat(added).isEqualTo(!model.containsKey(key));
                model.putIfAbsent(key, p);
            } else {
                assertThat(map.remove(key)).isSameAs(model.remove(key));
            }
            assertThat(map.size()).isEqualTo(model.size());
        }
        assertThat(new HashSet<>(map.values())).isEqualTo(new HashSet<>(model.values()));
        for (Map.Entry<Integer, Pending> e : model.entrySet()) {
            Pending other = new Pending(new EnquireLink(e.getKey()), e.getKey(), false, Duration.ofSeconds(1), null);
            assertThat(map.remove(other)).isFalse();
            assertThat(map.remove(e.getValue())).isTrue();
            assertThat(map.remove(e.getValue())).isFalse();
        }
        assertThat(map.size()).isZero();
    }
}
