package io.tessera.tenants.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** When Keycloak cannot be reached, provisioning is refused with a clear 502 (the tenants API then creates nothing). */
class KeycloakIdentityDirectoryTest {

    @Test
    void anUnreachableKeycloakIsABadGatewayNamingWhatFailed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (KeycloakIdentityDirectory directory = new KeycloakIdentityDirectory("http://127.0.0.1:" + closedPort, "tessera",
                "tessera-admin", "secret")) {
            assertThatThrownBy(() -> directory.registerTenant("acme", "Acme",
                    new IdentityDirectory.Person("admin@acme.test", "Admin", "correct-horse-battery")))
                    .isInstanceOfSatisfying(IdentityDirectoryException.class,
                            e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY))
                    .hasMessageContaining("Keycloak")
                    .hasMessageContaining("organization 'acme'");
            assertThatThrownBy(() -> directory.removeTenant("acme")).isInstanceOf(IdentityDirectoryException.class)
                    .hasMessageContaining("Keycloak");
        }
    }
}
