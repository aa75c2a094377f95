import io.github.smppkit.providers.ProviderProfileSource;
import io.github.smppkit.providers.internal.BuiltInProfileSource;

/**
 * smppkit providers: provider profiles as data, validation before sending, session presets.
 *
 * @uses ProviderProfileSource
 * @provides ProviderProfileSource the built-in profiles (8x8, sms-smpp-routes, ycloud, selfhost, generic)
 */
module io.github.smppkit.providers {
    requires transitive io.github.smppkit.codec;
    requires transitive io.github.smppkit.errors;
    requires transitive io.github.smppkit.dlr;
    requires transitive io.github.smppkit.session;

    exports io.github.smppkit.providers;

    uses ProviderProfileSource;

    provides ProviderProfileSource with BuiltInProfileSource;
}
