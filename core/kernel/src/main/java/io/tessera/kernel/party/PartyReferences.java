package io.tessera.kernel.party;

import io.tessera.kernel.migration.SchemaCatalog;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.sdk.party.PartyReference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the current tenant's records that refer to a party: the people of a company (the kernel's own reference)
 * and the rows of every column that a healthy module declares through
 * {@link io.tessera.sdk.TesseraModule#partyReferences()}, enabled for the tenant or detached (a detached module
 * keeps its data). One statement per module, each count bound to the tenant and the party; table names come from
 * the {@link SchemaCatalog}, so the same statements run on PostgreSQL and H2.
 */
@Component
class PartyReferences {

    /** The kernel's own module id in a {@link Use}. */
    static final String KERNEL = "kernel";

    /**
     * Records of one kind that refer to a party.
     *
     * @param module     the id of the module that holds them ({@value #KERNEL} for the kernel)
     * @param moduleName the module's name
     * @param kind       what they are, in the plural (the declared label)
     * @param count      how many, at least one
     */
    record Use(String module, String moduleName, String kind, long count) {
    }

    private final ModuleCatalog catalog;
    private final SchemaCatalog schema;
    private final JdbcClient jdbc;

    PartyReferences(ModuleCatalog catalog, SchemaCatalog schema, JdbcClient jdbc) {
        this.catalog = catalog;
        this.schema = schema;
        this.jdbc = jdbc;
    }

    /**
     * What refers to a party, in the caller's transaction.
     *
     * @param tenantId the current tenant
     * @param partyId  the party
     * @return the kinds of records with at least one row, kernel first, then modules in dependency order
     */
    List<Use> of(UUID tenantId, UUID partyId) {
        List<Use> uses = new ArrayList<>();
        addNonZero(uses, KERNEL, "Parties",
                List.of(new PartyReference("parties", "organization_id", "people of this company")), tenantId, partyId);
        for (InstalledModule module : catalog.healthy()) {
            List<PartyReference> declared = module.module().orElseThrow().partyReferences();
            if (!declared.isEmpty()) {
                addNonZero(uses, module.id(), module.name(), declared, tenantId, partyId);
            }
        }
        return List.copyOf(uses);
    }

    private void addNonZero(List<Use> uses, String moduleId, String moduleName, List<PartyReference> references,
                            UUID tenantId, UUID partyId) {
        StringBuilder sql = new StringBuilder("select ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            PartyReference reference = references.get(i);
            SchemaCatalog.Table table = schema.table(reference.table());
            if (!table.tenantOwned()) {
                throw new IllegalStateException("Module " + moduleId + " declares a party reference in "
                        + reference.table() + ", which is not a tenant table");
            }
            // the column is a checked lower-case identifier (PartyReference), left unquoted so each database folds it
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(table.sql())
                    .append(" where tenant_id = ? and ").append(reference.column()).append(" = ?)");
            params.add(tenantId);
            params.add(partyId);
        }
        long[] counts = jdbc.sql(sql.toString()).params(params).query(rs -> {
            rs.next();
            long[] read = new long[references.size()];
            for (int i = 0; i < read.length; i++) {
                read[i] = rs.getLong(i + 1);
            }
            return read;
        });
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                uses.add(new Use(moduleId, moduleName, references.get(i).label(), counts[i]));
            }
        }
    }
}
