package io.tessera.ui.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URI;

/** For browserless tests: what a download link serves, by running its registered handler as Vaadin does for its URL. */
final class Downloads {

    private Downloads() {
    }

    /**
     * The bytes the link's download handler writes.
     *
     * @param link an anchor whose href is a {@code DownloadHandler}
     * @return the body served
     */
    static byte[] fetch(Anchor link) {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(link.getHref()))
                .orElseThrow(() -> new AssertionError("no download registered for " + link.getHref()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(), response(body), session,
                    resource.getOwner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    /** A response that keeps the body (headers and status are not what these tests check). */
    private static VaadinResponse response(OutputStream body) {
        return (VaadinResponse) Proxy.newProxyInstance(Downloads.class.getClassLoader(), new Class<?>[] {VaadinResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getOutputStream" -> body;
                    case "getService" -> VaadinService.getCurrent();
                    case "toString" -> "test response";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> defaultValue(method.getReturnType());
                });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return Integer.valueOf(0);
        }
        if (type == long.class) {
            return Long.valueOf(0);
        }
        return null;
    }
}
