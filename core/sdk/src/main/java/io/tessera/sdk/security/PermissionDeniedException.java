package io.tessera.sdk.security;

import io.tessera.sdk.web.ApiProblem;
import java.io.Serial;
import java.util.List;

/**
 * Thrown by the kernel when the current actor lacks the permission a service method
 * {@linkplain RequiresPermission requires}, or when nobody (no user, no API key, no system work) is
 * acting. The API renders it as 403 problem+json and the UI shows its message; the call did nothing.
 */
public class PermissionDeniedException extends ApiProblem {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String permission;

    /**
     * A refusal for lack of a permission.
     *
     * @param permission the permission key that was required
     * @param detail     a readable message
     */
    public PermissionDeniedException(String permission, String detail) {
        super(403, detail, List.of());
        this.permission = permission;
    }

    /**
     * The permission that was required.
     *
     * @return the permission key
     */
    public String permission() {
        return permission;
    }
}
