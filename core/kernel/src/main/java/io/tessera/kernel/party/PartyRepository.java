package io.tessera.kernel.party;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

// public: the repository proxy is defined by the context classloader, which spans plugins (see PluginAwareClassLoader)
public interface PartyRepository extends JpaRepository<Party, UUID>, JpaSpecificationExecutor<Party> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Party p set p.organizationId = null where p.organizationId = :organizationId")
    int detachFromOrganization(UUID organizationId);
}
