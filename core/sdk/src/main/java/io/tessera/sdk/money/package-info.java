/**
 * Money rules every module shares: {@link io.tessera.sdk.money.Currencies}, the one ISO 4217 currency check, and
 * {@link io.tessera.sdk.money.CurrencyCode}, the same check as a Bean Validation constraint on request records.
 */
package io.tessera.sdk.money;
