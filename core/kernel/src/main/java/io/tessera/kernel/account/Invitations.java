package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Invitations to join a tenant: how a tenant admin adds a person with local accounts. The admin never links an
 * existing account and never chooses or learns anyone's password. An invitation names an email and roles and carries
 * a one-time token (tenant, invitation and 256 random bits; only its SHA-256 is stored) that expires
 * ({@code tessera.invitations.validity}, 7 days by default). Whoever accepts it:
 * <ul>
 *   <li>if an account with that email exists, must be signed in as that account — the token alone is not enough;</li>
 *   <li>if not, chooses the new account's password with the token (a one-time set-password link).</li>
 * </ul>
 * Issuing answers the same whether or not the account exists, so the admin learns nothing about other tenants' people.
 */
@Service
public class Invitations {

    private static final String PREFIX = "inv_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final Memberships members;
    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Transactions tx;
    private final AccessChanges changes;
    private final Duration validity;
    private final Clock clock;

    Invitations(EntityManager entityManager, Memberships members, TenantRepository tenants, UserAccountRepository users,
                PasswordEncoder passwordEncoder, Transactions tx, AccessChanges changes,
                @Value("${tessera.invitations.validity:7d}") Duration validity) {
        this.entityManager = entityManager;
        this.members = members;
        this.tenants = tenants;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.changes = changes;
        this.validity = validity;
        this.clock = Clock.systemUTC();
    }

    /**
     * An invitation as issued, with its token — shown this once, to be handed to the invitee. It says nothing about
     * whether an account with that email exists.
     *
     * @param email     the invited email, normalized
     * @param roles     the roles the member will hold
     * @param token     the secret that accepts it
     * @param expiresAt when it stops working
     */
    public record Issued(String email, Set<String> roles, String token, Instant expiresAt) {
    }

    /**
     * What accepting an invitation did.
     *
     * @param tenant the tenant joined
     * @param userId the account that joined it
     * @param email  its email
     */
    public record Accepted(TenantRef tenant, UUID userId, String email) {
    }

    /**
     * Invites an email to the current tenant with some roles, replacing an open invitation of the same email.
     *
     * @param email the invitee's email
     * @param name  a display name for a new account, or {@code null}
     * @param roles the tenant's roles they will hold
     * @return the invitation with its token
     * @throws ApiProblem (422) naming {@code email} or {@code roles}; (409) if that email already is a member here
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Issued invite(String email, String name, Set<String> roles) {
        if (TenantContext.tenant().isEmpty()) {
            throw new IllegalStateException("Invitations are per tenant: no tenant in scope");
        }
        try {
            UserAccounts.checkEmail("email", email);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("email", "must be an email address");
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        String display = name == null || name.isBlank() ? null : name.strip();
        if (display != null && display.length() > 200) {
            throw ApiProblem.invalid("name", "must be at most 200 characters");
        }
        return tx.write(() -> {
            Set<String> checked = members.checkedRoles(roles);
            Optional<UserAccount> account = users.findByEmailIgnoreCase(normalized);
            if (account.isPresent() && members.isMember(account.get().getId())) {
                throw ApiProblem.conflict(normalized + " is already a member of this tenant");
            }
            entityManager.createQuery("delete from Invitation i where i.email = :email and i.acceptedAt is null")
                    .setParameter("email", normalized).executeUpdate();
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            Instant expires = clock.instant().plus(validity);
            Invitation invitation = new Invitation(normalized, display, checked, expires);
            String token = token(TenantContext.tenant().orElseThrow().id(), invitation.getId(), secret);
            invitation.setTokenHash(sha256(token));
            entityManager.persist(invitation);
            return new Issued(normalized, checked, token, expires);
        });
    }

    /**
     * What an open invitation's token shows its holder, so that a page can ask for the right thing: the invited
     * account's password (sign in), or a new password.
     *
     * @param tenant        the inviting tenant's slug
     * @param tenantName    its display name
     * @param email         the invited email
     * @param accountExists whether an account with that email exists (then its holder must sign in to accept)
     */
    public record Preview(String tenant, String tenantName, String email, boolean accountExists) {
    }

