package io.tessera.plugins.accounting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartTemplatesTest {

    @Test
    void everyTemplateHasUniqueCodesParentsFirstOfTheSameTypeAndOneAccountPerRole() {
        assertThat(ChartTemplates.ALL).extracting(ChartTemplate::id).containsExactly("ifrs", "us-small-business");
        assertThat(ChartTemplates.find(ChartTemplates.DEFAULT)).isPresent();
        for (ChartTemplate template : ChartTemplates.ALL) {
            Map<String, AccountType> seen = new HashMap<>();
            EnumSet<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
            for (ChartTemplate.Entry e : template.accounts()) {
                assertThat(seen.put(e.code(), e.type())).as(template.id() + " " + e.code() + " is unique").isNull();
                if (e.parent() != null) {
                    assertThat(seen.get(e.parent())).as(template.id() + " parent of " + e.code()).isEqualTo(e.type());
                }
                if (e.role() != null) {
                    assertThat(roles.add(e.role())).as(template.id() + " role " + e.role() + " once").isTrue();
                }
            }
            assertThat(roles).as(template.id()).containsExactlyInAnyOrder(AccountRole.values());
            assertThat(seen.values()).as(template.id()).contains(AccountType.values());
        }
    }
}
