package io.tessera.tenants;

import io.tessera.testkit.PluginJar;

/** Real plugin jars for the lifecycle tests: each has a table and an idempotent installer that seeds it. */
public final class LifecyclePlugins {

    private LifecyclePlugins() {
    }

    /**
     * A module with one table {@code <table>} and an installer seeding {@code seeds} rows.
     *
     * @param id           plugin id
     * @param dependencies Plugin-Dependencies, or null
     * @param seeds        rows the installer creates when absent
     * @param failInstall  whether the installer throws after seeding
     */
    public static PluginJar module(String id, String dependencies, int seeds, boolean failInstall) {
        return module(id, dependencies, seeds, failInstall, "");
    }

    /**
     * Like {@link #module(String, String, int, boolean)}, but on PostgreSQL a trigger refuses to delete the rows of
     * its table: purging it fails after its export was written.
     */
    static PluginJar refusingDeletes(String id, int seeds) {
        String table = id.replace('-', '_') + "_items";
        return module(id, null, seeds, false, """
                  <changeSet id="%1$s-2" author="test" dbms="postgresql">
                    <sql splitStatements="false">
                      create function %2$s_refuse() returns trigger language plpgsql as $$
                      begin raise exception 'rows of %2$s cannot be deleted'; end $$;
                    </sql>
                    <sql>create trigger %2$s_refuse before delete on %2$s for each row execute function %2$s_refuse()</sql>
                  </changeSet>
                """.formatted(id, table));
    }

