package io.tessera.kernel.tenancy;

import io.tessera.sdk.CurrentUser;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The SDK's read-only view of the signed-in user. */
@Component
class CurrentUserService implements CurrentUser {

    @Override
    public Optional<UUID> id() {
        return TenantContext.userId();
    }

    @Override
    public boolean hasPermission(String permission) {
        Set<String> scopes = TenantContext.scopes();
        return scopes != null && scopes.contains(permission);
    }
}
