package io.tessera.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.server.Migrations;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.core.env.Environment;

/**
 * The deployment artifacts under {@code deploy/} — the Helm chart, the compose file with HAProxy, the Dockerfile — name
 * only what the application has: every property is a known Spring or Tessera property, every probe path answers UP on
 * the running server (every first-party plugin loaded), every port is the server's. The chart's grace period covers
 * the preStop sleep plus the shutdown timeout, and only the migration Job (and compose's migrate run) migrate.
 */
class DeployArtifactsIT {

    private static final Path DEPLOY = Path.of("..");
    private static final Pattern GET_PATH = Pattern.compile("GET (/[^\\s\\\\'\"]*)");
    private static final Pattern VALUES_REF = Pattern.compile("\\.Values\\.([A-Za-z0-9_.]+)");

    @RegisterExtension
    static final TesseraKernelExtension kernel = everyPlugin();

    static final DeployFiles files = new DeployFiles(DEPLOY);
    static final KnownProperties known = KnownProperties.load(sourceRoots());

    static TesseraKernelExtension everyPlugin() {
        TesseraKernelExtension.Builder builder = TesseraKernelExtension.builder();
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("tessera.plugins.built", "target/plugins")))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(builder::plugin);
        } catch (IOException e) {
            throw new IllegalStateException("No plugin jars collected (run `mvn verify`)", e);
        }
        return builder.build();
    }

    static List<Path> sourceRoots() {
        List<Path> roots = new ArrayList<>(List.of(Path.of("src/main/java"), Path.of("../../tenants/src/main/java")));
        for (String parent : List.of("../../core", "../../ui", "../../plugins")) {
            try (Stream<Path> modules = Files.list(Path.of(parent))) {
                modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().forEach(roots::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return roots;
    }

    /** Every property the artifacts name, with where. */
    static Map<String, String> namedProperties() {
        Map<String, String> named = new LinkedHashMap<>();
        files.properties("config").keySet().forEach(p -> named.put(p, "helm values config"));
        files.properties("secretConfig").keySet().forEach(p -> named.put(p, "helm values secretConfig"));
        files.composeEnvironments().forEach((service, env) -> {
            if (files.tesseraServices().contains(service)) {
                env.keySet().forEach(variable -> named.put(variable, "compose service " + service));
            }
        });
        return named;
    }

    /** Every HTTP path the artifacts probe. */
    static Set<String> probedPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (String probe : List.of("startup", "liveness", "readiness")) {
            paths.add((String) files.value("probes." + probe + ".path"));
        }
        paths.addAll(DeployFiles.all(GET_PATH, files.haproxy));
        paths.addAll(DeployFiles.all(GET_PATH, files.dockerfile));
        for (String service : files.tesseraServices()) {
            Object healthcheck = files.service(service).get("healthcheck");
            if (healthcheck != null) {
                paths.addAll(DeployFiles.all(GET_PATH, String.valueOf(healthcheck)));
            }
        }
        return paths;
    }

    static List<String> propertyProblems(Map<String, String> named) {
        List<String> problems = new ArrayList<>();
        named.forEach((name, where) -> {
            if (!known.knows(name)) {
                problems.add(where + ": unknown property " + name);
            }
        });
        return problems;
    }

    static List<String> pathProblems(Set<String> paths) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String path : paths) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(kernel.baseUri().resolve(path.substring(1))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"UP\"")) {
                    problems.add(path + " answered " + response.statusCode() + " " + response.body());
                }
            }
        }
        return problems;
    }

    @Test
    void everyPropertyTheArtifactsNameIsKnownToTheApplication() {
        assertThat(known.size()).as("names read from metadata and code").isGreaterThan(500);
        Map<String, String> named = namedProperties();
        assertThat(named).containsKeys("spring.datasource.url", "tessera.purge.token-secret", "SPRING_LIQUIBASE_ENABLED",
                "TESSERA_KEYCLOAK_ADMIN_SERVERURL");
        assertThat(propertyProblems(named)).isEmpty();
    }

    @Test
    void aWrongPropertyIsReported() {
        Map<String, String> named = new LinkedHashMap<>(namedProperties());
        named.put("tessera.plugin.dir", "a typo");
        named.put("SPRING_DATASOURCE_URI", "a typo");
        named.put("spring.lifecycle.timeout-per-shutdown", "a typo");
        named.put("TESSERA_PURGE_TOKEN_SECRET", "a dash kept as an underscore");
        assertThat(propertyProblems(named)).containsExactly("a typo: unknown property tessera.plugin.dir",
                "a typo: unknown property SPRING_DATASOURCE_URI", "a typo: unknown property spring.lifecycle.timeout-per-shutdown",
                "a dash kept as an underscore: unknown property TESSERA_PURGE_TOKEN_SECRET");
    }

    @Test
    void everyProbedPathAnswersUpOnTheRunningServer() throws Exception {
        Set<String> paths = probedPaths();
        assertThat(paths).contains("/actuator/health/liveness", "/actuator/health/readiness");
        assertThat(pathProblems(paths)).isEmpty();
        // the database is out of liveness (an outage must not restart every pod) and in no probe group by default
        HealthEndpointGroups groups = kernel.bean(HealthEndpointGroups.class);
        assertThat(groups.get("liveness").isMember("db")).isFalse();
        assertThat(files.properties("config").keySet()).noneMatch(p -> p.startsWith("management.endpoint.health.group.liveness"));
    }

    @Test
    void aWrongProbePathIsReported() throws Exception {
        assertThat(pathProblems(Set.of("/actuator/health/livenes"))).singleElement().asString()
                .startsWith("/actuator/health/livenes answered 404");
    }

    @Test
    void everyPortIsTheServersPort() {
        Environment env = kernel.context().getEnvironment();
        assertThat(env.containsProperty("server.port")).isTrue(); // the test's random port; the artifacts use the default
        int port = Integer.parseInt(known.defaultValue("server.port"));
        assertThat(files.value("containerPort")).isEqualTo(port);
        assertThat(files.dockerfile).contains("EXPOSE " + port);
        assertThat(DeployFiles.all(Pattern.compile("server tessera-\\d+ tessera-\\d+:(\\d+)"), files.haproxy))
                .hasSize(4).containsOnly(String.valueOf(port));
        for (String service : files.tesseraServices()) {
            Object healthcheck = files.service(service).get("healthcheck");
            if (healthcheck != null) {
                assertThat(String.valueOf(healthcheck)).contains("/dev/tcp/127.0.0.1/" + port);
            }
        }
        String deployment = files.template("deployment.yaml");
        assertThat(deployment).contains("containerPort: {{ .Values.containerPort }}");
        assertThat(DeployFiles.all(Pattern.compile("port: (\\S+)"), deployment)).containsOnly("http");
    }

    @Test
    void theTemplatesUseOnlyValuesThatExistAndTheProbesComeFromThem() throws IOException {
        Set<String> referenced = new TreeSet<>();
        try (Stream<Path> templates = Files.list(DEPLOY.resolve("helm/tessera/templates"))) {
            for (Path template : templates.toList()) {
                referenced.addAll(DeployFiles.all(VALUES_REF, Files.readString(template)));
            }
        }
        assertThat(referenced).contains("probes.startup.path", "terminationGracePeriodSeconds", "preStopSleepSeconds");
        assertThat(referenced).allSatisfy(path -> assertThat(files.value(path)).as(".Values." + path).isNotNull());
        String deployment = files.template("deployment.yaml");
        for (String probe : List.of("startup", "liveness", "readiness")) {
            assertThat(deployment).contains(probe + "Probe:\n            httpGet:\n              path: {{ .Values.probes." + probe + ".path }}");
        }
        assertThat(files.value("probes.liveness.path")).isEqualTo("/actuator/health/liveness");
        assertThat(files.value("probes.readiness.path")).isEqualTo("/actuator/health/readiness");
    }

    @Test
    void theGracePeriodCoversThePreStopSleepAndTheShutdownTimeout() {
        double shutdown = DeployFiles.seconds(String.valueOf(files.properties("config")
                .getOrDefault("spring.lifecycle.timeout-per-shutdown-phase", "30s")));
        int preStop = (Integer) files.value("preStopSleepSeconds");
        int grace = (Integer) files.value("terminationGracePeriodSeconds");
        assertThat(preStop).isPositive();
        assertThat(grace).as("terminationGracePeriodSeconds > preStop %d s + shutdown %s s", preStop, shutdown)
                .isGreaterThan((int) Math.ceil(preStop + shutdown));
        String deployment = files.template("deployment.yaml");
        assertThat(deployment).contains("terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}",
                "command: [\"sleep\", \"{{ .Values.preStopSleepSeconds }}\"]");
        for (String node : List.of("tessera-1", "tessera-2")) {
            double composeShutdown = DeployFiles.seconds(String.valueOf(
                    files.composeEnvironments().get(node).get("SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE")));
            assertThat(DeployFiles.seconds(String.valueOf(files.service(node).get("stop_grace_period"))))
                    .as(node + " stop_grace_period").isGreaterThan(composeShutdown);
        }
    }

    @Test
    void onlyTheMigrationJobMigrates() {
        assertThat(files.properties("config")).doesNotContainKey("spring.liquibase.enabled");
        assertThat(files.template("_helpers.tpl")).contains("SPRING_LIQUIBASE_ENABLED: {{ .liquibase | quote }}");
        assertThat(files.template("configmap.yaml")).contains("(dict \"root\" . \"liquibase\" \"false\")");
        assertThat(files.template("deployment.yaml")).contains("configMapRef:\n                name: {{ include \"tessera.fullname\" . }}\n");
        String job = files.template("migration-job.yaml");
        assertThat(job).contains("(dict \"root\" . \"liquibase\" \"true\")", "\"helm.sh/hook\": pre-install,pre-upgrade",
                "kind: Job", "args: [\"" + Migrations.COMMAND + "\"]",
                "configMapRef:\n                name: {{ include \"tessera.fullname\" . }}-migration");
        for (String node : List.of("tessera-1", "tessera-2")) {
            assertThat(files.composeEnvironments().get(node)).containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
        }
        assertThat(files.composeEnvironments().get("migrate")).containsEntry("SPRING_LIQUIBASE_ENABLED", "true");
        assertThat(files.service("migrate").get("command")).isEqualTo(List.of(Migrations.COMMAND));
        assertThat(files.tesseraServices()).containsExactlyInAnyOrder("migrate", "tessera-1", "tessera-2");
    }

    @Test
    void theMigrationCommandMigratesAnEmptyDatabaseAsTheKernelDoesAndExits() throws SQLException {
        Environment env = kernel.context().getEnvironment();
        String url = env.getRequiredProperty("spring.datasource.url");
        String jobDb = url.substring(url.lastIndexOf('/') + 1) + "_job";
        String jobUrl = url.substring(0, url.lastIndexOf('/') + 1) + jobDb;
        String owner = env.getRequiredProperty("spring.liquibase.user");
        String ownerPassword = env.getRequiredProperty("spring.liquibase.password");
        try (Connection admin = kernel.adminConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + jobDb + " owner " + owner);
            try {
                Migrations.run("--spring.datasource.url=" + jobUrl,
                        "--spring.datasource.username=" + env.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + env.getRequiredProperty("spring.datasource.password"),
                        "--spring.liquibase.user=" + owner, "--spring.liquibase.password=" + ownerPassword,
                        "--tessera.plugins.dir=" + kernel.pluginsDir(), "--spring.main.banner-mode=off");
                try (Connection job = DriverManager.getConnection(jobUrl, owner, ownerPassword)) {
                    assertThat(tables(job)).isEqualTo(tables(admin)).contains("key_routes", "acc_entries", "mrp_orders");
                    assertThat(changeSets(job)).isEqualTo(changeSets(admin));
                }
            } finally {
                s.execute("drop database " + jobDb + " with (force)");
            }
        }
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                select c.relname || ':' || has_table_privilege(?, c.oid, 'SELECT') from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'""")) {
            s.setString(1, kernel.applicationRole());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1).replace(":true", "").replace(":false", " (not granted)"));
                }
            }
        }
        return tables;
    }

    /** Every change set the migrator recorded, in its per-module tables ({@code dbchangelog_<module>}). */
    private static Set<String> changeSets(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r' and c.relname like 'dbchangelog\\_%'
                   and c.relname <> 'dbchangelog_lock'""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Set<String> ids = new TreeSet<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from " + table)) {
                while (rs.next()) {
                    ids.add(table + ":" + rs.getString(1));
                }
            }
        }
        assertThat(tables).as("the migrator's changelog tables").contains("dbchangelog_kernel", "dbchangelog_mrp");
        return ids;
    }
}
