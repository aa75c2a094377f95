/**
 * SMPP error catalogs: what a {@code command_status} or a receipt code means per source (the SMPP 3.4/5.0
 * standard and each provider in the seeds) and whether to retry. Start at
 * {@link io.github.smppkit.errors.ErrorCatalog}.
 *
 * @since 0.1.0
 */
package io.github.smppkit.errors;
