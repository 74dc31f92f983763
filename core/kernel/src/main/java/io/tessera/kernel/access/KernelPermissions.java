package io.tessera.kernel.access;

import io.tessera.sdk.Permission;
import java.util.List;

/** The kernel's own permissions. */
public final class KernelPermissions {

    /** Read companies and people. */
    public static final String PARTIES_READ = "parties.read";
    /** Create, change and delete companies and people. */
    public static final String PARTIES_WRITE = "parties.write";
    /** Administer the tenant: modules, users, audit trail, export. */
    public static final String TENANT_ADMIN = "tenant.admin";
    /**
     * Platform work: provisioning, suspending and offboarding tenants. No tenant role holds it (it is not among
     * the permissions roles can bundle); only the platform operator's requests and other system work pass.
     */
    public static final String PLATFORM = "platform.operate";

    static final List<Permission> ALL = List.of(
            new Permission(PARTIES_READ, "Read companies and people", true),
            new Permission(PARTIES_WRITE, "Create, change and delete companies and people", true),
            new Permission(TENANT_ADMIN, "Administer the tenant: modules, users, audit trail, export"));

    private KernelPermissions() {
    }
}
