package io.tessera.kernel.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

// public: the repository proxy is defined by the context classloader, which spans plugins (see PluginAwareClassLoader)
public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    Optional<UserAccount> findByExternalSubject(String externalSubject);
}
