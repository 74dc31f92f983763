package io.tessera.kernel.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Sets PostgreSQL's transaction-local {@code app.tenant_id} and {@code app.user_id} with bound
 * parameters ({@code set_config(..., true)}): they vanish at commit or rollback, so a pooled
 * connection never carries them to the next borrower.
 */
final class TenantSessionSettings {

    private static final String SET = "select set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)";

    private final boolean enabled;

    TenantSessionSettings(boolean enabled) {
        this.enabled = enabled;
    }

    void apply(Connection connection) throws SQLException {
        if (!enabled) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, TenantContext.tenant().map(t -> t.id().toString()).orElse(""));
            statement.setString(2, TenantContext.userId().map(UUID::toString).orElse(""));
            statement.execute();
        }
    }
}
