package io.tessera.testkit;

import io.tessera.sdk.TenantRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A tenant provisioned for a test the way a real one is: through the platform API with an admin
 * ({@code admin@<slug>.test}), members who joined by invitation with their roles, and modules enabled as the
 * marketplace enables them (dependency closure, installers). Everyone's password is {@link #PASSWORD}.
 *
 * <pre>{@code
 * TestTenant acme = kernel.newTenant("acme").member("ann@acme.test", "member").modules("leads").provision();
 * acme.admin().post("/api/v1/leads", "{...}");
 * acme.api("ann@acme.test").get("/api/v1/leads");
 * acme.asMember("ann@acme.test", () -> parties.search("Wayne", 10));
 * }</pre>
 *
 * @param kernel  the running kernel
 * @param ref     the tenant
 * @param adminId the admin's user id
 * @param members member email → user id (the admin not included)
 * @param roles   member email → roles
 */
public record TestTenant(TesseraKernelExtension kernel, TenantRef ref, UUID adminId, Map<String, UUID> members,
                         Map<String, Set<String>> roles) {

    /** The password of the admin and of every member. */
    public static final String PASSWORD = "correct-horse-battery";

    /** Copies the maps. */
    public TestTenant {
        members = Map.copyOf(members);
        roles = Map.copyOf(roles);
    }

    /**
     * The tenant's slug.
     *
     * @return the slug
     */
    public String slug() {
        return ref.slug();
    }

    /**
     * The admin's email.
     *
     * @return {@code admin@<slug>.test}
     */
    public String adminEmail() {
        return "admin@" + slug() + ".test";
    }

    /**
     * An API client signed in as the admin.
     *
     * @return the client
     */
    public ApiClient admin() {
        return kernel.api(adminEmail(), PASSWORD);
    }

    /**
     * An API client signed in as a member.
     *
     * @param email the member's email
     * @return the client
     */
    public ApiClient api(String email) {
        userId(email);
        return kernel.api(email, PASSWORD);
    }

    /**
     * A member's user id.
     *
     * @param email the member's email
     * @return the id
     */
    public UUID userId(String email) {
        UUID id = members.get(email);
        if (id == null) {
            throw new IllegalArgumentException("No member " + email + " in " + slug() + ": " + members.keySet());
        }
        return id;
    }

    /**
     * Runs code as a member, with the permissions of the member's roles (see
     * {@link TesseraKernelExtension#asMember}).
     *
     * @param email the member's email
     * @param work  what to do
     * @param <T>   the result type
     * @return the result
     */
    public <T> T asMember(String email, Supplier<T> work) {
        return kernel.asMember(ref, userId(email), roles.get(email), work);
    }

    /**
     * Runs code as the admin (see {@link TesseraKernelExtension#asAdmin}).
     *
     * @param work what to do
     * @param <T>  the result type
     * @return the result
     */
    public <T> T asAdmin(Supplier<T> work) {
        return kernel.asAdmin(ref, adminId, work);
    }

    /**
     * Enables modules as the marketplace does (see {@link TesseraKernelExtension#enable}).
     *
     * @param modules the modules' ids
     * @return the modules that were not enabled before
     */
    public List<String> enable(String... modules) {
        return kernel.enable(ref, modules);
    }

    /**
     * Detaches a module and its enabled dependents (see {@link TesseraKernelExtension#detach}).
     *
     * @param module the module's id
     * @return the detached modules
     */
    public List<String> detach(String module) {
        return kernel.detach(ref, module);
    }

    /** Describes a tenant to provision; see {@link TesseraKernelExtension#newTenant(String)}. */
    public static final class Builder {
        private final TesseraKernelExtension kernel;
        private final String slug;
        private final Map<String, Set<String>> members = new LinkedHashMap<>();
        private final List<String> modules = new ArrayList<>();
        private boolean demoData;

        Builder(TesseraKernelExtension kernel, String slug) {
            this.kernel = kernel;
            this.slug = slug;
        }

        /**
         * Adds a member, who joins by invitation (invited by the admin, accepting with {@link #PASSWORD}).
         *
         * @param email the member's email (plain text), for which no account exists yet
         * @param roles the member's roles in the tenant, e.g. {@code member} or a role of the tenant
         * @return this
         */
        public Builder member(String email, String... roles) {
            if (roles.length == 0) {
                throw new IllegalArgumentException("A member needs at least one role");
            }
            members.put(email, Set.of(roles));
            return this;
        }

        /**
         * Enables modules once the tenant exists, as the marketplace does.
         *
         * @param ids the modules' ids
         * @return this
         */
        public Builder modules(String... ids) {
            modules.addAll(List.of(ids));
            return this;
        }

        /**
         * Asks the modules' installers for demonstration data.
         *
         * @return this
         */
        public Builder demoData() {
            this.demoData = true;
            return this;
        }

        /**
         * Provisions the tenant, then its members, then its modules.
         *
         * @return the tenant
         */
        public TestTenant provision() {
            ApiClient admin = kernel.provisionTenant(slug, PASSWORD);
            TenantRef ref = kernel.tenant(slug);
            Map<String, UUID> ids = new LinkedHashMap<>();
            members.forEach((email, roles) -> ids.put(email,
                    UUID.fromString(ApiAssertions.member(admin, email, PASSWORD, roles.toArray(String[]::new)))));
            String[] enabled = modules.toArray(String[]::new);
            if (demoData) {
                kernel.enableWithDemoData(ref, enabled);
            } else {
                kernel.enable(ref, enabled);
            }
            return new TestTenant(kernel, ref, kernel.userId("admin@" + slug + ".test"), ids, members);
        }
    }
}
