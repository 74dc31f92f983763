package io.tessera.kernel.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides whether a webhook URL may be called (SSRF guard): https only, and every address its host resolves to must be
 * public — not loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), carrier
 * NAT (100.64/10), unspecified or multicast. Checked when subscribing and again before every delivery (the name may
 * resolve differently later). {@code tessera.webhooks.allow-private-urls=true} lifts both rules (tests, on-premises).
 */
@Component
class WebhookUrls {

    private final boolean allowPrivate;

    WebhookUrls(@Value("${tessera.webhooks.allow-private-urls:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL is refused, or empty when it may be called. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not contain credentials");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Optional.of("resolves to an internal address (" + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second < 128 || first == 192 && second == 0 && (b[2] & 0xff) == 0
                || first >= 240;
    }
}
