package io.tessera.ui.kit.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.provider.SortDirection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.data.repository.Repository;

/**
 * The grid over a real Spring Data JPA repository on PostgreSQL, connected as a role that owns no
 * table: each page the grid shows is one bounded SELECT (offset/fetch, ORDER BY the sorted column),
 * the count one COUNT, and the rows are those PostgreSQL returns for the same order.
 */
@ViewPackages(packages = "io.tessera.ui.kit.grid")
class EntityGridJpaIT extends BrowserlessTest {

    @Entity
    @Table(name = "deal")
    public static class Deal {
        @Id
        private Long id;
        private String name;
        private BigDecimal amount;

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    public interface DealRepository extends Repository<Deal, Long> {
        Slice<Deal> findByNameContainingIgnoreCase(String name, Pageable pageable);

        long countByNameContainingIgnoreCase(String name);
    }

    /** Records every SQL statement Hibernate sends. */
    public static class RecordingInspector implements StatementInspector {
        static final List<String> SQL = new CopyOnWriteArrayList<>();

        @Override
        public String inspect(String sql) {
            SQL.add(sql.toLowerCase());
            return sql;
        }
    }

    static final String ADMIN_URL = Objects.requireNonNullElse(System.getenv("TESSERA_TEST_POSTGRES_URL"),
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String ADMIN_USER = Objects.requireNonNullElse(System.getenv("TESSERA_TEST_POSTGRES_USER"), "postgres");
    static final String ADMIN_PASSWORD = Objects.requireNonNullElse(System.getenv("TESSERA_TEST_POSTGRES_PASSWORD"), "");
    static final String SUFFIX = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    static final String DATABASE = "tessera_uikit_" + SUFFIX;
    static final String APP_ROLE = "tessera_uikit_app_" + SUFFIX;

    static EntityManagerFactory emf;
    static EntityManager em;
    static DealRepository deals;

    EntityGrid<Deal> grid;
    GridTester<?, Deal> rows;

    static String url(String database) {
        int slash = ADMIN_URL.indexOf('/', "jdbc:postgresql://".length());
        return ADMIN_URL.substring(0, slash) + "/" + database;
    }

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("create database " + DATABASE);
            sql.execute("create role " + APP_ROLE + " login password 'app' nosuperuser nobypassrls");
        }
        try (Connection owner = DriverManager.getConnection(url(DATABASE), ADMIN_USER, ADMIN_PASSWORD);
             Statement sql = owner.createStatement()) {
            sql.execute("create table deal (id bigint primary key, name text not null, amount numeric(19,2) not null)");
            sql.execute("insert into deal select i, 'Deal ' || i, (i * 37 % 1000) + 0.5 from generate_series(1, 10000) i");
            sql.execute("grant select on deal to " + APP_ROLE);
        }
        emf = new HibernatePersistenceConfiguration("ui-kit-it")
                .managedClass(Deal.class)
                .jdbcUrl(url(DATABASE))
                .jdbcCredentials(APP_ROLE, "app")
                .property("hibernate.session_factory.statement_inspector", RecordingInspector.class.getName())
                .property("hibernate.connection.pool_size", "2")
                .createEntityManagerFactory();
        em = emf.createEntityManager();
        deals = new JpaRepositoryFactory(em).getRepository(DealRepository.class);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (em != null) {
            em.close();
        }
        if (emf != null) {
            emf.close();
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("drop role if exists " + APP_ROLE);
        }
    }

    @BeforeEach
    void showGrid() {
        grid = new EntityGrid<>(EntitySource.ofSlices(deals::findByNameContainingIgnoreCase,
                deals::countByNameContainingIgnoreCase));
        grid.setPageSize(25);
        grid.addColumn("Name", Deal::getName, "name");
        grid.addColumn("Amount", Deal::getAmount, "amount");
        UI.getCurrent().add(grid);
        rows = test(grid.getGrid());
        RecordingInspector.SQL.clear();
    }

    List<Long> idsInPostgresOrder(String orderBy, int offset, int limit) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(DATABASE), APP_ROLE, "app");
             Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("select id from deal order by " + orderBy + " offset " + offset + " limit " + limit)) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    @Test
    void eachPageIsOneBoundedQueryAndTheCountOneCount() {
        assertThat(rows.size()).isEqualTo(10_000);
        assertThat(RecordingInspector.SQL).singleElement().asString().startsWith("select count(");

        RecordingInspector.SQL.clear();
        assertThat(rows.getRow(7_777).getName()).isEqualTo("Deal 7778");

        assertThat(RecordingInspector.SQL).as("scrolling re-uses the count").isNotEmpty().allSatisfy(sql -> assertThat(sql)
                .startsWith("select").doesNotContain("count(").contains("offset ? rows fetch first ? rows only"));
        assertThat(RecordingInspector.SQL.size()).as("pages queried to show one row").isLessThanOrEqualTo(3);

        RecordingInspector.SQL.clear();
        grid.refresh();
        assertThat(rows.size()).isEqualTo(10_000);
        assertThat(RecordingInspector.SQL).as("refresh counts again").anySatisfy(sql -> assertThat(sql).contains("count("));
    }

    @Test
    void sortingOrdersInTheDatabaseAcrossPages() throws SQLException {
        rows.sortByColumn(1, SortDirection.DESCENDING);

        List<Long> expected = idsInPostgresOrder("amount desc, id", 30, 5);
        assertThat(RecordingInspector.SQL).isEmpty();
        List<BigDecimal> shown = java.util.stream.IntStream.range(30, 35).mapToObj(i -> rows.getRow(i).getAmount()).toList();
        List<BigDecimal> inDatabase = expected.stream()
                .map(id -> em.find(Deal.class, id).getAmount()).toList();
        assertThat(shown).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(inDatabase);
        assertThat(RecordingInspector.SQL.stream().filter(s -> s.contains("order by")).findFirst().orElseThrow())
                .contains("amount desc");
    }

    @Test
    void theFilterBarFiltersInTheDatabase() {
        grid.getSearchField().setValue("deal 999");
        assertThat(rows.size()).isEqualTo(11);
        assertThat(rows.getRow(0).getName()).startsWith("Deal 999");
        assertThat(RecordingInspector.SQL).anySatisfy(sql -> assertThat(sql).contains("count(").contains("like"));
    }
}
