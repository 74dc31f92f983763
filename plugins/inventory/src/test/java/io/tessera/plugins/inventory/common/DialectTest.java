package io.tessera.plugins.inventory.common;

import io.tessera.sdk.persistence.TenantJdbc;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class DialectTest {

    private static final List<String> COLUMNS = List.of("tenant_id", "product_id", "location_id", "lot_id", "on_hand",
            "reserved", "may_go_negative");
    private static final List<String> KEY = COLUMNS.subList(0, 4);

    @Test
    void postgresKeepsItsSingleAtomicUpsert() {
        Dialect postgres = Dialect.of("PostgreSQL");
        assertThat(postgres.postgres()).isTrue();
        assertThat(postgres.insertOrAdd("inv_balances", COLUMNS, KEY, List.of("on_hand", "reserved"))).isEqualTo(
                "insert into inv_balances (tenant_id, product_id, location_id, lot_id, on_hand, reserved, may_go_negative) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, product_id, location_id, lot_id) do update set "
                        + "on_hand = inv_balances.on_hand + excluded.on_hand, reserved = inv_balances.reserved + excluded.reserved");
        assertThat(postgres.insertIfAbsent("inv_lots", List.of("tenant_id", "id", "name"), List.of("tenant_id", "name")))
                .isEqualTo("insert into inv_lots (tenant_id, id, name) values (?, ?, ?) on conflict (tenant_id, name) do nothing");
    }

    @Test
    void h2MergesWithTheSameParametersInTheSameOrder() {
        Dialect h2 = Dialect.of("H2");
        assertThat(h2.postgres()).isFalse();
        assertThat(h2.insertOrAdd("inv_balances", COLUMNS, KEY, List.of("on_hand", "reserved")))
                .startsWith("merge into inv_balances t using (values (?, ?, ?, ?, ?, ?, ?)) s (tenant_id, product_id, location_id, "
                        + "lot_id, on_hand, reserved, may_go_negative) on t.tenant_id = s.tenant_id and t.product_id = s.product_id "
                        + "and t.location_id = s.location_id and t.lot_id = s.lot_id")
                .contains("when matched then update set on_hand = t.on_hand + s.on_hand, reserved = t.reserved + s.reserved")
                .endsWith("when not matched then insert (tenant_id, product_id, location_id, lot_id, on_hand, reserved, "
                        + "may_go_negative) values (s.tenant_id, s.product_id, s.location_id, s.lot_id, s.on_hand, s.reserved, "
                        + "s.may_go_negative)");
        assertThat(h2.insertIfAbsent("inv_lots", List.of("tenant_id", "id", "name"), List.of("tenant_id", "name")))
                .doesNotContain("when matched");
    }

    @Test
    void aConstraintIsRecognisedAsEitherDatabaseNamesIt() {
        assertThat(TenantJdbc.violates(refusal("new row violates check constraint \"inv_balances_on_hand_ck\""), "inv_balances_"))
                .isTrue();
        assertThat(TenantJdbc.violates(refusal("Check constraint violation: \"INV_BALANCES_ON_HAND_CK: \""), "inv_balances_"))
                .as("H2 names it in upper case").isTrue();
        assertThat(TenantJdbc.violates(refusal("Check constraint violation: \"INV_MOVES_QUANTITY_CK: \""), "inv_balances_"))
                .as("another table's constraint").isFalse();
    }

    private static DataIntegrityViolationException refusal(String message) {
        return new DataIntegrityViolationException("refused", new SQLException(message, "23513"));
    }
}
