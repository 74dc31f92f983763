package io.tessera.ui.app.shell;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.kit.SearchHit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The global search over the kernel's party master: one bounded query by name or email in the current tenant. */
@Component
class PartyLookup {

    private final JdbcClient jdbc;

    PartyLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A party's headline.
     *
     * @param id    party id
     * @param kind  company or person
     * @param name  display name
     * @param email email, if any
     * @param phone phone, if any
     */
    record Party(UUID id, String kind, String name, String email, String phone) {
    }

    /** One party of the current tenant; another tenant's id finds nothing. */
    @Transactional(readOnly = true)
    java.util.Optional<Party> find(UUID id) {
        UUID tenant = TenantContext.tenant().orElseThrow().id();
        return jdbc.sql("select id, kind, name, email, phone from parties where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id)
                .query((rs, n) -> new Party(rs.getObject("id", UUID.class), rs.getString("kind").toLowerCase(Locale.ROOT), rs.getString("name"),
                        rs.getString("email"), rs.getString("phone")))
                .optional();
    }

    @Transactional(readOnly = true)
    List<SearchHit> search(String text, int limit) {
        UUID tenant = TenantContext.tenant().orElseThrow().id();
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select id, kind, name, email from parties
                        where tenant_id = :tenant and (lower(name) like :p escape '\\' or lower(email) like :p escape '\\')
                        order by name limit :limit""")
                .param("tenant", tenant).param("p", pattern).param("limit", limit)
                .query((rs, n) -> new SearchHit(rs.getString("name"),
                        rs.getString("kind").toLowerCase(Locale.ROOT) + (rs.getString("email") == null ? "" : " · " + rs.getString("email")),
                        "parties/" + rs.getObject("id", UUID.class)))
                .list();
    }
}
