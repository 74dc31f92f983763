package io.tessera.kernel.tenancy;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Transaction-local PostgreSQL settings that open one narrow, explicit door in row-level security
 * (see the policies in the kernel changelog), and whether the database is PostgreSQL at all. On the
 * embedded database, which has no row-level security, setting them does nothing.
 */
@Component
public class TransactionSettings {

    /** The settings policies know about; anything else is refused. */
    private static final Set<String> KNOWN = Set.of("app.outbox_dispatch", "app.scheduler",
            "app.membership_check");

    private final JdbcClient jdbc;
    private final boolean postgres;

    TransactionSettings(JdbcClient jdbc, @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.postgres = url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** Whether the database is PostgreSQL, with row-level security. */
    public boolean postgres() {
        return postgres;
    }

    /**
     * Sets a policy setting for the rest of the current transaction (bound parameter, {@code is_local}).
     *
     * @param name  one of the settings the policies read
     * @param value its value
     */
    public void setLocal(String name, String value) {
        if (!KNOWN.contains(name)) {
            throw new IllegalArgumentException("Unknown policy setting " + name);
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A transaction-local setting needs a transaction");
        }
        if (postgres) {
            jdbc.sql("select set_config(?, ?, true)").params(name, value).query().singleRow();
        }
    }
}
