package io.tessera.kernel.account;

import io.tessera.kernel.access.Authenticated;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: the signed-in user's own account. */
@RestController
class MeController {

    private final Accounts accounts;

    MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/api/v1/me/password")
    @Authenticated
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        try {
            accounts.changePassword(TenantContext.userId().orElseThrow(), change.currentPassword(), change.newPassword());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }
}
