/**
 * SMPP provider profiles as data: hosts, ports, TLS, bind and rate limits, accepted PDUs, address and message
 * rules, receipt conventions and error catalogs of each provider smppkit knows, with a validator that names the
 * rule a message or bind breaks. Start at {@link io.github.smppkit.providers.Providers}.
 *
 * @since 0.1.0
 */
package io.github.smppkit.providers;
