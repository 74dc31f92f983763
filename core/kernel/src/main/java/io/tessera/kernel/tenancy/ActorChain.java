package io.tessera.kernel.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Runs the rest of a filter chain as one actor (tenant, user, permissions, system flag), with the tenant's
 * slug in the log context: the one way the API filters, the public-endpoint filter and the UI bind a request.
 */
public final class ActorChain {

    private ActorChain() {
    }

    /**
     * Continues the chain in the actor's scope.
     *
     * @param actor    who the rest of the request runs as
     * @param request  the request
     * @param response the response
     * @param chain    the rest of the chain
     * @throws IOException      as the chain throws it
     * @throws ServletException as the chain throws it, or wrapping any other checked exception
     */
    public static void proceed(TenantContext.Actor actor, ServletRequest request, ServletResponse response,
                               FilterChain chain) throws IOException, ServletException {
        boolean logged = actor.tenant() != null;
        if (logged) {
            MDC.put("tenant", actor.tenant().slug());
        }
        try {
            TenantContext.runAs(actor, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            if (logged) {
                MDC.remove("tenant");
            }
        }
    }
}
