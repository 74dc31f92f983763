package io.tessera.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code tessera-bom} out of tree: a project with no Tessera parent that imports it resolves the SDK and the host
 * libraries without a version of its own, at the server's versions (Hibernate as the server overrides it, not as
 * Spring Boot's own dependencies would have it).
 */
class BomConsumerIT {

    @Test
    void importingTheBomGivesTheHostsVersions() throws Exception {
        Path project = Files.createTempDirectory("tessera-bom-consumer-").resolve("consumer");
        Files.createDirectories(project);
        String version = OutOfTreeMaven.required("kit.version");
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>consumer</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>io.tessera</groupId>
                        <artifactId>tessera-bom</artifactId>
                        <version>%s</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>io.tessera</groupId>
                      <artifactId>tessera-sdk</artifactId>
                      <scope>provided</scope>
                    </dependency>
                    <dependency>
                      <groupId>org.hibernate.orm</groupId>
                      <artifactId>hibernate-core</artifactId>
                      <scope>provided</scope>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(version));

        OutOfTreeMaven.Run run = OutOfTreeMaven.fromBuild().run(project, project.resolveSibling("dependencies.log"),
                "org.apache.maven.plugins:maven-dependency-plugin:" + OutOfTreeMaven.required("kit.dependency.plugin")
                        + ":list", "-DoutputFile=dependencies.txt");

        assertThat(run.exitCode()).as(run.log()).isZero();
        String dependencies = Files.readString(project.resolve("dependencies.txt"));
        assertThat(dependencies).contains("io.tessera:tessera-sdk:jar:" + version)
                .contains("org.hibernate.orm:hibernate-core:jar:" + OutOfTreeMaven.required("kit.hibernate.version"));
    }
}
