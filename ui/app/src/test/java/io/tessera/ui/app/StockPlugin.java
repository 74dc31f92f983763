package io.tessera.ui.app;

import io.tessera.testkit.PluginJar;

/**
 * A small real plugin with a table of its own (seeded by its installer, {@value #SEEDED} rows per
 * tenant), a permission members do not hold by default, and one view, compiled at test time.
 */
final class StockPlugin {

    static final String ID = "stock";
    static final String ROUTE = "stock/items";
    static final String TABLE = "stock_items";
    static final String PERMISSION = "stock.read";
    static final int SEEDED = 3;

    private StockPlugin() {
    }

    static PluginJar jar() {
        String pkg = "io.tessera.plugins.stock";
        return PluginJar.plugin(ID)
                .version("1.0.0")
                .requires(">=0.1.0")
                .source(pkg + ".StockModule", """
                        package io.tessera.plugins.stock;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class StockModule implements TesseraModule {
                            public String name() { return "Stock"; }
                            public ModuleCategory category() { return ModuleCategory.ERP; }
                            public String description() { return "Items in stock"; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/stock.xml"); }
                            public List<Permission> permissions() { return List.of(new Permission("stock.read", "See the items in stock")); }
                            public List<Class<?>> components() { return List.of(StockInstaller.class, StockUi.class); }
                        }
                        """)
                .source(pkg + ".StockInstaller", """
                        package io.tessera.plugins.stock;

                        import io.tessera.sdk.*;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class StockInstaller implements TenantInstaller {
                            private final JdbcClient jdbc;
                            StockInstaller(DataSource dataSource) { this.jdbc = JdbcClient.create(dataSource); }
                            public void install(InstallContext context) {
                                for (int i = 1; i <= %d; i++) {
                                    int exists = jdbc.sql("select count(*) from stock_items where tenant_id = ? and code = ?")
                                        .params(context.tenant().id(), "item-" + i).query(Integer.class).single();
                                    if (exists == 0) {
                                        jdbc.sql("insert into stock_items (tenant_id, id, code) values (?, ?, ?)")
                                            .params(context.tenant().id(), java.util.UUID.randomUUID(), "item-" + i).update();
                                    }
                                }
                            }
                        }
                        """.formatted(SEEDED))
                .source(pkg + ".StockUi", """
                        package io.tessera.plugins.stock;

                        import com.vaadin.flow.component.icon.VaadinIcon;
                        import io.tessera.ui.kit.*;
                        import java.util.List;

                        public class StockUi implements ModuleUi {
                            public String moduleId() { return "stock"; }
                            public List<NavItem> navigation() {
                                return List.of(new NavItem("stock/items", StockView.class, "stock.nav.items", VaadinIcon.STOCK,
                                        NavGroup.ERP, "stock.read"));
                            }
                        }
                        """)
                .source(pkg + ".StockView", """
                        package io.tessera.plugins.stock;

                        import com.vaadin.flow.component.html.H2;
                        import com.vaadin.flow.component.orderedlayout.VerticalLayout;

                        public class StockView extends VerticalLayout {
                            public StockView() {
                                add(new H2(getTranslation("stock.title")));
                            }
                        }
                        """)
                .resource("i18n/stock.properties", "stock.nav.items=Stock items\nstock.title=Items in stock\n")
                .resource("i18n/stock_de.properties", "stock.nav.items=Lagerartikel\nstock.title=Artikel im Lager\n")
                .resource("db/changelog/stock.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                          <changeSet id="stock-1" author="test">
                            <createTable tableName="stock_items">
                              <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                              <column name="id" type="uuid"><constraints nullable="false"/></column>
                              <column name="code" type="varchar(50)"><constraints nullable="false"/></column>
                            </createTable>
                            <addPrimaryKey tableName="stock_items" columnNames="tenant_id, id"/>
                          </changeSet>
                        </databaseChangeLog>
                        """)
                .extension(pkg + ".StockModule")
                .build();
    }
}
