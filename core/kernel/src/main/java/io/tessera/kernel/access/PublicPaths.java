package io.tessera.kernel.access;

import java.util.regex.Pattern;

/**
 * The paths of public endpoints, {@code /api/v1/<moduleId>/public/<key>/…}: reached through a tenant's public key
 * with no user, so the permission interceptor leaves them to the handlers marked
 * {@link io.tessera.sdk.security.PublicEndpoint}, and the public-endpoint filter binds their tenant.
 */
public final class PublicPaths {

    /** The public paths; group 1 is the module id, group 2 the key. */
    public static final Pattern PATTERN = Pattern.compile("^/api/v1/([a-z][a-z0-9-]*)/public/([^/]+)(/.*)?$");

    private PublicPaths() {
    }

    /**
     * Whether a request path (without the context path) is a public endpoint's.
     *
     * @param path the path
     * @return {@code true} for a public endpoint's path
     */
    public static boolean isPublic(String path) {
        return PATTERN.matcher(path).matches();
    }
}
