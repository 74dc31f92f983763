package io.tessera.sdk;

import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * The extension point through which a plugin declares its module.
 *
 * <p>Each plugin jar contributes exactly one implementation, annotated with {@code @org.pf4j.Extension}.
 * The module id, version and dependencies are those of the plugin's manifest; everything else is
 * declared here. The kernel reads this declaration once at boot, before the application context
 * refreshes: it runs the {@linkplain #changelog() changelog}, registers the
 * {@linkplain #entityClasses() entities} with the single persistence unit and the
 * {@linkplain #components() components} with the single application context.
 *
 * <p>A module's REST resources must live under {@code /api/v1/<moduleId>/}, so that the kernel can
 * hide them from tenants that have not enabled the module.
 */
public interface TesseraModule extends ExtensionPoint {

    /**
     * The human-readable module name shown in the marketplace, e.g. {@code "Sales pipeline"}.
     *
     * @return a short name, never blank
     */
    String name();

    /**
     * Where the module is listed.
     *
     * @return the module's category
     */
    ModuleCategory category();

    /**
     * A one-paragraph description shown to tenant admins.
     *
     * @return the description; empty by default
     */
    default String description() {
        return "";
    }

    /**
     * The JPA entity classes of this module. Tenant-owned entities extend
     * {@link io.tessera.sdk.persistence.TenantScopedEntity}; their tables must have a
     * {@code tenant_id uuid not null} column, which the kernel protects with row-level security.
     *
     * @return entity classes, possibly empty
     */
    default List<Class<?>> entityClasses() {
        return List.of();
    }

    /**
     * The classpath location, inside the plugin jar, of the module's Liquibase changelog, e.g.
     * {@code "db/changelog/pipeline.xml"}. It runs once per database (never per tenant), after the
     * kernel's and its dependencies' changelogs, and is tracked separately from them. The parameter
     * {@code ${appRole}} names the database role the application connects as, for grants that differ
     * from the default read/write grant.
     *
     * @return the changelog location, or empty when the module has no tables
     */
    default Optional<String> changelog() {
        return Optional.empty();
    }

    /**
     * The database function that erases the current tenant's rows of every table of this module, for a
     * module whose tables the application role may not delete from (an append-only ledger, say). When
     * present, module purge and tenant offboarding call {@code select <function>()} on PostgreSQL, after
     * exporting the rows, instead of deleting table by table as the application role.
     *
     * <p>The module's changelog creates the function: no arguments, returns {@code bigint} (the rows
     * erased), {@code security definer} with a fixed {@code search_path}, raises when
     * {@code current_setting('app.tenant_id', true)} is empty, deletes only that tenant's rows (row-level
     * security binds the owner too), and is executable by {@code ${appRole}} only. Triggers that refuse
     * deletion may let it through by checking a transaction-local setting the function sets around its
     * deletes. On the embedded database the kernel deletes table by table.
     *
     * @return the function's name, or empty to let the kernel delete the rows as the application role
     */
    default Optional<String> eraseFunction() {
        return Optional.empty();
    }

    /**
     * Permissions this module checks, to be bundled into tenant roles.
     *
     * @return the declared permissions, possibly empty
     */
    default List<Permission> permissions() {
        return List.of();
    }

    /**
     * The columns of this module's tables that hold kernel party ids (a deal's customer, an invoice's party). The
     * kernel refuses to delete a party that rows of these columns refer to, in the current tenant, and names them
     * (label and count) in its answer; such a party can be archived instead. Declare every such column, also those
     * of a module that may be detached: its data is kept and would otherwise point at nothing.
     *
     * @return the module's party references; empty by default
     */
    default List<PartyReference> partyReferences() {
        return List.of();
    }

    /**
     * Spring component classes that the kernel registers in the application context: REST
     * controllers, services, {@link io.tessera.sdk.event.DomainEventListener}s, a
     * {@link TenantInstaller}, or {@code @Configuration} classes. The kernel does not scan plugin
     * packages; list every top-level component here.
     *
     * @return component classes, possibly empty
     */
    default List<Class<?>> components() {
        return List.of();
    }
}
