/**
 * Dates, times, numbers and money shown the tenant's way: {@link io.tessera.ui.kit.format.TenantFormat}
 * formats in the current UI's locale (the tenant's, unless the user chose their own language) and the
 * tenant's time zone and base currency, which the shell installs on every UI it creates.
 */
package io.tessera.ui.kit.format;
