package io.tessera.tenants.modules;

import java.util.List;

/**
 * What an action on a module would change for the tenant.
 *
 * @param action            enable, detach or purge
 * @param module            the module acted on
 * @param modules           every module whose state would change, in the order it would change
 * @param tables            the tenant's rows per table of those modules
 * @param confirmationToken for purge: pass it to the purge request to confirm
 */
public record Impact(String action, String module, List<String> modules, List<TableRows> tables, String confirmationToken) {

    /**
     * The tenant's rows in one table.
     *
     * @param module owning module
     * @param table  table name
     * @param rows   row count
     */
    public record TableRows(String module, String table, long rows) {
    }
}
