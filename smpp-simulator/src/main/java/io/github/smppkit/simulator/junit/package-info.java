/**
 * A JUnit 5 extension that runs one {@link io.github.smppkit.simulator.SmppSimulator} per test. JUnit is an
 * optional dependency: only this package needs it.
 *
 * @since 0.1.0
 */
package io.github.smppkit.simulator.junit;
