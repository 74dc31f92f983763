package io.tessera.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** API keys travel as bearer tokens too; only the other bearer tokens are JWTs to validate. */
class ApiBearerTokenResolverTest {

    private final ApiBearerTokenResolver resolver = new ApiBearerTokenResolver();

    @Test
    void aJwtIsResolved() {
        assertThat(resolver.resolve(request("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))).isEqualTo("eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
    }

    @Test
    void anApiKeyIsLeftToTheApiKeyFilter() {
        assertThat(resolver.resolve(request("Bearer tsk_abcdef_0123456789"))).isNull();
    }

    @Test
    void otherSchemesAreNotBearerTokens() {
        assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/parties");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
