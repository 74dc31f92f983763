package io.tessera.kernel.access;

import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every permission on this server and what each role holds: {@code admin} all, {@code member} those
 * granted to members, any other role nothing (until custom roles exist). API keys hold their scopes.
 */
@Component
public class Permissions {

    /** The group of the kernel's own permissions in {@link #byModule()}. */
    public static final String KERNEL = "kernel";

    private final List<Permission> all;
    private final Map<String, List<Permission>> byModule;
    private final Set<String> memberDefaults;

    Permissions(ModuleCatalog catalog) {
        List<Permission> permissions = new ArrayList<>(KernelPermissions.ALL);
        Map<String, List<Permission>> grouped = new LinkedHashMap<>();
        grouped.put(KERNEL, KernelPermissions.ALL);
        catalog.healthy().forEach(m -> {
            List<Permission> declared = List.copyOf(m.module().orElseThrow().permissions());
            permissions.addAll(declared);
            if (!declared.isEmpty()) {
                grouped.put(m.id(), declared);
            }
        });
        this.byModule = Collections.unmodifiableMap(grouped);
        this.all = Collections.unmodifiableList(permissions);
        this.memberDefaults = permissions.stream().filter(Permission::grantedToMembers).map(Permission::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every permission, kernel's first. */
    public List<Permission> all() {
        return all;
    }

    /**
     * Every permission by the module that declares it: {@link #KERNEL} first, then the healthy modules
     * in load order (modules that declare none are left out).
     */
    public Map<String, List<Permission>> byModule() {
        return byModule;
    }

    /** Whether the key names a known permission. */
    public boolean exists(String key) {
        return all.stream().anyMatch(p -> p.key().equals(key));
    }

    /** The permissions the {@code member} role holds. */
    public Set<String> memberDefaults() {
        return memberDefaults;
    }

    /**
     * Whether the current actor holds the permission: a user through the effective permissions of
     * their roles, an API key through its scopes (both resolved once per request).
     */
    public boolean currentHolds(String key) {
        Set<String> held = TenantContext.scopes();
        return held != null && held.contains(key);
    }
}
