package io.tessera.ui.app.security;

import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationContext;

/** For view tests: the actor the UI's request filter would bind for a user, resolved by the real {@link UiSession}. */
public final class Actors {

    private Actors() {
    }

    /**
     * The actor of a request of this user, as {@link UiTenantBinding} resolves it.
     *
     * @param context the running kernel
     * @param user    the signed-in user
     * @param session their HTTP session, or {@code null}
     * @return the actor (tenant, roles and effective permissions)
     * @throws IllegalStateException if the user may work in no tenant
     */
    public static TenantContext.Actor resolve(ApplicationContext context, SignedInUser user, HttpSession session) {
        return context.getBean(UiSession.class).resolve(user, session)
                .orElseThrow(() -> new IllegalStateException(user.email() + " may work in no tenant"));
    }

    /**
     * A bare HTTP session (attributes only), as the request filter sees it between requests.
     *
     * @return a new session
     */
    public static HttpSession newSession() {
        java.util.Map<String, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();
        return (HttpSession) java.lang.reflect.Proxy.newProxyInstance(Actors.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]) == null ? null : null;
                    case "removeAttribute" -> attributes.remove((String) args[0]) == null ? null : null;
                    case "getId" -> "test-session-" + System.identityHashCode(proxy);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test session";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Whether the user may work in any tenant, as the request filter decides.
     *
     * @param context the running kernel
     * @param user    the signed-in user
     * @param session their HTTP session, or {@code null}
     * @return whether a tenant is reachable
     */
    public static boolean reachesATenant(ApplicationContext context, SignedInUser user, HttpSession session) {
        return context.getBean(UiSession.class).resolve(user, session).isPresent();
    }
}
