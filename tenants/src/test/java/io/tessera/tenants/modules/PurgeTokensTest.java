package io.tessera.tenants.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeTokensTest {

    private static final UUID TENANT = UUID.randomUUID();

    @Test
    void aTokenConfirmsOnlyItsTenantAndModule() {
        PurgeTokens tokens = new PurgeTokens("secret", Clock.systemUTC());
        String token = tokens.issue(TENANT, "crm");
        assertThat(tokens.verify(token, TENANT, "crm")).isTrue();
        assertThat(tokens.verify(token, TENANT, "erp")).isFalse();
        assertThat(tokens.verify(token, UUID.randomUUID(), "crm")).isFalse();
        assertThat(tokens.verify(token.substring(0, token.length() - 2) + "xx", TENANT, "crm")).isFalse();
        assertThat(tokens.verify(null, TENANT, "crm")).isFalse();
        assertThat(tokens.verify("garbage", TENANT, "crm")).isFalse();
    }

    @Test
    void aTokenExpires() {
        Instant issued = Instant.parse("2026-01-01T10:00:00Z");
        String token = new PurgeTokens("secret", Clock.fixed(issued, ZoneOffset.UTC)).issue(TENANT, "crm");
        Instant late = issued.plus(PurgeTokens.VALIDITY).plusSeconds(1);
        assertThat(new PurgeTokens("secret", Clock.fixed(late, ZoneOffset.UTC)).verify(token, TENANT, "crm")).isFalse();
        assertThat(new PurgeTokens("secret", Clock.fixed(issued.plusSeconds(60), ZoneOffset.UTC)).verify(token, TENANT, "crm")).isTrue();
    }

    @Test
    void anotherKeyRejectsTheToken() {
        String token = new PurgeTokens("secret", Clock.systemUTC()).issue(TENANT, "crm");
        assertThat(new PurgeTokens("other", Clock.systemUTC()).verify(token, TENANT, "crm")).isFalse();
    }
}
