package io.tessera.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plugin parent's enforcer rule, out of tree: a plugin whose pom puts Spring in compile scope fails its build
 * naming the rule and the library; the same pom with Spring {@code provided} passes, so the failure is the rule's.
 */
class BannedHostLibraryIT {

    private static final String RULE = "must not bundle a library the server provides";

    @Test
    void springInCompileScopeFailsTheBuild() throws Exception {
        OutOfTreeMaven.Run run = validate("compile");

        assertThat(run.exitCode()).as(run.log()).isNotZero();
        assertThat(run.log()).contains(RULE).contains("org.springframework:spring-context");
    }

    @Test
    void springProvidedPasses() throws Exception {
        OutOfTreeMaven.Run run = validate("provided");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).doesNotContain(RULE);
    }

    private static OutOfTreeMaven.Run validate(String springScope) throws Exception {
        Path project = Files.createTempDirectory("tessera-bad-plugin-").resolve("bad");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>io.tessera</groupId>
                    <artifactId>tessera-plugin-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>
                  <groupId>com.example</groupId>
                  <artifactId>bad</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <properties>
                    <plugin.id>bad</plugin.id>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework</groupId>
                      <artifactId>spring-context</artifactId>
                      <scope>%s</scope>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(OutOfTreeMaven.required("kit.version"), springScope));
        return OutOfTreeMaven.fromBuild().run(project, project.resolveSibling("validate.log"), "validate");
    }
}
