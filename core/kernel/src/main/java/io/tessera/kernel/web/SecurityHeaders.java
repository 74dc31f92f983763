package io.tessera.kernel.web;

import java.util.Map;

/** The security headers of API responses, in one place for the security chains and the container's error reports. */
public final class SecurityHeaders {

    /** The content security policy of API responses: nothing may be loaded or framed. */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /** Every header an API response carries, for responses written outside Spring Security's chains. */
    public static final Map<String, String> API = Map.of(
            "Content-Security-Policy", API_CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");

    private SecurityHeaders() {
    }
}
