/**
 * An embeddable SMSC for tests and demos: {@link io.github.smppkit.simulator.SmppSimulator}.
 *
 * @since 0.1.0
 */
package io.github.smppkit.simulator;
