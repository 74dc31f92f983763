package io.tessera.plugins.catalog.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A product category as clients send it.
 *
 * @param name                   its name, unique in the tenant
 * @param costMethod             {@code fifo}, {@code average} or {@code standard}
 * @param inventoryAccount       code of the stock account in the chart, or {@code null} for the chart's default
 * @param costOfGoodsSoldAccount code of the COGS account, or {@code null}
 * @param stockReceivedNotBilledAccount code of the goods-received-not-billed account, or {@code null}
 * @param version                on update: the version read
 */
record CategoryRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = "fifo|average|standard", message = "must be fifo, average or standard") String costMethod,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be an account code") String inventoryAccount,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be an account code") String costOfGoodsSoldAccount,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be an account code") String stockReceivedNotBilledAccount,
        Long version) {
}
