/**
 * The inventory views (registered only where the shell's UI kit is present): stock on hand, moves history, receipts
 * and deliveries with a detail page to reserve and validate, partially with a backorder prompt. Entry point:
 * {@link io.tessera.plugins.inventory.ui.InventoryUi}.
 */
package io.tessera.plugins.inventory.ui;
