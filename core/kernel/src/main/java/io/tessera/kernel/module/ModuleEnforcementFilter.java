package io.tessera.kernel.module;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's one enforcement point (D6), behind tenant resolution: {@code /api/v1/<moduleId>/…} of a
 * module the tenant has not enabled is 404, and {@code /api/v1/admin/…} needs the {@code admin} role.
 */
public final class ModuleEnforcementFilter extends OncePerRequestFilter {

    /** Writes a problem response: status, detail. */
    public interface ProblemResponder {
        void write(HttpServletResponse response, HttpStatus status, String detail, String instance) throws IOException;
    }

    private static final String PREFIX = "/api/v1/";

    private final ModuleCatalog catalog;
    private final RecentModuleStates access;
    private final ProblemResponder problems;

    public ModuleEnforcementFilter(ModuleCatalog catalog, RecentModuleStates access, ProblemResponder problems) {
        this.catalog = catalog;
        this.access = access;
        this.problems = problems;
    }

    private static boolean hasAdminScope() {
        Set<String> scopes = TenantContext.scopes();
        return scopes != null && scopes.contains(KernelPermissions.TENANT_ADMIN);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX) || TenantContext.tenant().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        if ("admin".equals(segment) && !hasAdminScope()) {
            problems.write(response, HttpStatus.FORBIDDEN, "Tenant administration needs the admin role", path);
            return;
        }
        if (catalog.find(segment).isPresent() && !access.isEnabled(segment)) {
            problems.write(response, HttpStatus.NOT_FOUND,
                    "Module '" + segment + "' is not enabled for this tenant", path);
            return;
        }
        chain.doFilter(request, response);
    }
}
