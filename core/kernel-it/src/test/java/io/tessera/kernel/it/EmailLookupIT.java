package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.kernel.account.UserAccounts;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts are found by email whatever its case, through an index on lower(email). */
class EmailLookupIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void anAccountIsFoundByEmailIgnoringCase() {
        UUID id = kernel.createUser("casey@lookup.test", "correct-horse-battery", kernel.createTenant("lookup"));
        assertThat(kernel.bean(UserAccounts.class).findUserByEmail("  CASEY@Lookup.TEST ")).get()
                .extracting(a -> a.getId()).isEqualTo(id);
        assertThat(kernel.bean(UserAccounts.class).findUserByEmail("nobody@lookup.test")).isEmpty();
    }

    @Test
    void theLookupUsesTheLowerEmailIndex() throws SQLException {
        // the predicate Hibernate generates for findByEmailIgnoreCase; the planner may not seq-scan, so it must
        // use an index if one serves the expression (with none it still seq-scans, and the test fails)
        String plan = plan("select u.id from users u where lower(u.email) = lower('Casey@Lookup.test')");
        assertThat(plan).contains("users_email_lower_ix");
        assertThat(plan("select u.id from users u where upper(u.email) = upper('Casey@Lookup.test')"))
                .as("the former upper(email) = upper(?) form could use no index").doesNotContain("Index");
    }

    private static String plan(String sql) throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
