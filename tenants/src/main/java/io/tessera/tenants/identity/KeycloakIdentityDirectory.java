package io.tessera.tenants.identity;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Keycloak 26 with Organizations as tenants, through {@code keycloak-admin-client} and a confidential
 * client's service account ({@code tessera.keycloak.admin.*}). A tenant is an Organization whose alias
 * and name are the tenant's slug (names must be unique in Keycloak, display names need not be; the
 * display name goes into the description). People are Keycloak users whose username is their email;
 * a person who already exists there is reused, not created again.
 */
final class KeycloakIdentityDirectory implements IdentityDirectory, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityDirectory.class);

    private final Keycloak keycloak;
    private final String realm;

    KeycloakIdentityDirectory(String serverUrl, String realm, String clientId, String clientSecret) {
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .build();
        this.realm = realm;
    }

    @Override
    public Registration registerTenant(String slug, String name, Person admin) {
        Undo undo = new Undo();
        try {
            OrganizationRepresentation org = new OrganizationRepresentation();
            org.setAlias(slug);
            org.setName(slug);
            org.setDescription(name);
            org.setEnabled(true);
            String orgId = created(() -> realm().organizations().create(org), "create organization '" + slug + "'");
            undo.push("delete organization '" + slug + "'", () -> realm().organizations().get(orgId).delete());
            String userId = findOrCreate(admin, undo);
            addToOrganization(orgId, slug, userId);
            return undo.registration(userId);
        } catch (RuntimeException e) {
            undo.run();
            throw e;
        }
    }

    @Override
    public Registration addMember(String slug, Person person) {
        Undo undo = new Undo();
        try {
            String orgId = organizationId(slug).orElseThrow(() -> new IdentityDirectoryException(HttpStatus.BAD_GATEWAY,
                    "Keycloak has no organization '" + slug + "' for this tenant", null));
            String userId = findOrCreate(person, undo);
            if (addToOrganization(orgId, slug, userId)) {
                undo.push("remove " + person.email() + " from '" + slug + "'",
                        () -> realm().organizations().get(orgId).members().member(userId).delete());
            }
            return undo.registration(userId);
        } catch (RuntimeException e) {
            undo.run();
            throw e;
        }
    }

    @Override
    public Registration removeMember(String slug, String email) {
        Undo undo = new Undo();
        String orgId = organizationId(slug).orElseThrow(() -> new IdentityDirectoryException(HttpStatus.BAD_GATEWAY,
                "Keycloak has no organization '" + slug + "' for this tenant", null));
        Optional<String> userId = userId(email);
        if (userId.isEmpty()) {
            log.info("Keycloak has no user {}; nothing to remove from '{}'", email, slug);
            return undo.registration(null);
        }
        try (Response response = guarded(() -> realm().organizations().get(orgId).members().member(userId.get()).delete(),
                "remove " + email + " from '" + slug + "'")) {
            if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
                return undo.registration(userId.get()); // not a member there: nothing to undo
            }
            check(response, "remove " + email + " from organization '" + slug + "'");
        }
        undo.push("add " + email + " back to '" + slug + "'",
                () -> realm().organizations().get(orgId).members().addMember(userId.get()));
        return undo.registration(userId.get());
    }

    @Override
    public boolean managesPasswords() {
        return true;
    }

    @Override
    public void setTemporaryPassword(String email, String password) {
        String userId = userId(email).orElseThrow(() -> new IdentityDirectoryException(HttpStatus.CONFLICT,
                "Keycloak has no user " + email + " whose password could be reset", null));
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        guarded(() -> {
            realm().users().get(userId).resetPassword(credential);
            return null;
        }, "set a temporary password for " + email);
    }

    private Optional<String> userId(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return guarded(() -> realm().users().searchByEmail(normalized, true), "find user " + normalized).stream()
                .map(UserRepresentation::getId).findFirst();
    }

    @Override
    public void removeTenant(String slug) {
        Optional<String> orgId = organizationId(slug);
        if (orgId.isEmpty()) {
            log.info("Keycloak has no organization '{}'; nothing to remove there", slug);
            return;
        }
        call(() -> realm().organizations().get(orgId.get()).delete(), "delete organization '" + slug + "'");
    }

    @Override
    public void close() {
        keycloak.close();
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    Optional<String> organizationId(String slug) {
        List<OrganizationRepresentation> found = guarded(() -> realm().organizations().search(slug, true, 0, 10),
                "find organization '" + slug + "'");
        return found.stream().filter(o -> slug.equals(o.getAlias())).map(OrganizationRepresentation::getId).findFirst();
    }

    private String findOrCreate(Person person, Undo undo) {
        String email = person.email().strip().toLowerCase(Locale.ROOT);
        List<UserRepresentation> existing = guarded(() -> realm().users().searchByEmail(email, true), "find user " + email);
        if (!existing.isEmpty()) {
            return existing.getFirst().getId();
        }
        if (person.password() == null || person.password().isBlank()) {
            throw new IdentityDirectoryException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "password is required: " + email + " does not exist in Keycloak yet", null);
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        // the operator or tenant admin vouches for the address; Keycloak's profile wants both names
        user.setEmailVerified(true);
        user.setEnabled(true);
        String display = person.name() == null || person.name().isBlank() ? email.substring(0, email.indexOf('@')) : person.name().strip();
        int space = display.indexOf(' ');
        user.setFirstName(space < 0 ? display : display.substring(0, space));
        user.setLastName(space < 0 ? display : display.substring(space + 1));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(person.password());
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        String userId = created(() -> realm().users().create(user), "create user " + email);
        undo.push("delete user " + email, () -> realm().users().delete(userId));
        return userId;
    }

    /** Adds the user; {@code false} if they already were a member. */
    private boolean addToOrganization(String orgId, String slug, String userId) {
        try (Response response = guarded(() -> realm().organizations().get(orgId).members().addMember(userId),
                "add a member to '" + slug + "'")) {
            if (response.getStatus() == HttpStatus.CONFLICT.value()) {
                return false;
            }
            check(response, "add a member to organization '" + slug + "'");
            return true;
        }
    }

    private String created(Supplier<Response> request, String what) {
        try (Response response = guarded(request, what)) {
            check(response, what);
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private void call(Supplier<Response> request, String what) {
        try (Response response = guarded(request, what)) {
            check(response, what);
        }
    }

    private static void check(Response response, String what) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            return;
        }
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        HttpStatus answer = switch (status) {
            case 409 -> HttpStatus.CONFLICT;
            case 400 -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.BAD_GATEWAY;
        };
        throw new IdentityDirectoryException(answer, "Keycloak refused to " + what + " (HTTP " + status + ")"
                + (body.isBlank() ? "" : ": " + body), null);
    }

    private static <T> T guarded(Supplier<T> request, String what) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            try (Response response = e.getResponse()) {
                check(response, what);
            }
            throw new IdentityDirectoryException(HttpStatus.BAD_GATEWAY, "Keycloak failed to " + what, e);
        } catch (ProcessingException e) {
            throw new IdentityDirectoryException(HttpStatus.BAD_GATEWAY, "Keycloak cannot be reached to " + what
                    + ": " + e.getMessage(), e);
        }
    }

    /** Compensations, run newest first; each failure is logged and the rest still run. */
    private static final class Undo implements Runnable {

        private record Step(String what, Supplier<Response> action) {
        }

        private final Deque<Step> steps = new ArrayDeque<>();

        void push(String what, Supplier<Response> action) {
            steps.push(new Step(what, action));
        }

        @Override
        public void run() {
            while (!steps.isEmpty()) {
                Step step = steps.pop();
                try (Response response = step.action().get()) {
                    if (response.getStatus() >= 300 && response.getStatus() != 404) {
                        log.error("Compensation failed in Keycloak: could not {} (HTTP {}); remove it by hand",
                                step.what(), response.getStatus());
                    }
                } catch (RuntimeException e) {
                    log.error("Compensation failed in Keycloak: could not {}; remove it by hand", step.what(), e);
                }
            }
        }

        Registration registration(String subject) {
            return new Registration() {
                @Override
                public Optional<String> subject() {
                    return Optional.ofNullable(subject);
                }

                @Override
                public void undo() {
                    Undo.this.run();
                }
            };
        }
    }
}
