package io.tessera.kernel.tenancy;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.persistence.Transactions;
import java.sql.Array;
import java.sql.Connection;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SDK's {@link TenantJdbc} on the kernel's data source (the application role's pool): its statements join the
 * transaction the kernel's transaction manager began, whose first statement bound the tenant in scope for row-level
 * security ({@link TenantSessionSettings}).
 */
@Component
class TenantJdbcService implements TenantJdbc {

    private final JdbcTemplate template;
    private final JdbcClient client;
    private final Transactions transactions;
    private final boolean postgres;

    TenantJdbcService(DataSource dataSource, Transactions transactions, TransactionSettings settings) {
        this.template = new JdbcTemplate(dataSource);
        this.client = JdbcClient.create(template);
        this.transactions = transactions;
        this.postgres = settings.postgres();
    }

    @Override
    public JdbcClient sql() {
        return client;
    }

    @Override
    public JdbcTemplate jdbc() {
        return template;
    }

    @Override
    public UUID tenant() {
        return TenantContext.tenant().map(TenantRef::id)
                .orElseThrow(() -> new IllegalStateException("No tenant in scope"));
    }

    @Override
    public Transactions tx() {
        return transactions;
    }

    @Override
    public boolean postgres() {
        return postgres;
    }

    @Override
    public Array uuids(Collection<UUID> ids) {
        return array("uuid", ids);
    }

    @Override
    public Array strings(Collection<String> texts) {
        return array("varchar", texts);
    }

    @Override
    public Array ints(Collection<Integer> numbers) {
        return array("integer", numbers);
    }

    private Array array(String type, Collection<?> values) {
        return template.execute((Connection c) -> c.createArrayOf(type, values.toArray()));
    }
}
