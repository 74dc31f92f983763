package io.tessera.kernel.account;

import io.tessera.kernel.access.Authenticated;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: the signed-in user's own account. */
@RestController
class MeController {

    private final UserAccounts accounts;
    private final IdentityProviderPasswords passwords;

    MeController(UserAccounts accounts, IdentityProviderPasswords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/api/v1/me/password")
    @Authenticated
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        if (passwords.external()) {
            String console = passwords.accountConsole().orElseThrow();
            throw new ApiProblem(HttpStatus.CONFLICT.value(), "Passwords are managed by the identity provider: change yours in its "
                    + "account console, " + console, List.of(), Map.of("accountConsole", console));
        }
        try {
            accounts.changePassword(TenantContext.userId().orElseThrow(), change.currentPassword(), change.newPassword());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }
}
