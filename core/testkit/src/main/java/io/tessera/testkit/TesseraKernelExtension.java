package io.tessera.testkit;

import io.tessera.kernel.TesseraKernel;
import io.tessera.kernel.account.AccountMemberships;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.TenantProvisioning;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import io.tessera.kernel.config.KernelDefaults;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Boots the Tessera kernel once per test class with chosen plugin jars, on a fresh PostgreSQL
 * database that is dropped afterwards. The kernel connects as an application role that owns no
 * table and cannot bypass row-level security; migrations run as a separate owner role. With
 * {@link Builder#embeddedDatabase()} it boots on a fresh embedded H2 database instead, as the server's
 * default does, for the flows that must work there too (D17).
 *
 * <pre>{@code
 * @RegisterExtension
 * static TesseraKernelExtension kernel = TesseraKernelExtension.builder()
 *         .plugin(myPluginJar)
 *         .build();
 * }</pre>
 */
public final class TesseraKernelExtension implements BeforeAllCallback, AfterAllCallback {

    /** The platform operator's password in tests. */
    public static final String PLATFORM_PASSWORD = "platform-test-secret";

    private final List<PluginJar> plugins;
    private final List<Path> builtPlugins;
    private final Map<String, String> properties;
    private final boolean embedded;
    private TestDatabase database;
    private Path embeddedDir;
    private String embeddedUrl;
    private Path pluginsDir;
    private ConfigurableApplicationContext context;
    private boolean clusterNode;

    private TesseraKernelExtension(Builder builder) {
        this.plugins = List.copyOf(builder.plugins);
        this.builtPlugins = List.copyOf(builder.builtPlugins);
        this.properties = new LinkedHashMap<>(builder.properties);
        this.embedded = builder.embedded;
    }

    /** Starts describing a kernel. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext extensionContext) throws IOException {
        if (clusterNode) {
            throw new IllegalStateException("A cluster node is started by its TesseraCluster: register the cluster, not a node");
        }
        pluginsDir = writePlugins(plugins, builtPlugins);
        Map<String, Object> props = new LinkedHashMap<>();
        if (embedded) {
            embeddedDir = Files.createTempDirectory("tessera-h2");
            embeddedUrl = KernelDefaults.embeddedUrl(embeddedDir.resolve("tessera").toString());
            props.put("spring.datasource.url", embeddedUrl);
            props.put("spring.datasource.username", KernelDefaults.EMBEDDED_USER);
            props.put("spring.datasource.password", "");
            // the demo tenant is on by default on the embedded database; tests create their own tenants
            props.put("tessera.demo.enabled", "false");
        } else {
            database = TestDatabase.create();
            props.putAll(postgresProperties(database));
        }
        context = start(props, pluginsDir, properties);
    }

    /** Writes the plugin jars into a fresh temporary directory. */
    static Path writePlugins(List<PluginJar> plugins, List<Path> builtPlugins) throws IOException {
        Path dir = Files.createTempDirectory("tessera-plugins");
        for (PluginJar plugin : plugins) {
            plugin.writeTo(dir);
        }
        for (Path jar : builtPlugins) {
            Files.copy(jar, dir.resolve(jar.getFileName()));
        }
        return dir;
    }

    /** The data source settings of a kernel on a test database: the application role, migrations as the owner. */
    static Map<String, Object> postgresProperties(TestDatabase database) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", database.url());
        props.put("spring.datasource.username", TestDatabase.APP_ROLE);
        props.put("spring.datasource.password", TestDatabase.APP_PASSWORD);
        props.put("spring.liquibase.user", TestDatabase.OWNER_ROLE);
        props.put("spring.liquibase.password", TestDatabase.OWNER_PASSWORD);
        return props;
    }

    /** Boots one kernel with the test kit's defaults, the given settings and then the test's own properties. */
    static ConfigurableApplicationContext start(Map<String, Object> settings, Path pluginsDir, Map<String, String> properties) {
        Map<String, Object> props = new LinkedHashMap<>(settings);
        props.put("spring.datasource.hikari.maximum-pool-size", "4");
        props.put("tessera.plugins.dir", pluginsDir.toString());
        props.put("tessera.platform.admin.password", PLATFORM_PASSWORD);
        props.put("server.port", "0");
        props.put("spring.main.banner-mode", "off");
        props.putAll(properties);
        // as command-line arguments: the highest precedence, above any application.properties on the test class path
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(TesseraKernel.class).listeners(SerialLoggingSetup.listeners()).run(args);
    }

    /** A view of one node of a {@link TesseraCluster}: the cluster owns its context and database. */
    static TesseraKernelExtension node(ConfigurableApplicationContext context, TestDatabase database, Path pluginsDir) {
        TesseraKernelExtension node = new TesseraKernelExtension(new Builder());
        node.context = context;
        node.database = database;
        node.pluginsDir = pluginsDir;
        node.clusterNode = true;
        return node;
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) throws IOException {
        if (clusterNode) {
            throw new IllegalStateException("A cluster node is closed by its TesseraCluster: register the cluster, not a node");
        }
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
            deleteRecursively(pluginsDir);
            deleteRecursively(embeddedDir);
        }
    }

    /** The running application context. */
    public ConfigurableApplicationContext context() {
        return context;
    }

    /** A bean of the running kernel. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The base URI of the running server, e.g. {@code http://localhost:41234/}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port") + "/");
    }

    /** The directory the kernel loaded plugins from. */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /** The database role the kernel connects as. */
    public String applicationRole() {
        return TestDatabase.APP_ROLE;
    }

    /** Whether the kernel runs on the embedded database (H2) rather than PostgreSQL. */
    public boolean embedded() {
        return embedded;
    }

    /** A superuser connection to the test database, for assertions that must see every tenant's rows. */
    public Connection adminConnection() {
        try {
            return embedded ? DriverManager.getConnection(embeddedUrl, KernelDefaults.EMBEDDED_USER, "")
                    : database.adminConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a query as superuser (seeing every tenant's rows) and returns the first column of its
     * first row as text, or {@code null} when there is no row.
     */
    public String queryAsSuperuser(String sql, Object... params) {
        try (Connection c = adminConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /**
     * JDBC work as the application itself does it, to show what the database refuses the application role (an
     * append-only table, a CHECK constraint): one connection of the kernel's own pool, in one transaction with the
     * tenant set transaction-locally as the kernel sets it ({@code app.tenant_id}, PostgreSQL), committed when the
     * work returns and rolled back when it throws.
     *
     * @param tenant the tenant in scope
     * @param work   what to run on the connection
     * @throws SQLException what the database answered
     */
    public void asApplicationRole(UUID tenant, SqlWork work) throws SQLException {
        try (Connection c = bean(javax.sql.DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    s.setString(1, tenant.toString());
                    s.execute();
                }
                work.run(c);
                c.commit();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * One statement run by {@link #asApplicationRole(UUID, SqlWork)}.
     *
     * @param tenant the tenant in scope
     * @param sql    an update, insert or delete
     * @throws SQLException what the database answered
     */
    public void asApplicationRole(UUID tenant, String sql) throws SQLException {
        asApplicationRole(tenant, c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        });
    }

    /** JDBC work on one connection, for {@link #asApplicationRole(UUID, SqlWork)}. */
    @FunctionalInterface
    public interface SqlWork {

        /**
         * Runs the work.
         *
         * @param connection the connection, in a transaction with the tenant set
         * @throws SQLException what the database answered
         */
        void run(Connection connection) throws SQLException;
    }

    /** Runs a {@code select count(*) …} as superuser. */
    public long countAsSuperuser(String sql, Object... params) {
        return Long.parseLong(queryAsSuperuser(sql, params));
    }

    /** Every table of the schema with a {@code tenant_id} column (lower-case names, sorted). */
    public List<String> tenantTables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = adminConnection(); PreparedStatement s = c.prepareStatement(
                "select lower(table_name) from information_schema.columns where lower(column_name) = 'tenant_id' "
                        + "and table_schema = current_schema order by 1");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /**
     * Provisions a tenant through the platform API with an admin {@code admin@<slug>.test} and returns
     * an API client signed in as that admin.
     */
    public ApiClient provisionTenant(String slug, String adminPassword) {
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\",\"admin\":{\"email\":\"admin@" + slug
                + ".test\",\"password\":\"" + adminPassword + "\"}}";
        ApiResponse created = platformApi().post("/api/v1/platform/tenants", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Provisioning " + slug + " failed: " + created);
        }
        return api("admin@" + slug + ".test", adminPassword);
    }

    /** Creates a tenant (as platform work, which passes service permission checks). */
    public TenantRef createTenant(String slug) {
        return TenantContext.callWithoutTenant(() -> bean(TenantProvisioning.class).createTenant(slug, "Tenant " + slug));
    }

    /** Creates a user who is a member (role {@code admin}) of the given tenants. */
    public UUID createUser(String email, String password, TenantRef... tenants) {
        return createUser(email, password, Set.of("admin"), tenants);
    }

    /** Creates a user who is a member, with the given roles, of the given tenants. */
    public UUID createUser(String email, String password, Set<String> roles, TenantRef... tenants) {
        UserAccounts accounts = bean(UserAccounts.class);
        AccountMemberships memberships = bean(AccountMemberships.class);
        // a fixture, made as platform work (which passes service permission checks)
        return TenantContext.callWithoutTenant(() -> {
            UUID id = accounts.createUser(email, email, password);
            for (TenantRef tenant : tenants) {
                memberships.addMembership(tenant, id, roles);
            }
            return id;
        });
    }

    /**
     * Enables modules for a tenant the way the tenant admin's marketplace does, through the kernel's one module
     * lifecycle: each module with its required dependencies (in dependency order), each newly enabled module's
     * installers run, all or nothing per module. The call runs as the tenant's system work, so it needs no admin.
     *
     * @param tenant  the tenant
     * @param modules the modules' ids
     * @return the modules that were not enabled before, in the order they were enabled
     * @throws RuntimeException the lifecycle's problem (404 unknown module, 409 unavailable or missing dependency,
     *                          500 an installer failed) when a module cannot be enabled; nothing of it is enabled then
     */
    public List<String> enable(TenantRef tenant, String... modules) {
        return enable(tenant, false, modules);
    }

    /**
     * As {@link #enable(TenantRef, String...)}, with the installers asked for demonstration data (as the demo tenant
     * is set up).
     *
     * @param tenant  the tenant
     * @param modules the modules' ids
     * @return the modules that were not enabled before, in the order they were enabled
     */
    public List<String> enableWithDemoData(TenantRef tenant, String... modules) {
        return enable(tenant, true, modules);
    }

    private List<String> enable(TenantRef tenant, boolean demoData, String... modules) {
        ModuleLifecycle lifecycle = bean(ModuleLifecycle.class);
        List<String> enabled = new ArrayList<>();
        for (String module : modules) {
            enabled.addAll(TenantContext.callAs(tenant, null, () -> lifecycle.enable(module, demoData)));
        }
        return enabled;
    }

    /**
     * Detaches a module for a tenant the way the marketplace does with {@code cascade=true}: the enabled modules that
     * require it are detached too; every row stays, and enabling it again restores it.
     *
     * @param tenant the tenant
     * @param module the module's id
     * @return the detached modules, the module itself last
     */
    public List<String> detach(TenantRef tenant, String module) {
        ModuleLifecycle lifecycle = bean(ModuleLifecycle.class);
        return TenantContext.callAs(tenant, null, () -> lifecycle.detach(module, true));
    }

    /**
     * A tenant by its slug, e.g. one {@link #provisionTenant} created.
     *
     * @param slug the slug
     * @return the tenant
     */
    public TenantRef tenant(String slug) {
        return bean(TenantDirectory.class).findTenant(slug).orElseThrow(() -> new IllegalArgumentException("No tenant " + slug))
                .ref();
    }

    /**
     * The id of a user by email.
     *
     * @param email the email
     * @return the user's id
     */
    public UUID userId(String email) {
        return bean(UserAccounts.class).findUserByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No user " + email)).getId();
    }

    /**
     * Starts describing a tenant to provision through the platform and admin APIs: its admin, members with roles,
     * and modules enabled as the marketplace enables them.
     *
     * <pre>{@code
     * TestTenant acme = kernel.newTenant("acme").member("ann@acme.test", "member").modules("leads").provision();
     * acme.admin().get("/api/v1/leads");
     * acme.api("ann@acme.test").get("/api/v1/leads");
     * }</pre>
     *
     * @param slug the tenant's slug
     * @return the description
     */
    public TestTenant.Builder newTenant(String slug) {
        return new TestTenant.Builder(this, slug);
    }

    /**
     * Runs code as a tenant's user who holds the permissions of the given roles (as the tenant defines them),
     * not as system work, so that service permission checks apply as they do in a request. No transaction is
     * opened: the services called open their own.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param roles  the user's roles, e.g. {@code admin} or {@code member}
     * @param work   what to do
     * @param <T>    the result type
     * @return the result
     */
    public <T> T asMember(TenantRef tenant, UUID userId, Set<String> roles, Supplier<T> work) {
        Set<String> permissions = inTenant(tenant, () -> bean(Roles.class).effectivePermissions(roles));
        return act(new TenantContext.Actor(tenant, userId, roles, permissions), work);
    }

    /**
     * Runs code as a tenant's admin (role {@code admin}, holding every permission of the tenant), not as system
     * work.
     *
     * @param tenant the tenant
     * @param userId the admin
     * @param work   what to do
     * @param <T>    the result type
     * @return the result
     */
    public <T> T asAdmin(TenantRef tenant, UUID userId, Supplier<T> work) {
        return asMember(tenant, userId, Set.of(Roles.ADMIN), work);
    }

    /** Runs code in a transaction as a tenant. */
    public <T> T inTenant(TenantRef tenant, Supplier<T> work) {
        TransactionTemplate tx = bean(TransactionTemplate.class);
        return TenantContext.callAs(tenant, null, () -> tx.execute(status -> work.get()));
    }

    /**
     * Runs code as a signed-in user (or, with a {@code null} user, an API key) of a tenant who holds exactly
     * the given permissions — not as system work — so that service permission checks apply as they do in a
     * request. No transaction is opened: the services called open their own.
     */
    public <T> T asActor(TenantRef tenant, UUID userId, Set<String> permissions, Supplier<T> work) {
        return act(new TenantContext.Actor(tenant, userId, Set.of(), permissions), work);
    }

    private static <T> T act(TenantContext.Actor actor, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        TenantContext.<RuntimeException>runAs(actor, () -> {
            result.add(work.get());
            return null;
        });
        return result.getFirst();
    }

    /** Runs code in a transaction with no tenant in scope. */
    public <T> T withoutTenant(Supplier<T> work) {
        TransactionTemplate tx = bean(TransactionTemplate.class);
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> work.get()));
    }

    /** An API client signed in as a user. */
    public ApiClient api(String user, String password) {
        return new ApiClient(baseUri(), user, password, null);
    }

    /** An API client authenticating with an API key. */
    public ApiClient apiKey(String secret) {
        return ApiClient.bearer(baseUri(), secret);
    }

    /** An API client signed in as the platform operator. */
    public ApiClient platformApi() {
        return new ApiClient(baseUri(), "platform", PLATFORM_PASSWORD, null);
    }

    /** An API client that does not sign in. */
    public ApiClient anonymousApi() {
        return new ApiClient(baseUri(), null, null, null);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Describes the kernel to boot. */
    public static final class Builder {
        private final List<PluginJar> plugins = new ArrayList<>();
        private final List<Path> builtPlugins = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean embedded;

        private Builder() {
        }

        /**
         * Boots on a fresh embedded H2 database (a file in a temporary directory, with the server default's
         * settings) instead of PostgreSQL. There is no row-level security there and one database user: use it
         * to test that a flow works on the embedded default, not for isolation guarantees.
         */
        public Builder embeddedDatabase() {
            this.embedded = true;
            return this;
        }

        /** Adds plugin jars to the plugins directory. */
        public Builder plugin(PluginJar... jars) {
            plugins.addAll(List.of(jars));
            return this;
        }

        /**
         * Adds plugin jars that a build already produced, e.g. the plugin module's own jar, which the
         * plugins' parent POM passes to integration tests as the system property {@code tessera.plugin.jar}
         * (see {@link #builtPlugin()}).
         */
        public Builder plugin(Path... jars) {
            for (Path jar : jars) {
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalArgumentException("No plugin jar at " + jar.toAbsolutePath()
                            + " (integration tests of a plugin run after `package`: use `mvn verify`)");
                }
                builtPlugins.add(jar);
            }
            return this;
        }

        /**
         * Adds the jar of the plugin module under test, named by the system property
         * {@code tessera.plugin.jar} that the plugins' parent POM sets for integration tests.
         */
        public Builder builtPlugin() {
            String jar = System.getProperty("tessera.plugin.jar");
            if (jar == null || jar.isBlank()) {
                throw new IllegalStateException("System property tessera.plugin.jar is not set: run the test with "
                        + "failsafe in a module whose parent is tessera-plugins");
            }
            return plugin(Path.of(jar));
        }

        /** Sets a configuration property. */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** Finishes the description; the kernel boots before the test class's tests. */
        public TesseraKernelExtension build() {
            return new TesseraKernelExtension(this);
        }
    }
}
