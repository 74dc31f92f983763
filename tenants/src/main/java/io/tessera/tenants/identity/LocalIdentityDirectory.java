package io.tessera.tenants.identity;

import java.util.Optional;

/** Local accounts only: the database is the directory, so there is nothing to keep in step. */
final class LocalIdentityDirectory implements IdentityDirectory {

    private static final Registration NOTHING = new Registration() {
        @Override
        public Optional<String> subject() {
            return Optional.empty();
        }

        @Override
        public void undo() {
            // nothing was created outside the database
        }
    };

    @Override
    public Registration registerTenant(String slug, String name, Person admin) {
        return NOTHING;
    }

    @Override
    public Registration addMember(String slug, Person person) {
        return NOTHING;
    }

    @Override
    public Registration removeMember(String slug, String email) {
        return NOTHING;
    }

    @Override
    public boolean managesPasswords() {
        return false;
    }

    @Override
    public void setTemporaryPassword(String email, String password) {
        throw new UnsupportedOperationException("Local accounts keep their passwords in the database");
    }

    @Override
    public void removeTenant(String slug) {
        // the tenant's rows are the only record of it
    }
}