    /**
     * The invitation behind a token, if it is open (known, unused, unexpired).
     *
     * @param token the token
     * @return what it invites to
     */
    public Optional<Preview> preview(String token) {
        Optional<Parsed> parsed = parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = TenantContext.callWithoutTenant(() -> tx.read(() -> tenants.findById(parsed.get().tenantId())))
                .filter(t -> t.getStatus() == TenantStatus.ACTIVE);
        return tenant.flatMap(t -> TenantContext.callAs(t.ref(), null, () -> tx.read(() ->
                open(parsed.get(), token).map(i -> new Preview(t.getSlug(), t.getName(), i.email(),
                        users.findByEmailIgnoreCase(i.email()).isPresent())))));
    }

    private Optional<Invitation> open(Parsed parsed, String token) {
        return entityManager.createQuery("select i from Invitation i where i.id = :id", Invitation.class)
                .setParameter("id", parsed.invitationId()).getResultStream().findFirst()
                .filter(i -> MessageDigest.isEqual(i.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(token).getBytes(StandardCharsets.US_ASCII)))
                .filter(i -> i.isOpen(clock.instant()));
    }

    /**
     * Accepts an invitation. If an account with the invited email exists, {@code signedIn} must be that account
     * (the caller authenticated it); otherwise a new account is created with {@code newPassword}. All or nothing.
     *
     * @param token       the invitation's token
     * @param signedIn    the account the caller signed in as, or {@code null} for an anonymous caller
     * @param newPassword the password of a new account (ignored, and must be absent, for an existing one)
     * @return the membership created
     * @throws ApiProblem 404 for an unknown, used or expired token; 401 if the account exists and the caller is
     *                      not signed in; 403 if signed in as another account; 422 naming {@code password}; 409 if
     *                      already a member or a role of the invitation no longer exists
     */
    public Accepted accept(String token, UUID signedIn, String newPassword) {
        Parsed parsed = parse(token).orElseThrow(Invitations::invalid);
        TenantRef tenant = TenantContext.callWithoutTenant(() -> tx.read(() -> tenants.findById(parsed.tenantId())))
                .filter(t -> t.getStatus() == TenantStatus.ACTIVE).map(Tenant::ref).orElseThrow(Invitations::invalid);
        return TenantContext.callAs(tenant, signedIn, () -> tx.write(() -> {
            Invitation invitation = open(parsed, token).orElseThrow(Invitations::invalid);
            Optional<UserAccount> existing = users.findByEmailIgnoreCase(invitation.email());
            UserAccount account;
            if (existing.isPresent()) {
                account = existing.get();
                if (signedIn == null) {
                    throw new ApiProblem(HttpStatus.UNAUTHORIZED.value(), "Sign in as " + invitation.email()
                            + " (HTTP Basic) to accept this invitation");
                }
                if (!account.getId().equals(signedIn)) {
                    throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "This invitation is for another account");
                }
                if (newPassword != null) {
                    throw ApiProblem.invalid("password", "must be absent: the account keeps its own password");
                }
            } else {
                if (signedIn != null) {
                    throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "This invitation is for another account");
                }
                try {
                    PasswordPolicy.check(newPassword, invitation.email());
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalid("password", e.getMessage().replaceFirst("^password ", ""));
                }
                account = new UserAccount(invitation.email(),
                        invitation.name() == null ? invitation.email() : invitation.name(), passwordEncoder.encode(newPassword));
                entityManager.persist(account);
                entityManager.flush();
            }
            if (members.isMember(account.getId())) {
                throw ApiProblem.conflict("You already are a member of this tenant");
            }
            Set<String> gone = members.undefinedRoles(invitation.roles());
            if (!gone.isEmpty()) {
                throw ApiProblem.conflict("The role(s) " + gone + " of this invitation no longer exist; ask for a new one");
            }
            entityManager.persist(new Membership(account.getId(), invitation.roles()));
            invitation.accepted(clock.instant());
            changes.changed();
            return new Accepted(tenant, account.getId(), account.getEmail());
        }));
    }

    private static ApiProblem invalid() {
        return new ApiProblem(HttpStatus.NOT_FOUND.value(), "This invitation is unknown, was used already or has expired");
    }

    private record Parsed(UUID tenantId, UUID invitationId) {
    }

    private static String token(UUID tenantId, UUID invitationId, byte[] secret) {
        ByteBuffer bytes = ByteBuffer.allocate(32 + secret.length);
        bytes.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits());
        bytes.putLong(invitationId.getMostSignificantBits()).putLong(invitationId.getLeastSignificantBits());
        bytes.put(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static Optional<Parsed> parse(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 64) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return Optional.of(new Parsed(new UUID(buffer.getLong(), buffer.getLong()), new UUID(buffer.getLong(), buffer.getLong())));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
