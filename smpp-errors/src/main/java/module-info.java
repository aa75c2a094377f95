/**
 * smppkit errors: command_status and receipt error catalogs with retry classes; no dependencies.
 */
module io.github.smppkit.errors {
    exports io.github.smppkit.errors;
}
