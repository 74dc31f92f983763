package io.tessera.plugins.accounting;

import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TestTenant;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The plugin's jar in a kernel with no UI on the class path (failsafe's {@code headless} execution leaves out the
 * shell, the UI kit and Vaadin): it starts, its installer seeds the chart of accounts, and its API posts and reports.
 */
@Tag("headless")
class AccountingHeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theJarLoadsItsInstallerSeedsTheChartAndItsApiPostsWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "accounting");

        TestTenant tenant = KERNEL.newTenant("acc-headless").modules("accounting").provision();
        ApiClient api = tenant.admin();
        assertThat(ok(api.get("/api/v1/accounting/accounts")).get("items").findValuesAsString("code"))
                .as("the chart the installer seeded").contains("1000", "1300", "4000");
        created(api.post("/api/v1/accounting/journal-entries", Ledgers.entry("2026-03-02", true, "1000", "4000", "25.00")));

        JsonNode trialBalance = ok(api.get("/api/v1/accounting/reports/trial-balance?asOf=2026-03-31"));
        BigDecimal cash = null;
        for (JsonNode line : trialBalance.get("lines")) {
            if (line.get("account").asString().equals("1000")) {
                cash = line.get("balance").decimalValue();
            }
        }
        assertThat(cash).isEqualByComparingTo("25.00");
    }
}
