package io.tessera.tenants.identity;

import java.util.Optional;

/**
 * Where people sign in, kept in step with tenants and their members. Each change returns a
 * {@link Registration} that can be undone, so that a caller whose own (database) part fails leaves
 * nothing behind on either side.
 */
public interface IdentityDirectory {

    /**
     * A person to register.
     *
     * @param email    their email, which is their login
     * @param name     their display name, or {@code null}
     * @param password their initial password, or {@code null} if they already exist in the directory
     */
    record Person(String email, String name, String password) {
    }

    /** What a change created in the directory. */
    interface Registration {

        /** The directory's id for the person (the tokens' {@code sub}), if the directory has one. */
        Optional<String> subject();

        /** Removes what this change created; safe to call once after a failure of the caller's part. */
        void undo();
    }

    /**
     * Registers a new tenant (a Keycloak Organization whose alias is the slug) with its first admin as a member.
     *
     * @throws IdentityDirectoryException if the directory refuses; then nothing was left in it
     */
    Registration registerTenant(String slug, String name, Person admin);

    /**
     * Adds a person to a tenant (creating them in the directory if needed).
     *
     * @throws IdentityDirectoryException if the directory refuses; then nothing was left in it
     */
    Registration addMember(String slug, Person person);

    /**
     * Takes a person out of a tenant (a deactivated member); they stay in the directory, since they may
     * belong to other tenants. Undoing adds them back.
     *
     * @throws IdentityDirectoryException if the directory refuses; then nothing changed in it
     */
    Registration removeMember(String slug, String email);

    /**
     * Whether the directory owns people's passwords (then local password hashes are unused).
     *
     * @return true for an identity provider such as Keycloak
     */
    boolean managesPasswords();

    /**
     * Sets a temporary password that the person must change at their next sign-in. Only for a directory
     * that {@linkplain #managesPasswords() manages passwords}.
     *
     * @throws IdentityDirectoryException if the directory refuses (e.g. its password policy); then nothing changed
     */
    void setTemporaryPassword(String email, String password);

    /**
     * Removes a tenant from the directory (its people stay: they may belong to other tenants).
     *
     * @throws IdentityDirectoryException if the directory refuses
     */
    void removeTenant(String slug);
}
