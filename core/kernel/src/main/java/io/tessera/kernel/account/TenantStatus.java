package io.tessera.kernel.account;

/** Whether a tenant's users may work. */
public enum TenantStatus {
    /** Normal operation. */
    ACTIVE,
    /** Users are refused; data is untouched. */
    SUSPENDED
}