    private static PluginJar module(String id, String dependencies, int seeds, boolean failInstall, String moreChangeSets) {
        String pkg = "io.tessera.plugins." + id.replace("-", "");
        String table = id.replace('-', '_') + "_items";
        PluginJar.Builder builder = PluginJar.plugin(id)
                .source(pkg + ".Module", """
                        package %1$s;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class Module implements TesseraModule {
                            public String name() { return "%2$s"; }
                            public ModuleCategory category() { return ModuleCategory.CRM; }
                            public String description() { return "Test module %2$s"; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/%2$s.xml"); }
                            public List<Class<?>> components() { return List.of(Installer.class, Items.class); }
                            public List<Permission> permissions() { return List.of(new Permission("%2$s.read", "Read items", true)); }
                        }
                        """.formatted(pkg, id))
                .source(pkg + ".Installer", """
                        package %1$s;

                        import io.tessera.sdk.*;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class Installer implements TenantInstaller {
                            private final JdbcClient jdbc;
                            Installer(DataSource dataSource) { this.jdbc = JdbcClient.create(dataSource); }
                            public void install(InstallContext context) {
                                for (int i = 1; i <= %3$d; i++) {
                                    int exists = jdbc.sql("select count(*) from %2$s where tenant_id = ? and code = ?")
                                        .params(context.tenant().id(), "seed-" + i).query(Integer.class).single();
                                    if (exists == 0) {
                                        jdbc.sql("insert into %2$s (tenant_id, id, code) values (?, ?, ?)")
                                            .params(context.tenant().id(), java.util.UUID.randomUUID(), "seed-" + i).update();
                                    }
                                }
                                if (%4$s) { throw new IllegalStateException("installer of %5$s failed on purpose"); }
                            }
                        }
                        """.formatted(pkg, table, seeds, failInstall, id))
                .source(pkg + ".Items", """
                        package %1$s;

                        import io.tessera.sdk.CurrentTenant;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;
                        import org.springframework.transaction.support.TransactionTemplate;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        class Items {
                            private final JdbcClient jdbc;
                            private final TransactionTemplate tx;
                            private final CurrentTenant tenant;
                            Items(DataSource dataSource, TransactionTemplate tx, CurrentTenant tenant) {
                                this.jdbc = JdbcClient.create(dataSource); this.tx = tx; this.tenant = tenant;
                            }
                            @GetMapping("/api/v1/%2$s/items/count")
                            @io.tessera.sdk.security.RequiresPermission("%2$s.read")
                            long count() {
                                return tx.execute(s -> jdbc.sql("select count(*) from %3$s where tenant_id = ?")
                                    .param(tenant.require().id()).query(Long.class).single());
                            }
                        }
                        """.formatted(pkg, id, table))
                .extension(pkg + ".Module")
                .resource("db/changelog/" + id + ".xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                          <changeSet id="%1$s-1" author="test">
                            <createTable tableName="%2$s">
                              <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                              <column name="id" type="uuid"><constraints nullable="false"/></column>
                              <column name="code" type="varchar(50)"><constraints nullable="false"/></column>
                            </createTable>
                            <addPrimaryKey tableName="%2$s" columnNames="tenant_id, id"/>
                          </changeSet>
                        %3$s</databaseChangeLog>
                        """.formatted(id, table, moreChangeSets));
        if (dependencies != null) {
            builder.dependencies(dependencies);
        }
        return builder.build();
    }

    /**
     * A module whose installer seeds through a service method that requires {@code seeded.configure}, a
     * permission no built-in role but admin holds; {@code POST /api/v1/seeded/items} calls the same method.
     */
    static PluginJar seeded() {
        String pkg = "io.tessera.plugins.seeded";
        return PluginJar.plugin("seeded")
                .source(pkg + ".Module", """
                        package io.tessera.plugins.seeded;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class Module implements TesseraModule {
                            public String name() { return "seeded"; }
                            public ModuleCategory category() { return ModuleCategory.CRM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/seeded.xml"); }
                            public List<Class<?>> components() { return List.of(Seeds.class, Installer.class, SeedsController.class); }
                            public List<Permission> permissions() {
                                return List.of(new Permission("seeded.use", "Use", true), new Permission("seeded.configure", "Configure"));
                            }
                        }
                        """)
                .source(pkg + ".Seeds", """
                        package io.tessera.plugins.seeded;

                        import io.tessera.sdk.CurrentTenant;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class Seeds {
                            private final JdbcClient jdbc;
                            private final CurrentTenant tenant;
                            Seeds(DataSource dataSource, CurrentTenant tenant) { this.jdbc = JdbcClient.create(dataSource); this.tenant = tenant; }
                            @io.tessera.sdk.security.RequiresPermission("seeded.configure")
                            void add(String code) {
                                jdbc.sql("insert into seeded_items (tenant_id, id, code) values (?, ?, ?)")
                                    .params(tenant.require().id(), java.util.UUID.randomUUID(), code).update();
                            }
                        }
                        """)
                .source(pkg + ".Installer", """
                        package io.tessera.plugins.seeded;

                        import io.tessera.sdk.*;

                        class Installer implements TenantInstaller {
                            private final Seeds seeds;
                            Installer(Seeds seeds) { this.seeds = seeds; }
                            public void install(InstallContext context) { seeds.add("installed"); }
                        }
                        """)
                .source(pkg + ".SeedsController", """
                        package io.tessera.plugins.seeded;

                        import org.springframework.transaction.support.TransactionTemplate;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @io.tessera.sdk.security.RequiresPermission("seeded.use")
                        class SeedsController {
                            private final Seeds seeds;
                            private final TransactionTemplate tx;
                            SeedsController(Seeds seeds, TransactionTemplate tx) { this.seeds = seeds; this.tx = tx; }
                            @PostMapping("/api/v1/seeded/items")
                            void add(@RequestParam String code) { tx.executeWithoutResult(s -> seeds.add(code)); }
                        }
                        """)
                .extension(pkg + ".Module")
                .resource("db/changelog/seeded.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                          <changeSet id="seeded-1" author="test">
                            <createTable tableName="seeded_items">
                              <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                              <column name="id" type="uuid"><constraints nullable="false"/></column>
                              <column name="code" type="varchar(50)"><constraints nullable="false"/></column>
                            </createTable>
                            <addPrimaryKey tableName="seeded_items" columnNames="tenant_id, id"/>
                          </changeSet>
                        </databaseChangeLog>
                        """)
                .build();
    }

    static PluginJar startFails(String id) {
        return PluginJar.plugin(id)
                .source("io.tessera.plugins.broken.Module", """
                        package io.tessera.plugins.broken;

                        @org.pf4j.Extension
                        public class Module implements io.tessera.sdk.TesseraModule {
                            public String name() { return "Broken"; }
                            public io.tessera.sdk.ModuleCategory category() { return io.tessera.sdk.ModuleCategory.ERP; }
                        }
                        """)
                .source("io.tessera.plugins.broken.BrokenPlugin", """
                        package io.tessera.plugins.broken;

                        public class BrokenPlugin extends org.pf4j.Plugin {
                            @Override public void start() { throw new IllegalStateException("cannot reach its licence server"); }
                        }
                        """)
                .pluginClass("io.tessera.plugins.broken.BrokenPlugin")
                .extension("io.tessera.plugins.broken.Module")
                .build();
    }
}
