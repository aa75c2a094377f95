package io.github.smppkit.simulator.junit;

import io.github.smppkit.simulator.SimulatorBuilder;
import io.github.smppkit.simulator.SmppSimulator;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link SmppSimulator} per test on a free loopback port and closes it after the test. Two styles:
 *
 * <pre>{@code
 * @RegisterExtension
 * SmppSimulatorExtension smsc = SmppSimulatorExtension.withSettings(b -> b.provider("8x8"));
 *
 * @Test
 * void sends() { int port = smsc.simulator().port(); ... }
 * }</pre>
 *
 * <pre>{@code
 * @ExtendWith(SmppSimulatorExtension.class)
 * class MyTest {
 *     @Test
 *     void sends(SmppSimulator smsc) { ... }
 * }
 * }</pre>
 *
 * <p>Test methods, {@code @BeforeEach} and {@code @AfterEach} methods may declare a {@link SmppSimulator}
 * parameter in both styles.
 *
 * <p>Thread-safety: thread-safe; with parallel test execution each test gets its own simulator through its
 * parameter, while {@link #simulator()} returns the one of the test that started last.
 *
 * @since 0.1.0
 */
// JUnit is "requires static": whoever uses this class has JUnit anyway, so its types need no transitive export.
@SuppressWarnings("exports")
public final class SmppSimulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SmppSimulatorExtension.class);

    private final Consumer<SimulatorBuilder> settings;
    private volatile SmppSimulator current;

    /** Creates the extension with the default settings, for {@code @ExtendWith}. */
    public SmppSimulatorExtension() {
        this(builder -> { });
    }

    private SmppSimulatorExtension(Consumer<SimulatorBuilder> settings) {
        this.settings = settings;
    }

    /**
     * Creates the extension with settings, for {@code @RegisterExtension}. The port is always ephemeral unless the
     * settings choose one.
     *
     * @param settings changes to the default builder
     * @return the extension
     */
    public static SmppSimulatorExtension withSettings(Consumer<SimulatorBuilder> settings) {
        return new SmppSimulatorExtension(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Returns the simulator of the running test.
     *
     * @return the simulator
     * @throws IllegalStateException outside a test
     */
    public SmppSimulator simulator() {
        SmppSimulator s = current;
        if (s == null) {
            throw new IllegalStateException("simulator: no test is running (it starts before each test)");
        }
        return s;
    }

    /**
     * Returns the port of the running test's simulator.
     *
     * @return the port
     * @throws IllegalStateException outside a test
     */
    public int port() {
        return simulator().port();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SimulatorBuilder builder = SmppSimulator.builder().port(0);
        settings.accept(builder);
        SmppSimulator started = builder.start();
        // Keyed by this extension: a test with two registered simulators must get (and close) both.
        context.getStore(NAMESPACE).put(this, started);
        current = started;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SmppSimulator started = context.getStore(NAMESPACE).remove(this, SmppSimulator.class);
        if (started != null) {
            if (current == started) {
                current = null;
            }
            started.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SmppSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SmppSimulator s = extensionContext.getStore(NAMESPACE).get(this, SmppSimulator.class);
        return s != null ? s : simulator();
    }
}
