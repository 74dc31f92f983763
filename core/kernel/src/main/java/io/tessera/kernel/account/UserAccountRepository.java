package io.tessera.kernel.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// public: the repository proxy is defined by the context classloader, which spans plugins (see PluginAwareClassLoader)
public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    /** Served by the index on {@code lower(email)} (changeset kernel-identity-2-email-lower-index) on PostgreSQL. */
    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> findByEmailIgnoreCase(@Param("email") String email);

    Optional<UserAccount> findByExternalSubject(String externalSubject);
}
