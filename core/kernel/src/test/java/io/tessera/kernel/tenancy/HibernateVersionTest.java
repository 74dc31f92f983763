package io.tessera.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * DESIGN D3: the Hibernate in use must carry the HHH-20883 fix (tenant restriction on entity UPDATE and
 * DELETE). The fix introduced TenantIdHelper; a downgrade below 7.4.13 (Boot 4.1.1 manages 7.4.5) fails here.
 */
class HibernateVersionTest {

    @Test
    void hibernateCarriesTheTenantMutationFix() {
        assertThatCode(() -> Class.forName("org.hibernate.engine.internal.TenantIdHelper")).doesNotThrowAnyException();
    }
}
